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
/** Yes/no questions with a time limit in months (from the contract's meanings), where "yes, 3 years ago" is not a yes. */
const LIMIT_MONTHS: Record<string, number> = { bereaved: 21, terminal_illness: 12 };
/** Yes/no questions about the person or their partner only, where "yes, my mum" is not a yes. */
const SELF_OR_PARTNER_FACTS = new Set([
  'bereaved', 'pregnant', 'in_hospital_or_care', 'terminal_illness', 'veteran_injury', 'work_injury', 'health_condition',
  'daily_living_needs', 'mobility_needs',
]);

const specs = new WeakMap<Knowledge, Map<string, AnswerSpec>>();

/**
 * The answer spec for a fact, built once per knowledge and fact (every turn reads one) and frozen,
 * choices included, so no caller can change what the next one gets.
 */
export function answerSpec(kb: Knowledge, fact: string): AnswerSpec {
  let byFact = specs.get(kb);
  if (!byFact) {
    byFact = new Map();
    specs.set(kb, byFact);
  }
  let spec = byFact.get(fact);
  if (!spec) {
    spec = buildSpec(kb, fact);
    spec.choices?.forEach((c) => Object.freeze(c));
    if (spec.choices) Object.freeze(spec.choices);
    byFact.set(fact, Object.freeze(spec));
  }
  return spec;
}

function buildSpec(kb: Knowledge, fact: string): AnswerSpec {
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
  if (SELF_OR_PARTNER_FACTS.has(fact)) spec.aboutSelfOrPartner = true;
  if (LIMIT_MONTHS[fact] !== undefined) spec.limitMonths = LIMIT_MONTHS[fact];
  const period = kb.factKinds.get(fact)?.period;
  if (period === 'week' || period === 'month' || period === 'year') spec.period = period;
  return spec;
}
