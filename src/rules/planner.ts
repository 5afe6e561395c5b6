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
import { conditionValue } from './conditionValue';
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
  const needed = neededTest(a);
  for (const q of kb.questions) {
    if (facts[q.fact as keyof Facts] !== undefined || exclude?.has(q.fact)) continue;
    if (q.askWhen && conditionValue(a, q.askWhen as Condition) !== 'true') continue;
    if (q.screening || needed(q.fact as FactId)) return q;
  }
  return undefined;
}

const mainCache = new WeakMap<Knowledge, readonly string[]>();
/**
 * The benefits a question may be asked for: all but the minor and follow-on schemes (no question is
 * asked only to settle one of those). Computed once per knowledge.
 */
function mainBenefits(kb: Knowledge): readonly string[] {
  let m = mainCache.get(kb);
  if (!m) {
    const no = new Set([...kb.settings.minorBenefits, ...kb.settings.followOnBenefits]);
    m = kb.benefitIds.filter((id) => !no.has(id));
    mainCache.set(kb, m);
  }
  return m;
}

/** Whether an open main benefit or an escalation hangs on a fact, evaluating lazily. */
function neededTest(a: Assessment): (fact: FactId) => boolean {
  const mains = mainBenefits(a.kb);
  let escalations: Set<FactId> | undefined;
  return (fact) => {
    for (const id of mains) if (a.benefit(id).blocking.includes(fact)) return true;
    escalations ??= escalationBlocking(a);
    return escalations.has(fact);
  };
}
