/**
 * `nextQuestion(facts)`: the one unknown fact worth asking now, or none when nothing more can change
 * the outcome. A question is worth asking when it is relevant (`askWhen` holds on what is known) and
 * either an open signpost or escalation hangs on it, or it is a screening question. Among those, the
 * knowledge's priority order decides, so the conversation runs in a natural order and skips whatever
 * the answers so far have made irrelevant. It never returns a known fact.
 */
import type { FactId, Facts } from '../facts/facts';
import type { Knowledge } from '../knowledge/knowledge';
import type { Question } from '../knowledge/questionSchema';
import { Assessment } from './assessment';
import { escalationBlocking } from './evaluate';
import { compileValue, type CompiledValue } from './conditionValue';
import type { Condition } from './ruleSchema';

const IN_SCOPE = ['england', 'wales'];

/** @param exclude facts the person chose to skip: never asked again. */
export function nextQuestionWith(kb: Knowledge, facts: Facts, date: Date, exclude?: ReadonlySet<string>): Question | undefined {
  return nextQuestionIn(new Assessment(kb, facts, date), exclude);
}

/**
 * The next question for an assessment. Benefits are evaluated only as far as needed to find it (the
 * assessment memoises each one), so an early question rarely needs every benefit; the same assessment
 * then gives the outcome without evaluating anything twice.
 * @param exclude facts the person chose to skip: never asked again.
 */
export function nextQuestionIn(a: Assessment, exclude?: ReadonlySet<string>): Question | undefined {
  const { kb, facts } = a;
  if (facts.nation !== undefined && !IN_SCOPE.includes(facts.nation)) return undefined;
  const plan = plannerPlan(kb);
  const needed = neededTest(a, plan.mains);
  for (const { question, fact, askWhen } of plan.asks) {
    if (facts[fact] !== undefined || exclude?.has(fact)) continue;
    if (askWhen && askWhen(a) !== 'true') continue;
    if (question.screening || needed(fact)) return question;
  }
  return undefined;
}

/** A question as the planner reads it, with its `askWhen` compiled. */
interface Ask {
  readonly question: Question;
  readonly fact: FactId & keyof Facts;
  readonly askWhen: CompiledValue | undefined;
}

interface PlannerPlan {
  /** The questions in priority order. */
  readonly asks: readonly Ask[];
  /**
   * The benefits a question may be asked for: all but the minor and follow-on schemes (no question
   * is asked only to settle one of those).
   */
  readonly mains: readonly string[];
}

const plans = new WeakMap<Knowledge, PlannerPlan>();

/** The planner's view of the knowledge, worked out once per knowledge. */
function plannerPlan(kb: Knowledge): PlannerPlan {
  let plan = plans.get(kb);
  if (!plan) {
    const no = new Set([...kb.settings.minorBenefits, ...kb.settings.followOnBenefits]);
    plan = {
      asks: kb.questions.map((q) => ({
        question: q,
        fact: q.fact as FactId & keyof Facts,
        askWhen: q.askWhen ? compileValue(kb, q.askWhen as Condition) : undefined,
      })),
      mains: kb.benefitIds.filter((id) => !no.has(id)),
    };
    plans.set(kb, plan);
  }
  return plan;
}

/**
 * Whether an open main benefit or an escalation hangs on a fact, evaluating lazily: the main benefits
 * in order until one blocks it. The blocking facts of those already evaluated are kept, so a later
 * fact that one of them blocks needs no second pass over them.
 */
function neededTest(a: Assessment, mains: readonly string[]): (fact: FactId) => boolean {
  const blocked: FactId[] = [];
  let scanned = 0;
  let escalations: Set<FactId> | undefined;
  return (fact) => {
    if (blocked.includes(fact)) return true;
    while (scanned < mains.length) {
      const blocking = a.benefit(mains[scanned++] as string).blocking;
      for (const f of blocking) if (!blocked.includes(f)) blocked.push(f);
      if (blocking.includes(fact)) return true;
    }
    escalations ??= escalationBlocking(a);
    return escalations.has(fact);
  };
}
