/**
 * Expected-results table of households: an independent oracle for the triage engine, written from
 * the policy reference (`benefits-facts.md`, 2026/27 rules), not from any engine code.
 *
 * Reading an expectation:
 * - `likely`   the facts clearly meet the known conditions (directly, or through a passport whose
 *              own condition is fully decided by the facts, e.g. Pension Credit guarantee → HB).
 * - `possible` a deciding fact is missing, the award is assessed (PIP, AA, BSP contributions), or the
 *              scheme is discretionary/local. `likely` also passes.
 * - `mustNot`  clearly cannot apply: the other nation's scheme, the wrong side of State Pension age,
 *              a hard capital or earnings limit, a public fund under an NRPF condition.
 * - Benefits in `receiving` are never listed (the engine may treat them as it likes).
 *
 * Key 2026/27 figures used: State Pension age 66 if born before 6 Apr 1960, then +1 month per
 * birth-month cohort to 67 (born on/after 6 Mar 1961); PC standard minimum guarantee £238.00 single /
 * £363.25 couple, severe disability addition £86.05, carer addition £48.15, tariff £1/week per £500
 * over £10,000, no capital limit; UC capital limit £16,000, tariff from £6,000; UC single 25+
 * £424.90/month, couple £666.97, child £303.94 (£351.88 first child born before 6 Apr 2017), work
 * allowance £427 (with housing) / £710, taper 55%; Carer's Allowance earnings limit £204/week;
 * Healthy Start UC take-home pay ≤ £408/month; NHS help UC take-home pay ≤ £435 (£935 with child
 * element/LCWRA); free school meals England: every UC household from September 2026.
 */
import type { Facts } from '../../src/facts/facts';

export interface HouseholdCase {
  name: string;                 // short, unique, e.g. 'single pensioner, 78, renting, £200/week, lives alone'
  /** Assessment date (ISO); use '2026-11-22' unless the case is about dates. */
  date: string;
  facts: Facts;                 // a complete-enough set of contract facts, as after a full triage
  likely: string[];             // each must come out with likelihood 'likely'
  possible: string[];           // each must come out at least as 'possible' (likely is also fine)
  mustNot: string[];            // each must NOT appear at all
  escalation: { level: 'urgent' | 'adviser' | 'offer'; reasons: string[] } | null;  // expected level, and reasons that must be among the reasons given; null = no escalation expected
  why?: string;                 // one line explaining the expectation where not obvious
}

/** The date the tables are assessed on, unless a case is about dates. */
export const DATE = '2026-11-22';

/** The answers most households give to the screening questions; each case overrides what differs. */
export const NONE = {
  pregnant: false,
  health_condition: false,
  daily_living_needs: false,
  mobility_needs: false,
  limits_work: 'no',
  terminal_illness: false,
  caring_hours: 0,
  bereaved: false,
  arranging_funeral: false,
  veteran_injury: false,
  work_injury: false,
  in_hospital_or_care: false,
  immigration_status: 'british-irish',
} as const satisfies Facts;

