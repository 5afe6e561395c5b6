/**
 * The structured answers as an adviser reads them: each contract fact id with a plain label and its
 * value in words ("Renting from a private landlord", "£180 a week"). English; ids stay as given so a CRM
 * can map them. Benefit names come from the public contract `knowledge/contract/benefit-ids.json`.
 */
import benefitIds from '../../knowledge/contract/benefit-ids.json';
import { FACT_IDS, type Facts } from '../facts/facts';

/** Plain labels for every contract fact. */
export const FACT_LABELS: Record<(typeof FACT_IDS)[number], string> = {
  nation: 'Lives in',
  age: 'Age',
  date_of_birth: 'Date of birth',
  has_partner: 'Lives with a partner',
  partner_age: "Partner's age",
  children_count: 'Children living with them',
  children_ages: "Children's ages",
  pregnant: 'Expecting a baby (them or partner)',
  health_condition: 'Long-term illness, disability or mental health condition',
  daily_living_needs: 'Needs help with daily living',
  mobility_needs: 'Needs help getting around',
  limits_work: 'Condition limits work',
  terminal_illness: 'Terminally ill (12 months or less)',
  disabled_child: 'Disabled child in the household',
  caring_hours: 'Hours caring a week',
  cared_for_gets_disability_benefit: 'Person cared for gets a disability benefit',
  employment: 'Work',
  work_hours: 'Hours of paid work a week',
  income: 'Household take-home income',
  savings: 'Household savings',
  housing: 'Housing',
  lives_alone: 'Only adult in the home',
  receiving: 'Benefits already received',
  immigration_status: 'Immigration status',
  bereaved: 'Partner died in the last 21 months',
  arranging_funeral: 'Paying for a funeral',
  veteran_injury: 'Injured or ill through armed forces service',
  work_injury: 'Disabled by a work accident or industrial disease',
  in_hospital_or_care: 'In hospital, a care home or prison (them or partner)',
};

const VALUE_TITLES: Record<string, string> = {
  england: 'England', wales: 'Wales', scotland: 'Scotland', 'northern-ireland': 'Northern Ireland',
  no: 'No', limits: 'Limits the work they can do', 'cannot-work': 'Cannot work',
  employed: 'Employed', 'self-employed': 'Self-employed', 'not-working': 'Not working', retired: 'Retired', student: 'Student',
  'rent-private': 'Renting from a private landlord', 'rent-social': 'Renting from a council or housing association',
  'own-mortgage': 'Own with a mortgage', 'own-outright': 'Own outright', 'living-with-family': 'Living with family or friends',
  'temporary-or-supported': 'Temporary or supported housing', homeless: 'Homeless',
  'british-irish': 'British or Irish citizen', settled: 'Settled status', 'pre-settled': 'Pre-settled status',
  'limited-leave-nrpf': 'Limited leave, no recourse to public funds', 'asylum-seeker': 'Asylum seeker', refugee: 'Refugee', unsure: 'Not sure',
};

const BENEFIT_NAMES: ReadonlyMap<string, string> = new Map(
  [
    ...benefitIds.current.map((b) => [b.id, b.name] as const),
    ...benefitIds.legacy_or_rule.map((b) => [b.id, b.what] as const),
  ],
);

/** The benefit's name from the contract, or its id. */
export function benefitName(id: string): string {
  return BENEFIT_NAMES.get(id) ?? id;
}

/** One answer for display. */
export interface Answer {
  /** Contract fact id, or `receiving_mentioned` (the knowledge base's own; see `describeFacts`). */
  fact: string;
  label: string;
  /** The stored value, as collected. */
  value: unknown;
  /** The value in words. */
  text: string;
}

const pounds = (n: number) => `£${n.toLocaleString('en-GB', { minimumFractionDigits: Number.isInteger(n) ? 0 : 2, maximumFractionDigits: 2 })}`;

function words(fact: string, value: unknown): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (fact === 'income' && typeof value === 'number') return `${pounds(value)} a week`;
  if (fact === 'savings' && typeof value === 'number') return pounds(value);
  if (fact === 'receiving' && Array.isArray(value)) return value.length === 0 ? 'None' : value.map((v) => benefitName(String(v))).join(', ');
  if (Array.isArray(value)) return value.length === 0 ? 'None' : value.join(', ');
  if (typeof value === 'string') return VALUE_TITLES[value] ?? value;
  return String(value);
}

/** Label for benefits named in passing before the person was asked what they get (not a contract fact). */
const MENTIONED_LABEL = 'Benefits mentioned (not yet asked about others)';

/**
 * The collected facts in contract order, each with its label and value in words; then, while the
 * full list of benefits received is not known, the benefits the person mentioned getting.
 */
export function describeFacts(facts: Facts): Answer[] {
  const record = facts as Record<string, unknown>;
  const answers: Answer[] = FACT_IDS.filter((id) => record[id] !== undefined).map((id) => ({
    fact: id, label: FACT_LABELS[id], value: record[id], text: words(id, record[id]),
  }));
  if (facts.receiving === undefined && facts.receiving_mentioned?.length) {
    answers.push({ fact: 'receiving_mentioned', label: MENTIONED_LABEL, value: facts.receiving_mentioned, text: words('receiving', facts.receiving_mentioned) });
  }
  return answers;
}
