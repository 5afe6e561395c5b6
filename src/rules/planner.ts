/**
 * `nextQuestion(facts)`: the one unknown fact worth asking now, or none when nothing more can change
 * the outcome. A question is worth asking when it is relevant (`askWhen` holds on what is known) and
 * either an open signpost or escalation hangs on it, or it is a screening question. Among those, the
 * knowledge's priority order decides, so the conversation runs in a natural order and skips whatever
 * the answers so far have made irrelevant. It never returns a known fact.
 */
import type { Facts } from '../facts/facts';
import type { Knowledge } from '../knowledge/knowledge';
import type { Question } from '../knowledge/questionSchema';
import { evaluateDetailed, type Detail } from './evaluate';
import { evaluateCondition } from './evaluateCondition';
import type { Condition } from './ruleSchema';

const IN_SCOPE = ['england', 'wales'];

/** @param exclude facts the person chose to skip: never asked again. */
export function nextQuestionWith(kb: Knowledge, facts: Facts, date: Date, detail?: Detail, exclude?: ReadonlySet<string>): Question | undefined {
  if (facts.nation !== undefined && !IN_SCOPE.includes(facts.nation)) return undefined;
  const d = detail ?? evaluateDetailed(kb, facts, date);
  const needed = new Set([...d.blockingSignposts.keys(), ...d.blockingEscalations]);
  for (const q of kb.questions) {
    if (facts[q.fact as keyof Facts] !== undefined || exclude?.has(q.fact)) continue;
    if (!q.screening && !needed.has(q.fact as never)) continue;
    if (q.askWhen && evaluateCondition(d.assessment, q.askWhen as Condition).value !== 'true') continue;
    return q;
  }
  return undefined;
}
