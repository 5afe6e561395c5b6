/**
 * The engine's public API: `evaluate(facts, date)` and `nextQuestion(facts)`, over the knowledge
 * shipped with the service (or one passed to `createEngine`). Facts are validated against the
 * contract at this boundary. No botbuilder imports.
 */
import { factsSchema, type Facts } from '../facts/facts';
import type { Knowledge } from '../knowledge/knowledge';
import type { Question } from '../knowledge/questionSchema';
import { loadKnowledge } from '../knowledge/loadKnowledge';
import { SignpostError } from '../errors';
import { Assessment } from './assessment';
import { recheckFacts } from './recheckFacts';
import { outcomeOf } from './evaluate';
import { nextQuestionIn, nextQuestionWith } from './planner';
import type { Outcome } from './outcome';

/**
 * What one call worked out, to hand to the next call for the same conversation so it works out again
 * only what the changed facts affect. Opaque; it holds the facts, so keep it no longer than the
 * conversation's state and drop it when the person deletes their data.
 */
export type EngineMemo = Assessment;

export interface Engine {
  readonly kb: Knowledge;
  /**
   * The outcome for these facts on `date` (default: today).
   * @param previous the memo of an earlier call for the same conversation; undefined: work everything out
   */
  evaluate(facts: Facts, date?: Date, previous?: EngineMemo): Outcome;
  /** The next question worth asking, or undefined when nothing more can change the outcome. */
  nextQuestion(facts: Facts, date?: Date): Question | undefined;
  /**
   * Both at once, sharing one assessment (what the bot uses on every turn). The outcome is worked out
   * only when read, from the benefits the planner already evaluated.
   * @param skipped facts the person chose not to answer: never asked again
   * @param previous the memo of an earlier call for the same conversation (see {@link EngineMemo});
   *   the result is the same with or without it
   */
  step(facts: Facts, date?: Date, skipped?: ReadonlySet<string>, previous?: EngineMemo): { outcome: Outcome; next: Question | undefined; memo: EngineMemo };
}

/** The facts validated against the contract, as the engine's own copy. */
function checkFacts(facts: Facts): Facts {
  const parsed = factsSchema.safeParse(facts);
  if (!parsed.success) throw new SignpostError('SP_FACTS_INVALID', parsed.error.issues.map((i) => i.path.join('.')).join(', '));
  return parsed.data;
}

/**
 * An assessment of these facts, reusing the previous memo where it can. A value equal to the one the
 * memo validated is not checked again (facts are plain JSON values, so the copy is exact), and the
 * same pass finds which facts changed; anything out of the ordinary takes the full parse.
 */
function assess(kb: Knowledge, facts: Facts, date: Date, previous?: EngineMemo): Assessment {
  const fast = previous ? recheckFacts(facts, previous.facts) : undefined;
  return fast
    ? new Assessment(kb, fast.facts, date, previous, fast.changed)
    : new Assessment(kb, checkFacts(facts), date, previous);
}

export function createEngine(kb: Knowledge): Engine {
  return {
    kb,
    evaluate: (facts, date = new Date(), previous) => outcomeOf(assess(kb, facts, date, previous)),
    nextQuestion: (facts, date = new Date()) => nextQuestionWith(kb, checkFacts(facts), date),
    step(facts, date = new Date(), skipped, previous) {
      const a = assess(kb, facts, date, previous);
      const next = nextQuestionIn(a, skipped);
      let outcome: Outcome | undefined;
      return { next, memo: a, get outcome() { return (outcome ??= outcomeOf(a)); } };
    },
  };
}

let defaultEngine: Engine | undefined;

/** The engine over the shipped knowledge, loaded and validated on first use. */
export function engine(): Engine {
  defaultEngine ??= createEngine(loadKnowledge());
  return defaultEngine;
}

/** `evaluate(facts, date)` over the shipped knowledge. */
export const evaluate = (facts: Facts, date?: Date): Outcome => engine().evaluate(facts, date);
/** `nextQuestion(facts)` over the shipped knowledge. */
export const nextQuestion = (facts: Facts, date?: Date): Question | undefined => engine().nextQuestion(facts, date);

export type { Outcome } from './outcome';
