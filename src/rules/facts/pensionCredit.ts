/**
 * Pension Credit means tests, estimated weekly in pence. Guarantee Credit: the appropriate minimum
 * guarantee (single or couple, plus severe disability, carer and child additions) less income and
 * tariff income (£1 a week for each £500 or part over £10,000; no upper capital limit). Savings
 * Credit: only where someone reached SPA before 6 April 2016. Sources: HANSARD26, PCCAPITAL, PCSDA.
 */
import type { FactId } from '../../facts/facts';
import { known, unknown, type DerivedFact } from '../derived';
import type { Assessment } from '../assessment';
import { isKnown } from '../tri';
import { add, decideRange, fixed, minus, type Range } from './bounds';
import { birthDateRange, parseIsoDate } from './statePensionAge';

const CORE: FactId[] = ['has_partner', 'income', 'savings'];
const SDA_BENEFITS = ['attendance-allowance', 'pip', 'armed-forces-independence-payment'];

/** The appropriate minimum guarantee for this household, pence a week (best and worst case). */
function minimumGuarantee(a: Assessment, missing: FactId[]): Range {
  const couple = a.fact('has_partner').value === true;
  const base = fixed(a.rate(couple ? 'pension-credit-guarantee.couple' : 'pension-credit-guarantee.single'));
  const sda = a.rate('pension-credit-guarantee.severe-disability-addition');
  const receiving = a.fact('receiving');
  const getsQualifying = SDA_BENEFITS.some((b) => a.received(b));
  const couldClaimAa = a.fact('daily_living_needs').value === true;
  const alone = a.fact('lives_alone');
  // Nobody may get Carer's Allowance for them, which is not asked: the addition is never certain.
  const severe: Range = (getsQualifying || couldClaimAa || !isKnown(receiving.value)) && alone.value !== false && !couple
    ? { best: sda, worst: 0 } : fixed(0);
  if (severe.best > 0 && !isKnown(alone.value)) missing.push('lives_alone');
  if (severe.best > 0 && !isKnown(receiving.value)) missing.push('receiving');
  const carer = a.fact('cares_35_for_qualifying_person');
  const carerAmount = a.rate('pension-credit-guarantee.carer-addition');
  const carerRange: Range = carer.value === true ? fixed(carerAmount) : isKnown(carer.value) ? fixed(0) : { best: carerAmount, worst: 0 };
  if (!isKnown(carer.value)) missing.push(...carer.missing);
  const n = a.fact('children_count');
  const perChild = a.rate('pension-credit-guarantee.child-addition');
  const children: Range = isKnown(n.value) ? fixed((n.value as number) * perChild) : fixed(0);
  const disabledChild = a.fact('disabled_child').value === true ? fixed(a.rate('pension-credit-guarantee.disabled-child-addition')) : fixed(0);
  return add(base, severe, carerRange, children, disabledChild);
}

function weeklyMeans(a: Assessment): number {
  const income = (a.fact('income').value as number) * 100;
  const savings = (a.fact('savings').value as number) * 100;
  const disregard = a.rate('pension-credit.capital-disregard');
  const tariff = savings > disregard
    ? Math.ceil((savings - disregard) / a.rate('pension-credit.tariff-step')) * a.rate('pension-credit.tariff-per-step') : 0;
  return income + tariff;
}

/** Guarantee Credit would be payable (ignores the age test, which the rule checks). */
export const pcGuaranteeMeansTest: DerivedFact = {
  name: 'pc_guarantee_means_test',
  compute(a) {
    const missingCore = CORE.filter((f) => !isKnown(a.fact(f).value));
    if (missingCore.length > 0) return unknown(missingCore);
    const missing: FactId[] = [];
    const award = minus(minimumGuarantee(a, missing), fixed(weeklyMeans(a)));
    return decideRange(award, [...CORE], missing);
  },
};

/**
 * Income within reach of pension-age help with rent or council tax: Guarantee Credit, or income
 * within a band above the guarantee (rent and council tax are not asked; Housing Benefit tapers
 * at 65%), with savings under the Housing Benefit limit. A Signpost approximation, so the rules
 * only ever make it "possible" on its own.
 */
export const pensionHousingHelpTest: DerivedFact = {
  name: 'pension_housing_help_test',
  compute(a) {
    const missingCore = CORE.filter((f) => !isKnown(a.fact(f).value));
    if (missingCore.length > 0) return unknown(missingCore);
    const pc = a.fact('pc_guarantee_means_test');
    if (pc.value === true) return pc;
    const savings = (a.fact('savings').value as number) * 100;
    if (savings >= a.rate('housing-benefit.pension-capital-upper')) return known(false, ['savings']);
    const missing: FactId[] = [];
    const ceiling = add(minimumGuarantee(a, missing), fixed(a.rate('signpost.pension-housing-help-band')));
    return decideRange(minus(ceiling, fixed(weeklyMeans(a))), [...CORE], missing);
  },
};

/** Reached SPA before 6 April 2016 (born before 6 April 1951, or before 6 April 1953 for women). */
function savingsCreditAge(a: Assessment, who: 'self' | 'partner'): boolean | undefined {
  const cutoffMen = Date.UTC(1951, 3, 6);
  const cutoffWomen = Date.UTC(1953, 3, 6);
  let earliest: number; let latest: number;
  const dob = who === 'self' ? a.fact('date_of_birth') : undefined;
  const d = dob && isKnown(dob.value) ? parseIsoDate(dob.value as string) : undefined;
  if (d) { earliest = latest = d.getTime(); } else {
    const age = a.fact(who === 'self' ? 'age' : 'partner_age');
    if (!isKnown(age.value)) return undefined;
    const r = birthDateRange(age.value as number, a.date);
    earliest = r.earliest.getTime(); latest = r.latest.getTime();
  }
  if (latest < cutoffMen) return true;
  if (earliest >= cutoffWomen) return false;
  return undefined;
}

/** Savings Credit would be payable: old enough, and qualifying income above the threshold. */
export const pcSavingsCreditTest: DerivedFact = {
  name: 'pc_savings_credit_test',
  compute(a) {
    const missingCore = CORE.filter((f) => !isKnown(a.fact(f).value));
    if (missingCore.length > 0) return unknown(missingCore);
    const couple = a.fact('has_partner').value === true;
    const ages = [savingsCreditAge(a, 'self'), couple ? savingsCreditAge(a, 'partner') : false];
    if (ages.every((x) => x === false)) return known(false, ['age', ...(couple ? ['partner_age' as FactId] : [])]);
    const income = weeklyMeans(a);
    const threshold = a.rate(couple ? 'pension-credit-savings.threshold-couple' : 'pension-credit-savings.threshold-single');
    const maximum = a.rate(couple ? 'pension-credit-savings.maximum-couple' : 'pension-credit-savings.maximum-single');
    const missing: FactId[] = [];
    const mg = minimumGuarantee(a, missing);
    const credit = (guarantee: number) =>
      Math.min(maximum, 0.6 * Math.max(0, income - threshold)) - 0.4 * Math.max(0, income - guarantee);
    const award: Range = { best: credit(mg.best), worst: credit(mg.worst) };
    const sure = ages.some((x) => x === true);
    return decideRange(sure ? award : { best: award.best, worst: 0 }, [...CORE, 'age'], missing);
  },
};
