/**
 * The `triage.ask` payload for a fact: its kind from the contract, choices with their titles from
 * content, and bounds from the question. Channels render it; parsers read replies against it.
 */
import type { FactKind } from '../facts/facts';
import type { AnswerSpec } from '../understanding/answerTypes';
import type { Knowledge } from './knowledge';

const INTEGER_FACTS = new Set(['age', 'partner_age', 'children_count', 'children_ages']);
/** Questions that count something, where a plain "no" means none. */
const COUNT_FACTS = new Set(['children_count', 'caring_hours', 'work_hours']);
/** Questions about difficulty, where "I can't walk far" means yes. */
const DIFFICULTY_FACTS = new Set(['daily_living_needs', 'mobility_needs']);

export function answerSpec(kb: Knowledge, fact: string): AnswerSpec {
  const kind = (kb.factKinds.get(fact)?.kind ?? 'text') as FactKind;
  const q = kb.questions.find((x) => x.fact === fact);
  const spec: AnswerSpec = { fact, kind };
  const titles = kb.questionCopy[fact]?.choices;
  if ((kind === 'choice' || kind === 'multichoice') && titles) {
    spec.choices = Object.entries(titles).map(([value, title]) => ({ value, title }));
  }
  if (q?.min !== undefined) spec.min = q.min;
  if (q?.max !== undefined) spec.max = q.max;
  if (INTEGER_FACTS.has(fact)) spec.integer = true;
  if (COUNT_FACTS.has(fact)) spec.noMeansZero = true;
  if (DIFFICULTY_FACTS.has(fact)) spec.inabilityMeansYes = true;
  const period = kb.factKinds.get(fact)?.period;
  if (period === 'week' || period === 'month' || period === 'year') spec.period = period;
  return spec;
}