export const HOUSEHOLDS: HouseholdCase[] = [
  // ───────────────────────────── Pensioners on low income (England and Wales) ─────────────────────────────
  {
    name: 'single pensioner, 78, renting privately, £200/week, lives alone (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 78, has_partner: false, children_count: 0,
      employment: 'retired', income: 200, savings: 2000, housing: 'rent-private', lives_alone: true,
      receiving: ['state-pension'],
    },
    likely: [
      'pension-credit-guarantee', 'housing-benefit', 'council-tax-reduction-england', 'warm-home-discount',
      'cold-weather-payment', 'tv-licence-concession', 'winter-fuel-payment', 'nhs-help-with-health-costs',
      'free-nhs-dental-sight', 'free-prescriptions', 'concessionary-bus-pass',
    ],
    possible: ['council-tax-discounts', 'broadband-social-tariff'],
    mustNot: [
      'universal-credit', 'pip', 'child-benefit', 'free-school-meals-england', 'council-tax-reduction-wales',
      'carers-allowance', 'discretionary-assistance-fund-wales',
    ],
    escalation: null,
    why: '£200 < £238 guarantee and savings under £10,000, so Guarantee Credit and its passports; 78 ≥ 75 so free TV licence.',
  },
  {
    name: 'single pensioner, 72, owns outright, £220/week, savings £12,000 (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 72, has_partner: false, children_count: 0,
      employment: 'retired', income: 220, savings: 12000, housing: 'own-outright', lives_alone: true,
      receiving: ['state-pension'],
    },
    likely: [
      'pension-credit-guarantee', 'council-tax-reduction-england', 'warm-home-discount', 'cold-weather-payment',
      'winter-fuel-payment', 'nhs-help-with-health-costs', 'free-nhs-dental-sight', 'free-prescriptions',
      'concessionary-bus-pass',
    ],
    possible: ['council-tax-discounts'],
    mustNot: [
      'universal-credit', 'housing-benefit', 'support-for-mortgage-interest', 'pension-credit-savings',
      'child-benefit', 'council-tax-reduction-wales',
    ],
    escalation: null,
    why: 'Tariff income (£12,000 − £10,000)/£500 = £4, so £224 < £238; owner outright pays no rent or mortgage; born ~1954 so reached SPA after April 2016 (no Savings Credit).',
  },
  {
    name: 'pensioner couple, 74 and 71, social tenants, £320/week (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 74, has_partner: true, partner_age: 71, children_count: 0,
      employment: 'retired', income: 320, savings: 4000, housing: 'rent-social', lives_alone: false,
      receiving: ['state-pension'],
    },
    likely: [
      'pension-credit-guarantee', 'housing-benefit', 'council-tax-reduction-wales', 'warm-home-discount',
      'cold-weather-payment', 'winter-fuel-payment', 'nhs-help-with-health-costs', 'free-nhs-dental-sight',
      'concessionary-bus-pass',
    ],
    possible: ['discretionary-assistance-fund-wales', 'broadband-social-tariff'],
    mustNot: [
      'universal-credit', 'council-tax-reduction-england', 'crisis-and-resilience-fund', 'free-school-meals-england',
      'pip', 'child-benefit',
    ],
    escalation: null,
    why: 'Both over SPA; £320 < £363.25 couple guarantee; Welsh bus pass from 60.',
  },
  {
    name: 'pensioner couple, 70 and 69, own outright, £450/week, savings £40,000 (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 70, has_partner: true, partner_age: 69, children_count: 0,
      employment: 'retired', income: 450, savings: 40000, housing: 'own-outright', lives_alone: false,
      receiving: ['state-pension'],
    },
    likely: ['winter-fuel-payment', 'concessionary-bus-pass', 'free-prescriptions'],
    possible: [],
    mustNot: [
      'pension-credit-guarantee', 'pension-credit-savings', 'universal-credit', 'housing-benefit',
      'cold-weather-payment', 'nhs-help-with-health-costs', 'support-for-mortgage-interest', 'child-benefit',
    ],
    escalation: null,
    why: '£450 + £60 tariff income is far above £363.25 with no additions; NHS Low Income Scheme capital limit £16,000; both reached SPA after 2016.',
  },
  {
    name: 'single pensioner, 83, owns outright, £250/week, needs help with personal care, no AA (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 83, has_partner: false, children_count: 0,
      health_condition: true, daily_living_needs: true,
      employment: 'retired', income: 250, savings: 5000, housing: 'own-outright', lives_alone: true,
      receiving: ['state-pension'],
    },
    likely: ['winter-fuel-payment', 'concessionary-bus-pass'],
    possible: [
      'attendance-allowance', 'pension-credit-guarantee', 'council-tax-reduction-wales', 'tv-licence-concession',
      'disabled-facilities-grant', 'council-tax-discounts',
    ],
    mustNot: [
      'universal-credit', 'pip', 'housing-benefit', 'council-tax-reduction-england', 'crisis-and-resilience-fund',
    ],
    escalation: { level: 'offer', reasons: ['disability-claim-help'] },
    why: 'Worked chain: £250 > £238 today, but an AA award adds the £86.05 severe disability addition (lives alone) → PC; PIP cannot be a new claim over SPA.',
  },
  {
    name: 'single pensioner, 80, gets Attendance Allowance, lives alone, renting privately, £290/week (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 80, has_partner: false, children_count: 0,
      health_condition: true, daily_living_needs: true,
      employment: 'retired', income: 290, savings: 1000, housing: 'rent-private', lives_alone: true,
      receiving: ['state-pension', 'attendance-allowance'],
    },
    likely: ['winter-fuel-payment', 'disabled-persons-railcard', 'concessionary-bus-pass', 'free-prescriptions'],
    possible: [
      'pension-credit-guarantee', 'housing-benefit', 'council-tax-reduction-england', 'cold-weather-payment',
      'warm-home-discount', 'tv-licence-concession', 'council-tax-discounts',
    ],
    mustNot: ['universal-credit', 'pip', 'child-benefit', 'council-tax-reduction-wales'],
    escalation: null,
    why: '£238 + £86.05 = £324.05 > £290 only if nobody is paid Carer\'s Allowance for her (not asked), so PC possible; HB is possible on its own taper anyway.',
  },
  {
    name: 'single pensioner, 74, owns outright, £200/week, savings £20,000 (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 74, has_partner: false, children_count: 0,
      employment: 'retired', income: 200, savings: 20000, housing: 'own-outright', lives_alone: true,
      receiving: ['state-pension'],
    },
    likely: ['winter-fuel-payment', 'concessionary-bus-pass', 'free-prescriptions'],
    possible: ['pension-credit-guarantee', 'council-tax-reduction-england', 'cold-weather-payment', 'warm-home-discount'],
    mustNot: ['universal-credit', 'housing-benefit', 'support-for-mortgage-interest', 'child-benefit'],
    escalation: null,
    why: 'Pension Credit has no capital limit: £200 + £20 tariff income = £220 < £238, so still possible despite savings over £16,000.',
  },
  {
    name: 'single pensioner, 69, renting privately, £330/week, savings £6,000 (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 69, has_partner: false, children_count: 0,
      employment: 'retired', income: 330, savings: 6000, housing: 'rent-private', lives_alone: true,
      receiving: ['state-pension'],
    },
    likely: ['winter-fuel-payment', 'concessionary-bus-pass', 'free-prescriptions'],
    possible: ['housing-benefit', 'council-tax-reduction-england'],
    mustNot: ['pension-credit-guarantee', 'pension-credit-savings', 'universal-credit', 'cold-weather-payment', 'child-benefit'],
    escalation: null,
    why: 'Too much income for PC (£330 vs £238, no additions) but pension-age HB tapers at 65% so can still help with rent.',
  },
  {
    name: 'single pensioner, 68, gets PIP, lives alone, social tenant, £230/week (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 68, has_partner: false, children_count: 0,
      health_condition: true, daily_living_needs: true, mobility_needs: true,
      employment: 'retired', income: 230, savings: 3000, housing: 'rent-social', lives_alone: true,
      receiving: ['state-pension', 'pip'],
    },
    likely: [
      'pension-credit-guarantee', 'housing-benefit', 'council-tax-reduction-england', 'warm-home-discount',
      'cold-weather-payment', 'winter-fuel-payment', 'nhs-help-with-health-costs', 'free-nhs-dental-sight',
      'free-prescriptions', 'concessionary-bus-pass', 'disabled-persons-railcard',
    ],
    possible: ['blue-badge', 'motability-scheme', 'council-tax-discounts'],
    mustNot: ['attendance-allowance', 'universal-credit', 'pension-credit-savings', 'child-benefit'],
    escalation: null,
    why: 'PIP continues past SPA (no switch to AA); £230 < £238 even before any severe disability addition.',
  },
  {
    name: 'single pensioner, 70, mortgage, £190/week (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 70, has_partner: false, children_count: 0,
      employment: 'retired', income: 190, savings: 1500, housing: 'own-mortgage', lives_alone: true,
      receiving: ['state-pension'],
    },
    likely: [
      'pension-credit-guarantee', 'council-tax-reduction-england', 'warm-home-discount', 'cold-weather-payment',
      'winter-fuel-payment', 'nhs-help-with-health-costs', 'free-nhs-dental-sight', 'free-prescriptions',
      'concessionary-bus-pass',
    ],
    possible: ['support-for-mortgage-interest', 'council-tax-discounts'],
    mustNot: ['universal-credit', 'pension-credit-savings', 'child-benefit'],
    escalation: null,
    why: 'PC guarantee passports to an SMI loan with no waiting period, but it is a loan secured on the home (possible).',
  },
  {
    name: 'pensioner carer, 70, caring 40h/week for husband, 72, who gets AA; own outright, £380/week (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 70, has_partner: true, partner_age: 72, children_count: 0,
      caring_hours: 40, cared_for_gets_disability_benefit: true,
      employment: 'retired', income: 380, savings: 8000, housing: 'own-outright', lives_alone: false,
      receiving: ['state-pension', 'attendance-allowance'],
    },
    likely: ['winter-fuel-payment', 'concessionary-bus-pass', 'free-prescriptions'],
    possible: ['carers-allowance', 'pension-credit-guarantee', 'council-tax-reduction-england', 'council-tax-discounts'],
    mustNot: ['universal-credit', 'housing-benefit', 'pension-credit-savings', 'pip', 'child-benefit'],
    escalation: { level: 'adviser', reasons: ['carer-severe-disability-trap'] },
    why: 'CA is not paid over a State Pension but underlying entitlement adds the £48.15 carer addition: £363.25 + £48.15 = £411.40 > £380.',
  },
  {
    name: 'pensioner couple, 79 and 81, partner in hospital, social tenants, £300/week (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 79, has_partner: true, partner_age: 81, children_count: 0,
      in_hospital_or_care: true,
      employment: 'retired', income: 300, savings: 3000, housing: 'rent-social', lives_alone: false,
      receiving: ['state-pension'],
    },
    likely: [
      'pension-credit-guarantee', 'housing-benefit', 'council-tax-reduction-england', 'warm-home-discount',
      'cold-weather-payment', 'tv-licence-concession', 'winter-fuel-payment', 'nhs-help-with-health-costs',
      'free-nhs-dental-sight',
    ],
    possible: [],
    mustNot: ['universal-credit', 'pip', 'child-benefit', 'free-school-meals-england'],
    escalation: { level: 'adviser', reasons: ['hospital-care-or-prison'] },
    why: 'A temporary hospital stay does not end the couple; £300 < £363.25. Adviser for the hospital/care rules.',
  },

  // ───────────────────────────── Already getting Pension Credit (passporting) ─────────────────────────────
  {
    name: 'single pensioner, 77, already on Pension Credit, social tenant (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 77, has_partner: false, children_count: 0,
      employment: 'retired', income: 238, savings: 1000, housing: 'rent-social', lives_alone: true,
      receiving: ['state-pension', 'pension-credit-guarantee'],
    },
    likely: [
      'housing-benefit', 'council-tax-reduction-england', 'warm-home-discount', 'cold-weather-payment',
      'tv-licence-concession', 'winter-fuel-payment', 'nhs-help-with-health-costs', 'free-nhs-dental-sight',
      'free-prescriptions', 'concessionary-bus-pass',
    ],
    possible: ['broadband-social-tariff', 'council-tax-discounts'],
    mustNot: ['universal-credit', 'pip', 'child-benefit', 'discretionary-assistance-fund-wales', 'council-tax-reduction-wales'],
    escalation: null,
    why: 'Guarantee Credit passports to maximum HB and CTR, WHD core group 1, CWP, free TV licence at 75+, NHS costs.',
  },
  {
    name: 'pensioner couple, 76 and 74, already on Pension Credit, renting privately (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 76, has_partner: true, partner_age: 74, children_count: 0,
      employment: 'retired', income: 363, savings: 2500, housing: 'rent-private', lives_alone: false,
      receiving: ['state-pension', 'pension-credit-guarantee'],
    },
    likely: [
      'housing-benefit', 'council-tax-reduction-wales', 'warm-home-discount', 'cold-weather-payment',
      'tv-licence-concession', 'winter-fuel-payment', 'nhs-help-with-health-costs', 'free-nhs-dental-sight',
      'concessionary-bus-pass',
    ],
    possible: ['discretionary-assistance-fund-wales', 'discretionary-housing-payment', 'broadband-social-tariff'],
    mustNot: [
      'universal-credit', 'council-tax-reduction-england', 'crisis-and-resilience-fund', 'free-school-meals-england',
      'pip', 'child-benefit',
    ],
    escalation: null,
    why: 'The 76-year-old is the licence holder and the household gets PC, so free TV licence; Wales keeps DHP.',
  },

  // ───────────────────────────── Near State Pension age (dates matter) ─────────────────────────────
  {
    name: 'single, 66, born 1959-12-01 (over SPA), social tenant, £200/week (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 66, date_of_birth: '1959-12-01', has_partner: false, children_count: 0,
      employment: 'retired', income: 200, savings: 3000, housing: 'rent-social', lives_alone: true,
      receiving: ['state-pension'],
    },
    likely: [
      'pension-credit-guarantee', 'housing-benefit', 'council-tax-reduction-england', 'warm-home-discount',
      'cold-weather-payment', 'winter-fuel-payment', 'nhs-help-with-health-costs', 'free-nhs-dental-sight',
      'free-prescriptions', 'concessionary-bus-pass',
    ],
    possible: [],
    mustNot: ['universal-credit', 'pension-credit-savings', 'child-benefit'],
    escalation: null,
    why: 'Born before 6 Apr 1960, so SPA at exactly 66 (1 Dec 2025): already over SPA, pension-age help not UC; SPA after 2016 so no Savings Credit.',
  },
  {
    name: 'single, 66, born 1960-09-10 (not yet SPA), social tenant, £95/week (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 66, date_of_birth: '1960-09-10', has_partner: false, children_count: 0,
      employment: 'not-working', income: 95, savings: 2000, housing: 'rent-social', lives_alone: true,
      receiving: [],
    },
    likely: ['universal-credit', 'uc-housing-element', 'free-prescriptions'],
    possible: ['council-tax-reduction-england', 'nhs-help-with-health-costs'],
    mustNot: ['child-benefit', 'healthy-start', 'council-tax-reduction-wales', 'free-school-meals-wales'],
    escalation: { level: 'adviser', reasons: ['near-state-pension-age'] },
    why: 'Born 6 Sep–5 Oct 1960: SPA at 66 years 6 months = 10 Mar 2027, so still working-age (UC) on 22 Nov 2026, reaching SPA within 12 months.',
  },
  {
    name: 'mixed-age couple, 68 and 60, social tenants, £120/week (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 68, has_partner: true, partner_age: 60, children_count: 0,
      employment: 'retired', income: 120, savings: 2000, housing: 'rent-social', lives_alone: false,
      receiving: ['state-pension'],
    },
    likely: ['universal-credit', 'uc-housing-element', 'winter-fuel-payment', 'concessionary-bus-pass', 'free-prescriptions'],
    possible: ['council-tax-reduction-england'],
    mustNot: ['pension-credit-guarantee', 'housing-benefit', 'child-benefit'],
    escalation: { level: 'adviser', reasons: ['mixed-age-couple'] },
    why: 'Pension Credit and pension-age HB need both partners over SPA, so the couple claims UC (couple rate £666.97/month vs £520 pension).',
  },

  // ───────────────────────────── Working-age, out of work ─────────────────────────────
  {
    name: 'single, 25, unemployed, renting privately, no income (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 25, has_partner: false, children_count: 0,
      employment: 'not-working', income: 0, savings: 300, housing: 'rent-private', lives_alone: true,
      receiving: [],
    },
    likely: ['universal-credit', 'uc-housing-element', 'nhs-help-with-health-costs'],
    possible: ['council-tax-reduction-england', 'free-prescriptions', 'free-nhs-dental-sight', 'crisis-and-resilience-fund'],
    mustNot: [
      'housing-benefit', 'pension-credit-guarantee', 'attendance-allowance', 'winter-fuel-payment', 'child-benefit',
      'free-school-meals-england', 'healthy-start', 'sure-start-maternity-grant', 'council-tax-reduction-wales',
    ],
    escalation: null,
  },
  {
    name: 'single, 40, unemployed, renting privately, no income (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 40, has_partner: false, children_count: 0,
      employment: 'not-working', income: 0, savings: 200, housing: 'rent-private', lives_alone: true,
      receiving: [],
    },
    likely: ['universal-credit', 'uc-housing-element', 'council-tax-reduction-wales', 'nhs-help-with-health-costs'],
    possible: ['discretionary-housing-payment', 'discretionary-assistance-fund-wales', 'free-nhs-dental-sight'],
    mustNot: [
      'housing-benefit', 'council-tax-reduction-england', 'crisis-and-resilience-fund', 'free-school-meals-england',
      'pension-credit-guarantee', 'winter-fuel-payment', 'child-benefit',
    ],
    escalation: null,
    why: 'The Welsh national CTR scheme gives up to 100% to a UC household with no income.',
  },

  // ───────────────────────────── Working families with under-5s ─────────────────────────────
  {
    name: 'couple, 32 and 30, one earner £450/week, children 1 and 3, renting privately (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 32, has_partner: true, partner_age: 30,
      children_count: 2, children_ages: [1, 3], disabled_child: false,
      employment: 'employed', work_hours: 37.5, income: 450, savings: 1500, housing: 'rent-private', lives_alone: false,
      receiving: [],
    },
    likely: ['universal-credit', 'uc-child-element', 'uc-housing-element', 'child-benefit', 'funded-childcare-england'],
    possible: ['council-tax-reduction-england'],
    mustNot: [
      'healthy-start', 'housing-benefit', 'pension-credit-guarantee', 'winter-fuel-payment', 'childcare-offer-wales',
      'free-school-meals-wales',
    ],
    escalation: null,
    why: 'UC: £666.97 + 2 × £303.94 − 55% × (£1,950 − £427) ≈ £437/month before rent; 3-year-old gets universal 15 hours; take-home pay £1,950/month is far over the £408 Healthy Start limit.',
  },
  {
    name: 'single parent, 28, part-time £260/week, children 2 and 7, social tenant (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 28, has_partner: false,
      children_count: 2, children_ages: [2, 7], disabled_child: false,
      employment: 'employed', work_hours: 20, income: 260, savings: 500, housing: 'rent-social', lives_alone: true,
      receiving: ['child-benefit'],
    },
    likely: ['universal-credit', 'uc-child-element', 'uc-housing-element', 'free-school-meals-england', 'funded-childcare-england'],
    possible: ['uc-childcare-element', 'council-tax-reduction-england', 'council-tax-discounts', 'nhs-help-with-health-costs'],
    mustNot: ['healthy-start', 'housing-benefit', 'pension-credit-guarantee', 'free-school-meals-wales', 'childcare-offer-wales'],
    escalation: null,
    why: 'UC ≈ £1,032.78 − 55% × (£1,127 − £427) ≈ £648/month + rent → FSM (all UC households from Sept 2026); 2-year-old qualifies (UC, earnings £13,520 ≤ £15,400, and working-parent hours); pay > £408/month so no Healthy Start.',
  },
  {
    name: 'single parent, 31, working 30h, £420/week, child 3, renting privately (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 31, has_partner: false,
      children_count: 1, children_ages: [3], disabled_child: false,
      employment: 'employed', work_hours: 30, income: 420, savings: 500, housing: 'rent-private', lives_alone: true,
      receiving: [],
    },
    likely: ['childcare-offer-wales', 'child-benefit'],
    possible: ['universal-credit', 'uc-childcare-element', 'tax-free-childcare', 'council-tax-reduction-wales', 'council-tax-discounts'],
    mustNot: [
      'funded-childcare-england', 'free-school-meals-england', 'crisis-and-resilience-fund', 'council-tax-reduction-england',
      'housing-benefit', 'pension-credit-guarantee',
    ],
    escalation: null,
    why: 'Lone working parent earning over 16 × NMW with a 3-year-old meets the Childcare Offer; UC depends on the rent (no UC before rent at this pay).',
  },
  {
    name: 'couple with mortgage, 40 and 38, partner earns £90/week, children 2, 5 and 8 (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 40, has_partner: true, partner_age: 38,
      children_count: 3, children_ages: [2, 5, 8], disabled_child: false,
      employment: 'not-working', income: 90, savings: 1000, housing: 'own-mortgage', lives_alone: false,
      receiving: ['child-benefit'],
    },
    likely: [
      'universal-credit', 'uc-child-element', 'free-school-meals-england', 'funded-childcare-england', 'healthy-start',
      'nhs-help-with-health-costs',
    ],
    possible: [
      'support-for-mortgage-interest', 'cold-weather-payment', 'council-tax-reduction-england', 'free-prescriptions',
      'free-nhs-dental-sight', 'water-social-tariff',
    ],
    mustNot: ['tax-free-childcare', 'pension-credit-guarantee', 'winter-fuel-payment', 'free-school-meals-wales', 'school-essentials-grant-wales'],
    escalation: null,
    why: 'UC ≈ £1,578.79/month with £390/month earnings under the work allowance; £390 ≤ £408 (Healthy Start) and ≤ £935 (NHS); 2-year-old in a UC household under £15,400; SMI is a loan after 3 assessment periods.',
  },
  {
    name: 'high-income couple, 40 and 38, £1,200/week, savings £30,000, children 1 and 3, mortgage (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 40, has_partner: true, partner_age: 38,
      children_count: 2, children_ages: [1, 3], disabled_child: false,
      employment: 'employed', work_hours: 40, income: 1200, savings: 30000, housing: 'own-mortgage', lives_alone: false,
      receiving: [],
    },
    likely: ['child-benefit', 'funded-childcare-england'],
    possible: ['tax-free-childcare'],
    mustNot: [
      'universal-credit', 'uc-child-element', 'uc-childcare-element', 'healthy-start', 'nhs-help-with-health-costs',
      'housing-benefit', 'pension-credit-guarantee', 'sure-start-maternity-grant', 'free-school-meals-wales',
    ],
    escalation: null,
    why: 'Savings ≥ £16,000 rule out UC and the NHS Low Income Scheme; Child Benefit still worth claiming (HICBC at most); universal 15 hours for the 3-year-old; TFC needs the partner working too (not asked).',
  },

  // ───────────────────────────── Already getting Universal Credit (passporting) ─────────────────────────────
  {
    name: 'single parent on UC, 30, not working, children 3 and 6, social tenant (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 30, has_partner: false,
      children_count: 2, children_ages: [3, 6], disabled_child: false,
      employment: 'not-working', income: 330, savings: 200, housing: 'rent-social', lives_alone: true,
      receiving: ['universal-credit', 'child-benefit'],
    },
    likely: [
      'free-school-meals-england', 'healthy-start', 'cold-weather-payment', 'funded-childcare-england',
      'nhs-help-with-health-costs', 'free-prescriptions', 'free-nhs-dental-sight',
    ],
    possible: [
      'council-tax-reduction-england', 'warm-home-discount', 'broadband-social-tariff', 'crisis-and-resilience-fund',
      'school-uniform-help-england', 'council-tax-discounts',
    ],
    mustNot: [
      'tax-free-childcare', 'housing-benefit', 'pension-credit-guarantee', 'attendance-allowance', 'winter-fuel-payment',
      'free-school-meals-wales',
    ],
    escalation: null,
    why: 'Income is UC itself, not earnings: take-home pay £0 ≤ £408, so Healthy Start (child under 4); CWP (UC, not working, child under 5); FSM; universal 15 hours for the 3-year-old.',
  },
  {
    name: 'single parent on UC, 34, not working, children 4 and 11, social tenant (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 34, has_partner: false,
      children_count: 2, children_ages: [4, 11], disabled_child: false,
      employment: 'not-working', income: 300, savings: 100, housing: 'rent-social', lives_alone: true,
      receiving: ['universal-credit', 'child-benefit'],
    },
    likely: [
      'free-school-meals-wales', 'school-essentials-grant-wales', 'council-tax-reduction-wales', 'cold-weather-payment',
      'nhs-help-with-health-costs', 'free-nhs-dental-sight',
    ],
    possible: ['discretionary-assistance-fund-wales', 'discretionary-housing-payment', 'warm-home-discount', 'broadband-social-tariff'],
    mustNot: [
      'healthy-start', 'free-school-meals-england', 'crisis-and-resilience-fund', 'council-tax-reduction-england',
      'housing-benefit', 'pension-credit-guarantee', 'tax-free-childcare',
    ],
    escalation: null,
    why: 'UC with no earnings (≤ £7,400/yr) gives eFSM and so the School Essentials Grant; child 4 is under 5 (CWP) but not under 4 (no Healthy Start).',
  },

  // ───────────────────────────── Wales families ─────────────────────────────
  {
    name: 'refugee couple, 38 and 35, not working, children 5 and 9, social tenants (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 38, has_partner: true, partner_age: 35,
      children_count: 2, children_ages: [5, 9], disabled_child: false,
      employment: 'not-working', income: 0, savings: 0, housing: 'rent-social', lives_alone: false,
      receiving: [], immigration_status: 'refugee',
    },
    likely: [
      'universal-credit', 'uc-child-element', 'uc-housing-element', 'child-benefit', 'free-school-meals-wales',
      'council-tax-reduction-wales', 'nhs-help-with-health-costs',
    ],
    possible: ['school-essentials-grant-wales', 'discretionary-assistance-fund-wales', 'discretionary-housing-payment'],
    mustNot: [
      'free-school-meals-england', 'crisis-and-resilience-fund', 'council-tax-reduction-england', 'housing-benefit',
      'pension-credit-guarantee', 'winter-fuel-payment',
    ],
    escalation: null,
    why: 'Refugees have full access to public funds and do not escalate; universal primary meals for both children.',
  },
  {
    name: 'couple on UC, 35 and 33, working, disabled child (no DLA yet), children 6 and 10 (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 35, has_partner: true, partner_age: 33,
      children_count: 2, children_ages: [6, 10], disabled_child: true,
      caring_hours: 40, cared_for_gets_disability_benefit: false,
      employment: 'employed', work_hours: 25, income: 520, savings: 1000, housing: 'rent-social', lives_alone: false,
      receiving: ['universal-credit', 'child-benefit'],
    },
    likely: ['free-school-meals-wales'],
    possible: [
      'dla-child', 'uc-disabled-child-addition', 'council-tax-reduction-wales', 'council-tax-disability-reduction',
      'disabled-facilities-grant',
    ],
    mustNot: [
      'free-school-meals-england', 'funded-childcare-england', 'crisis-and-resilience-fund', 'healthy-start',
      'pension-credit-guarantee', 'winter-fuel-payment', 'housing-benefit',
    ],
    escalation: null,
    why: 'DLA for the child is assessed and then unlocks the UC disabled child addition; caring is not for someone already on a disability benefit, so no carer trap.',
  },
  {
    name: 'self-employed couple, 35 and 34, £250/week, child 6, renting privately (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 35, has_partner: true, partner_age: 34,
      children_count: 1, children_ages: [6], disabled_child: false,
      employment: 'self-employed', work_hours: 40, income: 250, savings: 2000, housing: 'rent-private', lives_alone: false,
      receiving: [],
    },
    likely: ['free-school-meals-wales', 'child-benefit'],
    possible: ['universal-credit', 'uc-child-element', 'uc-housing-element', 'council-tax-reduction-wales'],
    mustNot: [
      'free-school-meals-england', 'funded-childcare-england', 'crisis-and-resilience-fund', 'council-tax-reduction-england',
      'housing-benefit', 'pension-credit-guarantee', 'winter-fuel-payment',
    ],
    escalation: { level: 'adviser', reasons: ['self-employed'] },
    why: 'UC depends on the gainful self-employment test and minimum income floor; universal primary free school meals regardless.',
  },

  // ───────────────────────────── Savings and capital ─────────────────────────────
  {
    name: 'single, 45, working, £420/week, savings £22,000, renting privately (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 45, has_partner: false, children_count: 0,
      employment: 'employed', work_hours: 37.5, income: 420, savings: 22000, housing: 'rent-private', lives_alone: true,
      receiving: [],
    },
    likely: [],
    possible: ['council-tax-discounts'],
    mustNot: [
      'universal-credit', 'uc-housing-element', 'housing-benefit', 'nhs-help-with-health-costs', 'help-to-save',
      'pension-credit-guarantee', 'child-benefit', 'healthy-start', 'council-tax-reduction-wales',
    ],
    escalation: null,
    why: 'Working age with savings ≥ £16,000: no UC (and so no UC-linked help) and no NHS Low Income Scheme.',
  },
  {
    name: 'single parent, 33, part-time £200/week, savings £15,000, child 4, renting privately (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 33, has_partner: false,
      children_count: 1, children_ages: [4], disabled_child: false,
      employment: 'employed', work_hours: 16, income: 200, savings: 15000, housing: 'rent-private', lives_alone: true,
      receiving: [],
    },
    likely: ['universal-credit', 'uc-child-element', 'uc-housing-element', 'child-benefit'],
    possible: ['free-school-meals-england', 'council-tax-reduction-england', 'uc-childcare-element'],
    mustNot: ['housing-benefit', 'pension-credit-guarantee', 'winter-fuel-payment', 'free-school-meals-wales', 'healthy-start'],
    escalation: { level: 'offer', reasons: ['capital-near-limit'] },
    why: 'Under £16,000 so UC still payable: £728.84 − 55% × (£867 − £427) − £156.60 tariff ≈ £330/month + rent.',
  },

  // ───────────────────────────── Disabled adults and carers ─────────────────────────────
  {
    name: 'disabled adult, 45, no PIP, cannot work, care and mobility needs, renting privately (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 45, has_partner: false, children_count: 0,
      health_condition: true, daily_living_needs: true, mobility_needs: true, limits_work: 'cannot-work',
      employment: 'not-working', income: 0, savings: 500, housing: 'rent-private', lives_alone: true,
      receiving: [],
    },
    likely: ['universal-credit', 'uc-housing-element', 'nhs-help-with-health-costs'],
    possible: [
      'pip', 'uc-lcwra-element', 'new-style-esa', 'blue-badge', 'disabled-facilities-grant',
      'council-tax-reduction-england', 'crisis-and-resilience-fund',
    ],
    mustNot: [
      'attendance-allowance', 'housing-benefit', 'pension-credit-guarantee', 'winter-fuel-payment', 'child-benefit',
      'carers-allowance',
    ],
    escalation: { level: 'offer', reasons: ['disability-claim-help'] },
    why: 'PIP and the LCWRA element are assessed (PIP points, work capability assessment), so possible.',
  },
  {
    name: 'disabled adult, 38, gets PIP, works 16h, £220/week, social tenant (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 38, has_partner: false, children_count: 0,
      health_condition: true, daily_living_needs: true, mobility_needs: true, limits_work: 'limits',
      employment: 'employed', work_hours: 16, income: 220, savings: 1200, housing: 'rent-social', lives_alone: true,
      receiving: ['pip'],
    },
    likely: ['universal-credit', 'uc-housing-element', 'disabled-persons-railcard'],
    possible: [
      'blue-badge', 'motability-scheme', 'access-to-work', 'council-tax-reduction-wales', 'discretionary-housing-payment',
      'council-tax-disability-reduction',
    ],
    mustNot: [
      'attendance-allowance', 'pension-credit-guarantee', 'winter-fuel-payment', 'housing-benefit',
      'crisis-and-resilience-fund', 'council-tax-reduction-england', 'free-school-meals-england',
    ],
    escalation: null,
    why: 'UC ≈ £424.90 − 55% × (£953 − £427) ≈ £135/month + rent; PIP (any rate) gives the railcard; PIP is not counted as income.',
  },
  {
    name: 'carer, 52, caring 40h/week for her mother who gets AA, not working, renting privately (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 52, has_partner: false, children_count: 0,
      caring_hours: 40, cared_for_gets_disability_benefit: true,
      employment: 'not-working', income: 0, savings: 1500, housing: 'rent-private', lives_alone: true,
      receiving: [],
    },
    likely: ['carers-allowance', 'universal-credit', 'uc-carer-element', 'uc-housing-element', 'nhs-help-with-health-costs'],
    possible: ['council-tax-reduction-england'],
    mustNot: ['housing-benefit', 'pension-credit-guarantee', 'attendance-allowance', 'winter-fuel-payment', 'child-benefit'],
    escalation: { level: 'adviser', reasons: ['carer-severe-disability-trap'] },
    why: '35+ hours for someone on AA with no earnings: CA; UC adds the carer element; adviser because CA can cost the mother her severe disability addition.',
  },
  {
    name: 'carer, 45, caring 36h/week for father on PIP, earning £300/week, renting privately (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 45, has_partner: false, children_count: 0,
      caring_hours: 36, cared_for_gets_disability_benefit: true,
      employment: 'employed', work_hours: 24, income: 300, savings: 1000, housing: 'rent-private', lives_alone: true,
      receiving: [],
    },
    likely: ['universal-credit', 'uc-carer-element', 'uc-housing-element'],
    possible: ['council-tax-reduction-wales', 'discretionary-housing-payment'],
    mustNot: [
      'carers-allowance', 'housing-benefit', 'crisis-and-resilience-fund', 'council-tax-reduction-england',
      'pension-credit-guarantee', 'child-benefit',
    ],
    escalation: { level: 'adviser', reasons: ['carer-severe-disability-trap'] },
    why: 'Net earnings £300 > £204 limit, so no Carer\'s Allowance, but the UC carer element has no earnings limit: £424.90 + £209.34 − 55% × (£1,300 − £427) ≈ £154/month + rent.',
  },
  {
    name: 'legacy income-related ESA and PIP, 50, cannot work, social tenant (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 50, has_partner: false, children_count: 0,
      health_condition: true, daily_living_needs: true, mobility_needs: true, limits_work: 'cannot-work',
      employment: 'not-working', income: 140, savings: 800, housing: 'rent-social', lives_alone: true,
      receiving: ['income-related-esa', 'pip'],
    },
    likely: ['disabled-persons-railcard'],
    possible: ['blue-badge', 'motability-scheme', 'council-tax-reduction-england'],
    mustNot: ['attendance-allowance', 'pension-credit-guarantee', 'winter-fuel-payment', 'child-benefit', 'council-tax-reduction-wales'],
    escalation: { level: 'adviser', reasons: ['legacy-benefit'] },
    why: 'Income-related ESA should have migrated to UC by March 2026; a remaining award needs an adviser before any move.',
  },

  // ───────────────────────────── Pregnancy and young people ─────────────────────────────
  {
    name: 'pregnant, 19, on UC, no other children, social tenant (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 19, has_partner: false, children_count: 0, pregnant: true,
      employment: 'not-working', income: 80, savings: 0, housing: 'rent-social', lives_alone: true,
      receiving: ['universal-credit'],
    },
    likely: ['sure-start-maternity-grant', 'nhs-help-with-health-costs', 'free-prescriptions', 'free-nhs-dental-sight'],
    possible: ['healthy-start', 'council-tax-reduction-england', 'crisis-and-resilience-fund'],
    mustNot: [
      'pension-credit-guarantee', 'attendance-allowance', 'winter-fuel-payment', 'housing-benefit', 'tax-free-childcare',
      'free-school-meals-wales', 'ema-wales',
    ],
    escalation: null,
    why: 'UC and no other child under 16 → £500 SSMG; pregnancy gives free prescriptions and dental; Healthy Start also needs 10+ weeks (not asked).',
  },
  {
    name: 'pregnant, 17, living with family (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 17, has_partner: false, children_count: 0, pregnant: true,
      employment: 'not-working', income: 420, savings: 0, housing: 'living-with-family', lives_alone: false,
      receiving: [],
    },
    likely: ['free-prescriptions', 'free-nhs-dental-sight'],
    possible: ['healthy-start'],
    mustNot: [
      'pension-credit-guarantee', 'attendance-allowance', 'winter-fuel-payment', 'housing-benefit', 'ema-wales',
      'childcare-offer-wales', 'free-school-meals-wales',
    ],
    escalation: { level: 'adviser', reasons: ['under-18'] },
    why: 'Any pregnant woman under 18 gets Healthy Start without benefits (from 10 weeks); under 18 and pregnant gives free NHS dental and prescriptions.',
  },
  {
    name: 'student, 17, at college, living with family, household £350/week (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 17, has_partner: false, children_count: 0,
      employment: 'student', income: 350, savings: 0, housing: 'living-with-family', lives_alone: false,
      receiving: [],
    },
    likely: ['ema-wales'],
    possible: [],
    mustNot: [
      'bursary-16-19-england', 'pension-credit-guarantee', 'attendance-allowance', 'winter-fuel-payment',
      'free-school-meals-england', 'housing-benefit',
    ],
    escalation: { level: 'adviser', reasons: ['under-18', 'student'] },
    why: '16–18 in further education in Wales, household about £18,200/year take-home, under the £24,570 EMA limit.',
  },
  {
    name: 'full-time student, 20, renting privately, £120/week (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 20, has_partner: false, children_count: 0,
      employment: 'student', income: 120, savings: 500, housing: 'rent-private', lives_alone: true,
      receiving: [],
    },
    likely: [],
    possible: ['student-finance', 'council-tax-discounts'],
    mustNot: [
      'housing-benefit', 'pension-credit-guarantee', 'attendance-allowance', 'winter-fuel-payment', 'child-benefit',
      'healthy-start', 'free-school-meals-england', 'tax-free-childcare', 'ema-wales',
    ],
    escalation: { level: 'adviser', reasons: ['student'] },
    why: 'Students are mostly excluded from UC (exceptions need a child or disability); full-time students are disregarded for council tax.',
  },
  {
    name: 'student single parent, 24, child 3, social tenant (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 24, has_partner: false,
      children_count: 1, children_ages: [3], disabled_child: false,
      employment: 'student', income: 160, savings: 300, housing: 'rent-social', lives_alone: true,
      receiving: ['child-benefit'],
    },
    likely: [],
    possible: ['universal-credit', 'student-finance', 'childcare-offer-wales', 'council-tax-reduction-wales'],
    mustNot: [
      'funded-childcare-england', 'free-school-meals-england', 'crisis-and-resilience-fund', 'pension-credit-guarantee',
      'housing-benefit', 'winter-fuel-payment',
    ],
    escalation: { level: 'adviser', reasons: ['student'] },
    why: 'A student responsible for a child is an exception to the UC student rule; the Childcare Offer also covers parents in education or training.',
  },

  // ───────────────────────────── Bereavement ─────────────────────────────
  {
    name: 'widowed, 48, working £380/week, children 9 and 12, mortgage (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 48, has_partner: false,
      children_count: 2, children_ages: [9, 12], disabled_child: false, bereaved: true,
      employment: 'employed', work_hours: 30, income: 380, savings: 3000, housing: 'own-mortgage', lives_alone: true,
      receiving: ['child-benefit'],
    },
    likely: ['universal-credit', 'uc-child-element', 'free-school-meals-england'],
    possible: ['bereavement-support-payment', 'support-for-mortgage-interest', 'council-tax-reduction-england', 'council-tax-discounts'],
    mustNot: [
      'pension-credit-guarantee', 'winter-fuel-payment', 'healthy-start', 'sure-start-maternity-grant',
      'funded-childcare-england', 'free-school-meals-wales',
    ],
    escalation: { level: 'adviser', reasons: ['bereavement'] },
    why: 'BSP depends on the late spouse\'s NI record (higher rate with children); UC ≈ £1,080.72 − 55% × (£1,647 − £710) ≈ £565/month.',
  },
  {
    name: 'widow, 80, on Pension Credit, arranging her husband\'s funeral, social tenant (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 80, has_partner: false, children_count: 0,
      bereaved: true, arranging_funeral: true,
      employment: 'retired', income: 230, savings: 2000, housing: 'rent-social', lives_alone: true,
      receiving: ['state-pension', 'pension-credit-guarantee'],
    },
    likely: [
      'housing-benefit', 'council-tax-reduction-england', 'cold-weather-payment', 'warm-home-discount',
      'tv-licence-concession', 'winter-fuel-payment', 'free-nhs-dental-sight',
    ],
    possible: ['funeral-expenses-payment', 'council-tax-discounts'],
    mustNot: ['bereavement-support-payment', 'universal-credit', 'pip', 'child-benefit'],
    escalation: { level: 'adviser', reasons: ['bereavement'] },
    why: 'Pension Credit qualifies for a Funeral Expenses Payment (responsibility tests apply); BSP needs the survivor under SPA at the death.',
  },
  {
    name: 'single, 40, on UC, arranging a parent\'s funeral, social tenant (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 40, has_partner: false, children_count: 0,
      arranging_funeral: true,
      employment: 'not-working', income: 100, savings: 300, housing: 'rent-social', lives_alone: true,
      receiving: ['universal-credit'],
    },
    likely: ['council-tax-reduction-wales', 'nhs-help-with-health-costs'],
    possible: ['funeral-expenses-payment', 'discretionary-assistance-fund-wales'],
    mustNot: ['bereavement-support-payment', 'crisis-and-resilience-fund', 'council-tax-reduction-england', 'pension-credit-guarantee', 'housing-benefit'],
    escalation: null,
    why: 'A close relative on UC can get a Funeral Expenses Payment if nobody closer is responsible; BSP is only for a spouse or civil partner\'s death.',
  },

  // ───────────────────────────── Immigration status ─────────────────────────────
  {
    name: 'family with no recourse to public funds, 36 and 34, working, children 3 and 7 (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 36, has_partner: true, partner_age: 34,
      children_count: 2, children_ages: [3, 7], disabled_child: false,
      employment: 'employed', work_hours: 40, income: 350, savings: 1000, housing: 'rent-private', lives_alone: false,
      receiving: [], immigration_status: 'limited-leave-nrpf',
    },
    likely: [],
    possible: ['funded-childcare-england'],
    mustNot: [
      'universal-credit', 'child-benefit', 'housing-benefit', 'council-tax-reduction-england', 'pension-credit-guarantee',
      'pip', 'free-school-meals-wales',
    ],
    escalation: { level: 'adviser', reasons: ['immigration-status'] },
    why: 'UC, Child Benefit, HB and CTR are public funds; the universal 15 hours for a 3-year-old is not.',
  },
  {
    name: 'asylum seeker, 28, single, in asylum accommodation (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 28, has_partner: false, children_count: 0,
      employment: 'not-working', income: 49, savings: 0, housing: 'temporary-or-supported', lives_alone: false,
      receiving: [], immigration_status: 'asylum-seeker',
    },
    likely: [],
    possible: [],
    mustNot: [
      'universal-credit', 'housing-benefit', 'pip', 'pension-credit-guarantee', 'child-benefit',
      'council-tax-reduction-england', 'discretionary-assistance-fund-wales',
    ],
    escalation: { level: 'adviser', reasons: ['immigration-status', 'supported-or-temporary-accommodation'] },
    why: 'People subject to immigration control cannot claim public funds; support is Home Office asylum support.',
  },
  {
    name: 'EU worker with pre-settled status, 29, £330/week, renting privately (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 29, has_partner: false, children_count: 0,
      employment: 'employed', work_hours: 30, income: 330, savings: 800, housing: 'rent-private', lives_alone: true,
      receiving: [], immigration_status: 'pre-settled',
    },
    likely: [],
    possible: ['universal-credit'],
    mustNot: ['pension-credit-guarantee', 'child-benefit', 'housing-benefit', 'winter-fuel-payment', 'council-tax-reduction-wales'],
    escalation: { level: 'adviser', reasons: ['immigration-status'] },
    why: 'A worker with pre-settled status may have a right to reside for UC; depends on rent and on the right-to-reside test.',
  },

  // ───────────────────────────── Illness, injury and veterans ─────────────────────────────
  {
    name: 'terminally ill, 58, partner 56 earns £500/week, mortgage (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 58, has_partner: true, partner_age: 56, children_count: 0,
      health_condition: true, daily_living_needs: true, mobility_needs: true, limits_work: 'cannot-work',
      terminal_illness: true,
      employment: 'not-working', income: 500, savings: 5000, housing: 'own-mortgage', lives_alone: false,
      receiving: [],
    },
    likely: [],
    possible: ['pip', 'universal-credit', 'uc-lcwra-element', 'new-style-esa', 'blue-badge'],
    mustNot: ['attendance-allowance', 'pension-credit-guarantee', 'winter-fuel-payment', 'child-benefit', 'healthy-start'],
    escalation: { level: 'adviser', reasons: ['terminal-illness', 'disability-claim-help'] },
    why: 'Special rules fast-track PIP and the higher LCWRA (£429.80/month): £666.97 + £429.80 − 55% × (£2,167 − £710) ≈ £295/month UC.',
  },
  {
    name: 'veteran injured in service, 50, working, £450/week, mobility needs, mortgage (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 50, has_partner: false, children_count: 0,
      health_condition: true, mobility_needs: true, limits_work: 'limits', veteran_injury: true,
      employment: 'employed', work_hours: 37.5, income: 450, savings: 4000, housing: 'own-mortgage', lives_alone: true,
      receiving: [],
    },
    likely: [],
    possible: ['war-pension-and-afcs', 'armed-forces-independence-payment', 'pip', 'access-to-work', 'blue-badge'],
    mustNot: ['attendance-allowance', 'pension-credit-guarantee', 'winter-fuel-payment', 'child-benefit', 'healthy-start'],
    escalation: { level: 'offer', reasons: ['veteran-or-industrial-injury', 'disability-claim-help'] },
    why: 'War Pension (pre-2005 service) or AFCS (later) depend on service dates and assessment; AFIP needs a 50%+ Guaranteed Income Payment.',
  },
  {
    name: 'injured at work, 44, cannot work, no income, social tenant (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 44, has_partner: false, children_count: 0,
      health_condition: true, limits_work: 'cannot-work', work_injury: true,
      employment: 'not-working', income: 0, savings: 800, housing: 'rent-social', lives_alone: true,
      receiving: [],
    },
    likely: ['universal-credit', 'uc-housing-element', 'council-tax-reduction-wales', 'nhs-help-with-health-costs'],
    possible: ['industrial-injuries-disablement-benefit', 'uc-lcwra-element', 'new-style-esa', 'discretionary-assistance-fund-wales'],
    mustNot: [
      'crisis-and-resilience-fund', 'council-tax-reduction-england', 'free-school-meals-england', 'attendance-allowance',
      'pension-credit-guarantee', 'housing-benefit', 'winter-fuel-payment',
    ],
    escalation: { level: 'offer', reasons: ['veteran-or-industrial-injury'] },
    why: 'IIDB is assessed as % disablement (normally 14%+); not means-tested, so possible alongside UC.',
  },

  // ───────────────────────────── Housing crisis ─────────────────────────────
  {
    name: 'homeless, 34, single, no income (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 34, has_partner: false, children_count: 0,
      employment: 'not-working', income: 0, savings: 0, housing: 'homeless', lives_alone: true,
      receiving: [],
    },
    likely: ['universal-credit'],
    possible: ['crisis-and-resilience-fund', 'housing-benefit', 'nhs-help-with-health-costs'],
    mustNot: [
      'pension-credit-guarantee', 'attendance-allowance', 'winter-fuel-payment', 'child-benefit',
      'discretionary-assistance-fund-wales', 'council-tax-reduction-wales',
    ],
    escalation: { level: 'urgent', reasons: ['homeless'] },
    why: 'No fixed address does not bar UC; HB follows if the council places them in temporary accommodation.',
  },
  {
    name: 'single mother on UC, 26, child 1, in temporary accommodation (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 26, has_partner: false,
      children_count: 1, children_ages: [1], disabled_child: false,
      employment: 'not-working', income: 180, savings: 0, housing: 'temporary-or-supported', lives_alone: true,
      receiving: ['universal-credit', 'child-benefit'],
    },
    likely: [
      'housing-benefit', 'healthy-start', 'cold-weather-payment', 'nhs-help-with-health-costs', 'free-prescriptions',
      'free-nhs-dental-sight',
    ],
    possible: ['crisis-and-resilience-fund', 'council-tax-reduction-england'],
    mustNot: ['pension-credit-guarantee', 'tax-free-childcare', 'winter-fuel-payment', 'free-school-meals-wales', 'discretionary-assistance-fund-wales'],
    escalation: { level: 'adviser', reasons: ['supported-or-temporary-accommodation'] },
    why: 'Rent in temporary accommodation is met by HB (UC passports to maximum HB), not the UC housing element; UC, no earnings, child under 4/5.',
  },

  // ───────────────────────────── Outside England and Wales (redirect) ─────────────────────────────
  {
    name: 'single pensioner, 70, social tenant, £200/week (Scotland)',
    date: DATE,
    facts: {
      ...NONE, nation: 'scotland', age: 70, has_partner: false, children_count: 0,
      employment: 'retired', income: 200, savings: 2000, housing: 'rent-social', lives_alone: true,
      receiving: ['state-pension'],
    },
    likely: [],
    possible: [],
    mustNot: [
      'attendance-allowance', 'winter-fuel-payment', 'cold-weather-payment', 'council-tax-reduction-england',
      'council-tax-reduction-wales', 'crisis-and-resilience-fund', 'discretionary-assistance-fund-wales',
    ],
    escalation: { level: 'adviser', reasons: ['outside-england-wales'] },
    why: 'Scotland has Pension Age Disability Payment and Pension Age Winter Heating Payment instead; redirect to Social Security Scotland.',
  },
  {
    name: 'working couple, 35 and 33, children 2 and 6 (Northern Ireland)',
    date: DATE,
    facts: {
      ...NONE, nation: 'northern-ireland', age: 35, has_partner: true, partner_age: 33,
      children_count: 2, children_ages: [2, 6], disabled_child: false,
      employment: 'employed', work_hours: 37.5, income: 400, savings: 1000, housing: 'rent-private', lives_alone: false,
      receiving: [],
    },
    likely: [],
    possible: [],
    mustNot: [
      'free-school-meals-england', 'free-school-meals-wales', 'funded-childcare-england', 'childcare-offer-wales',
      'council-tax-reduction-england', 'council-tax-reduction-wales', 'crisis-and-resilience-fund',
      'discretionary-assistance-fund-wales', 'school-essentials-grant-wales',
    ],
    escalation: { level: 'adviser', reasons: ['outside-england-wales'] },
    why: 'Northern Ireland runs its own system (rates, not council tax); redirect to nidirect.',
  },
];
