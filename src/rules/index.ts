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
import { outcomeOf } from './evaluate';
import { nextQuestionIn, nextQuestionWith } from './planner';
import type { Outcome } from './outcome';

export interface Engine {
  readonly kb: Knowledge;
  /** The outcome for these facts on `date` (default: today). */
  evaluate(facts: Facts, date?: Date): Outcome;
  /** The next question worth asking, or undefined when nothing more can change the outcome. */
  nextQuestion(facts: Facts, date?: Date): Question | undefined;
  /**
   * Both at once, sharing one assessment (what the bot uses on every turn). The outcome is worked out
   * only when read, from the benefits the planner already evaluated.
   * @param skipped facts the person chose not to answer: never asked again
   */
  step(facts: Facts, date?: Date, skipped?: ReadonlySet<string>): { outcome: Outcome; next: Question | undefined };
}

function checkFacts(facts: Facts): Facts {
  const parsed = factsSchema.safeParse(facts);
  if (!parsed.success) throw new SignpostError('SP_FACTS_INVALID', parsed.error.issues.map((i) => i.path.join('.')).join(', '));
  return parsed.data;
}

export function createEngine(kb: Knowledge): Engine {
  return {
    kb,
    evaluate: (facts, date = new Date()) => outcomeOf(new Assessment(kb, checkFacts(facts), date)),
    nextQuestion: (facts, date = new Date()) => nextQuestionWith(kb, checkFacts(facts), date),
    step(facts, date = new Date(), skipped) {
      const a = new Assessment(kb, checkFacts(facts), date);
      const next = nextQuestionIn(a, skipped);
      let outcome: Outcome | undefined;
      return { next, get outcome() { return (outcome ??= outcomeOf(a)); } };
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
