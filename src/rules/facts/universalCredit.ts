/**
 * The Universal Credit means test, estimated monthly in pence: maximum award (standard allowance,
 * child elements, disabled child addition, health or carer element, housing costs) less 55% of
 * earnings above the work allowance, unearned income in full, and tariff income from savings over
 * £6,000; nothing at £16,000 or more. Rent is not asked, so for renters a shortfall can still be
 * met by the housing element: that stays "possible". Sources: UCTAPER, UCCAPITAL, TWOCHILD, R26.
 */
import type { FactId } from '../../facts/facts';
import { known, unknown, type DerivedFact, type FactResult } from '../derived';
import type { Assessment } from '../assessment';
import { isKnown } from '../tri';
import { add, decideRange, fixed, minus, type Range } from './bounds';

const RENTING = ['rent-private', 'rent-social'];
const CORE: FactId[] = ['has_partner', 'children_count', 'income', 'savings', 'employment', 'housing'];

export const ucMeansTest: DerivedFact = {
  name: 'uc_means_test',
  compute(a) {
    const savings = a.fact('savings');
    if (isKnown(savings.value) && (savings.value as number) * 100 >= a.rate('universal-credit.capital-upper')) {
      return known(false, ['savings']);
    }
    const missingCore = CORE.filter((f) => !isKnown(a.fact(f).value));
    if (missingCore.length > 0) return unknown(missingCore);
    return estimate(a);
  },
};

function estimate(a: Assessment): FactResult {
  const used: FactId[] = [...CORE];
  const missing: FactId[] = [];
  const val = <T>(id: FactId): T => a.fact(id).value as T;
  const couple = val<boolean>('has_partner');
  const children = val<number>('children_count');
  const renting = RENTING.includes(val<string>('housing'));
  const isWorking = ['employed', 'self-employed'].includes(val<string>('employment'));

  const allowance = standardAllowance(a, couple, missing);
  const childElements = fixed(Math.min(children, a.rate('universal-credit.child-limit')) * a.rate('uc-child-element.each-child'));
  const disabledChild = a.fact('disabled_child').value === true
    ? { best: a.rate('uc-disabled-child-addition.higher'), worst: a.rate('uc-disabled-child-addition.lower') }
    : fixed(0);
  const health = healthOrCarer(a, missing);
  // Rent is not asked: at least a screening floor, at best enough to leave an award.
  const housing: Range = renting ? { best: Number.POSITIVE_INFINITY, worst: a.rate('signpost.minimum-rent') } : fixed(0);
  const maximum = add(allowance, childElements, disabledChild, health.amount, housing);

  const incomeMonthly = (val<number>('income') * 52) / 12 * 100;
  const hasAllowance = children > 0 || health.lcwraBest > 0;
  const wa = hasAllowance
    ? a.rate(renting ? 'universal-credit.work-allowance.with-housing' : 'universal-credit.work-allowance.without-housing')
    : 0;
  const worstWa = children > 0 || health.lcwraWorst > 0 ? wa : 0;
  const taper = a.rate('universal-credit.taper');
  const asEarnings: Range = { best: taper * Math.max(0, incomeMonthly - wa), worst: taper * Math.max(0, incomeMonthly - worstWa) };
  // Earnings are tapered; pensions and other benefits count in full. When the person does not work
  // but has a partner, the household income may be the partner's earnings: it could be either.
  const deduction: Range = isWorking ? asEarnings
    : couple ? { best: asEarnings.best, worst: incomeMonthly } : fixed(incomeMonthly);
  const award = minus(minus(maximum, deduction), fixed(tariffIncome(a)));
  return decideRange(award, used, missing);
}

function standardAllowance(a: Assessment, couple: boolean, missing: FactId[]): Range {
  const age = a.fact('age_now');
  const selfAge = isKnown(age.value) ? (age.value as number) : undefined;
  if (selfAge === undefined) missing.push('age');
  if (!couple) {
    if (selfAge === undefined) return { best: a.rate('universal-credit.standard-allowance.single-25-plus'), worst: a.rate('universal-credit.standard-allowance.single-under-25') };
    return fixed(a.rate(selfAge >= 25 ? 'universal-credit.standard-allowance.single-25-plus' : 'universal-credit.standard-allowance.single-under-25'));
  }
  const partnerAge = a.fact('partner_age');
  const ages = [selfAge, isKnown(partnerAge.value) ? (partnerAge.value as number) : undefined];
  if (ages[1] === undefined) missing.push('partner_age');
  const high = a.rate('universal-credit.standard-allowance.couple-25-plus');
  const low = a.rate('universal-credit.standard-allowance.couple-under-25');
  if (ages.some((x) => x !== undefined && x >= 25)) return fixed(high);
  if (ages.every((x) => x !== undefined)) return fixed(low);
  return { best: high, worst: low };
}

/** The health (LCWRA) element needs a work capability assessment, so its worst case is nil. */
function healthOrCarer(a: Assessment, missing: FactId[]): { amount: Range; lcwraBest: number; lcwraWorst: number } {
  const limits = a.fact('limits_work');
  const health = a.fact('health_condition');
  let lcwraBest = 0;
  if (limits.value === 'cannot-work' || (!isKnown(limits.value) && health.value !== false)) {
    lcwraBest = a.rate('uc-lcwra-element.protected');
    if (!isKnown(limits.value)) missing.push(isKnown(health.value) ? 'limits_work' : 'health_condition');
  }
  const carer = a.fact('cares_35_for_qualifying_person');
  const carerAmount = a.rate('uc-carer-element.amount');
  const carerRange: Range = carer.value === true ? fixed(carerAmount) : !isKnown(carer.value) ? { best: carerAmount, worst: 0 } : fixed(0);
  if (!isKnown(carer.value)) missing.push(...carer.missing);
  return { amount: { best: Math.max(lcwraBest, carerRange.best), worst: carerRange.worst }, lcwraBest, lcwraWorst: 0 };
}

/** Assumed monthly income from savings above the lower limit, pence. */
function tariffIncome(a: Assessment): number {
  const savingsPence = (a.fact('savings').value as number) * 100;
  const lower = a.rate('universal-credit.capital-lower');
  if (savingsPence <= lower) return 0;
  return Math.ceil((savingsPence - lower) / a.rate('universal-credit.tariff-step')) * a.rate('universal-credit.tariff-per-step');
}
