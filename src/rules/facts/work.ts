/**
 * Derived facts about work and earnings. The contract's `income` is household take-home a week;
 * when someone works it is treated as earnings, otherwise earnings are nil.
 */
import { known, unknown, type DerivedFact } from '../derived';
import { isKnown } from '../tri';

const WORKING = ['employed', 'self-employed'];

/** In paid work (employed or self-employed). */
export const working: DerivedFact = {
  name: 'working',
  compute(a) {
    const e = a.fact('employment');
    return isKnown(e.value) ? known(WORKING.includes(e.value as string), ['employment']) : e;
  },
};

/** Household earnings, pounds a week: the take-home income when working, else 0. */
export const earningsWeekly: DerivedFact = {
  name: 'earnings_weekly',
  compute(a) {
    const e = a.fact('employment');
    if (!isKnown(e.value)) return unknown(['employment']);
    if (!WORKING.includes(e.value as string)) return known(0, ['employment']);
    const income = a.fact('income');
    return isKnown(income.value) ? known(income.value, ['employment', 'income']) : unknown(['income'], ['employment']);
  },
};

/**
 * Earnings at or below a limit held in a dated series (param `limit`, a series id in pence;
 * param `per`: week, month or year, the period of that limit).
 */
export const earningsWithin: DerivedFact = {
  name: 'earnings_within',
  params: ['limit', 'per'],
  compute(a, p) {
    const weekly = a.fact('earnings_weekly');
    if (!isKnown(weekly.value)) return weekly;
    const limitPounds = a.rate(String(p.limit)) / 100;
    const factor = p.per === 'year' ? 52 : p.per === 'month' ? 52 / 12 : 1;
    return known((weekly.value as number) * factor <= limitPounds, weekly.used);
  },
};

/** Caring 35 hours or more a week for someone who gets a qualifying disability benefit. */
export const caresForQualifyingPerson: DerivedFact = {
  name: 'cares_35_for_qualifying_person',
  compute(a) {
    const hours = a.fact('caring_hours');
    if (!isKnown(hours.value)) return hours;
    if ((hours.value as number) < 35) return known(false, ['caring_hours']);
    const q = a.fact('cared_for_gets_disability_benefit');
    if (!isKnown(q.value)) return unknown(['cared_for_gets_disability_benefit'], ['caring_hours']);
    return known(q.value === true, ['caring_hours', 'cared_for_gets_disability_benefit']);
  },
};

const AMOUNT_FACTS = ['income', 'savings', 'earnings_weekly'] as const;
const PER = { week: 1, month: 52 / 12, year: 52, none: 1 } as const;

/**
 * Compares a money fact with a dated limit: param `fact` (income or earnings_weekly, pounds a week;
 * savings, pounds), `limit` (a series id in pence), `per` (the period of the limit: week, month,
 * year; `none` for a lump sum), and `test` (`atMost`, default, or `atLeast`).
 */
export const amountVsLimit: DerivedFact = {
  name: 'amount_vs_limit',
  params: ['fact', 'limit', 'per'],
  compute(a, p) {
    const fact = String(p.fact) as (typeof AMOUNT_FACTS)[number];
    const r = a.fact(fact);
    if (!isKnown(r.value)) return r;
    const limitPounds = a.rate(String(p.limit)) / 100;
    const amount = (r.value as number) * PER[String(p.per) as keyof typeof PER];
    return known(p.test === 'atLeast' ? amount >= limitPounds : amount <= limitPounds, r.used);
  },
};

/** The allowed values of amount_vs_limit's params, checked at load. */
export const AMOUNT_PARAMS = { fact: AMOUNT_FACTS, per: Object.keys(PER), test: ['atMost', 'atLeast'] } as const;
