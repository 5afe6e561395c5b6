/**
 * Derived facts about who is in the household and their ages: State Pension age for each adult,
 * pension-age vs working-age households, mixed-age couples.
 */
import type { FactId } from '../../facts/facts';
import { known, unknown, type DerivedFact, type FactResult } from '../derived';
import type { Assessment } from '../assessment';
import { isKnown } from '../tri';
import {
  hasReachedSpa, parseIsoDate, reachedSpaFromAge, reachesSpaWithin, reachesSpaWithinFromAge,
} from './statePensionAge';

/** The person's age in years, from `age` or else `date_of_birth`. */
export const ageNow: DerivedFact = {
  name: 'age_now',
  compute(a) {
    const age = a.fact('age');
    if (isKnown(age.value)) return age;
    const dob = a.fact('date_of_birth');
    if (!isKnown(dob.value)) return unknown(['age']);
    const d = parseIsoDate(dob.value as string);
    if (!d) return unknown(['age']);
    let years = a.date.getUTCFullYear() - d.getUTCFullYear();
    const before = a.date.getUTCMonth() < d.getUTCMonth()
      || (a.date.getUTCMonth() === d.getUTCMonth() && a.date.getUTCDate() < d.getUTCDate());
    if (before) years -= 1;
    return known(years, ['date_of_birth']);
  },
};

/** Whether the person has reached State Pension age. Needs date_of_birth only near it. */
export const overSpa: DerivedFact = {
  name: 'over_spa',
  compute(a) {
    const dob = a.fact('date_of_birth');
    if (isKnown(dob.value)) {
      const d = parseIsoDate(dob.value as string);
      if (d) return known(hasReachedSpa(d, a.date), ['date_of_birth']);
    }
    const age = a.fact('age');
    if (!isKnown(age.value)) return unknown(['age']);
    const reached = reachedSpaFromAge(age.value as number, a.date);
    return reached === undefined ? unknown(['date_of_birth'], ['age']) : known(reached, ['age']);
  },
};

/** Whether the partner has reached SPA. False when there is no partner. Age 66 in 2026-28 stays unknown. */
export const partnerOverSpa: DerivedFact = {
  name: 'partner_over_spa',
  compute(a) {
    const hasPartner = a.fact('has_partner');
    if (!isKnown(hasPartner.value)) return unknown(['has_partner']);
    if (hasPartner.value === false) return known(false, ['has_partner']);
    const age = a.fact('partner_age');
    if (!isKnown(age.value)) return unknown(['partner_age'], ['has_partner']);
    const reached = reachedSpaFromAge(age.value as number, a.date);
    return reached === undefined ? unknown([], ['partner_age']) : known(reached, ['has_partner', 'partner_age']);
  },
};

function both(a: FactResult, b: FactResult, op: 'and' | 'or'): FactResult {
  const used = [...new Set([...a.used, ...b.used])] as FactId[];
  const decisive = op === 'and' ? false : true;
  if (a.value === decisive) return known(decisive, a.used);
  if (b.value === decisive) return known(decisive, b.used);
  if (isKnown(a.value) && isKnown(b.value)) return known(!decisive, used);
  return unknown([...new Set([...a.missing, ...b.missing])] as FactId[], used);
}

/** Pension-age household: a single person over SPA, or a couple both over SPA. */
export const pensionAgeHousehold: DerivedFact = {
  name: 'pension_age_household',
  compute(a) {
    const self = a.fact('over_spa');
    if (self.value === false) return known(false, self.used);
    const hasPartner = a.fact('has_partner');
    if (hasPartner.value === false) return self.value === true ? known(true, [...self.used, 'has_partner']) : self;
    return both(self, a.fact('partner_over_spa'), 'and');
  },
};

/** Someone in the household is over SPA (the person, or their partner). */
export const anyOverSpa: DerivedFact = {
  name: 'any_over_spa',
  compute: (a) => both(a.fact('over_spa'), a.fact('partner_over_spa'), 'or'),
};

/** A couple where one partner is over SPA and the other is not. */
export const mixedAgeCouple: DerivedFact = {
  name: 'mixed_age_couple',
  compute(a) {
    const hasPartner = a.fact('has_partner');
    if (hasPartner.value === false) return known(false, ['has_partner']);
    const self = a.fact('over_spa');
    const partner = a.fact('partner_over_spa');
    if (isKnown(self.value) && isKnown(partner.value) && isKnown(hasPartner.value)) {
      return known(self.value !== partner.value, [...new Set([...self.used, ...partner.used])] as FactId[]);
    }
    return unknown([...new Set([...hasPartner.missing, ...self.missing, ...partner.missing])] as FactId[]);
  },
};

/**
 * Whether the person's date of birth could settle anything now: true only while their age alone
 * leaves State Pension age (`over_spa`) or reaching it within a year (`near_spa`) open. Those two are
 * the only facts that ask for `date_of_birth` (`test/rules/dobMatters.test.ts` checks that no benefit
 * or escalation is blocked on it otherwise), so the date of birth question is asked only when this holds,
 * and a turn need not work out every benefit to find that nobody needs it.
 */
export const dobMatters: DerivedFact = {
  name: 'dob_matters',
  compute(a) {
    const over = a.fact('over_spa');
    const near = a.fact('near_spa');
    const matters = over.missing.includes('date_of_birth') || near.missing.includes('date_of_birth');
    return known(matters, [...new Set([...over.used, ...near.used])] as FactId[]);
  },
};

/** The person or their partner reaches SPA within the next 12 months. */
export const nearSpa: DerivedFact = {
  name: 'near_spa',
  compute(a) {
    const self = withinYear(a, 'self');
    if (self.value === true) return self;
    const partner = withinYear(a, 'partner');
    return both(self, partner, 'or');
  },
};

function withinYear(a: Assessment, who: 'self' | 'partner'): FactResult {
  if (who === 'self') {
    const dob = a.fact('date_of_birth');
    const d = isKnown(dob.value) ? parseIsoDate(dob.value as string) : undefined;
    if (d) return known(reachesSpaWithin(d, a.date, 12), ['date_of_birth']);
    const age = a.fact('age');
    if (!isKnown(age.value)) return unknown(['age']);
    const r = reachesSpaWithinFromAge(age.value as number, a.date, 12);
    return r === undefined ? unknown(['date_of_birth'], ['age']) : known(r, ['age']);
  }
  const hasPartner = a.fact('has_partner');
  if (hasPartner.value === false) return known(false, ['has_partner']);
  const age = a.fact('partner_age');
  if (!isKnown(age.value)) return unknown(isKnown(hasPartner.value) ? ['partner_age'] : ['has_partner']);
  const r = reachesSpaWithinFromAge(age.value as number, a.date, 12);
  return r === undefined ? unknown([], ['partner_age']) : known(r, ['partner_age']);
}
