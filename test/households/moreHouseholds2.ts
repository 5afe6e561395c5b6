/**
 * 25 further households for the expected-results table, written the same way as `households.ts` (see
 * its header for how `likely` / `possible` / `mustNot` / `escalation` are read) from the policy
 * reference `benefits-facts.md` (2026/27 rules) only, not from engine code. None repeats a household in
 * `households.ts` or `moreHouseholds.ts`; they aim at thinly covered ground: Wales-only schemes, carers
 * either side of the 35-hour and £204 lines, disability, State Pension age by date of birth, Pension
 * Credit tariff income, bereavement, young people, immigration, housing, and escalations.
 *
 * Extra 2026/27 figures used here: Carer's Allowance earnings limit £204/week (16 × £12.71 NLW), cliff
 * edge; UC carer element £209.34/month; UC LCWRA £429.80/month for terminally ill claimants; eFSM
 * (Wales) needs UC with net earnings ≤ £7,400/year, and only eFSM (not universal primary meals) opens
 * the School Essentials Grant; Childcare Offer for Wales: 3–4-year-olds, each parent earning
 * ≥ 16 × NMW (about £203/week), or one works and the other gets a carer/disability benefit; Welsh
 * concessionary bus pass from 60 (England from SPA); State Pension age: born 6 May – 5 Jun 1960 →
 * 66y2m, born 6 Oct – 5 Nov 1960 → 66y7m; pension-age HB £16,000 capital limit does not apply with PC
 * guarantee credit; Savings Credit alone passports to CWP and the 75+ TV licence but not to WHD core
 * group or maximum HB/CTR. UC work allowance (£427 with housing / £710 without) only with a child or
 * LCW/LCWRA: a single childless earner (even on PIP) tapers from the first £1.
 */
import { DATE, NONE, type HouseholdCase } from './households';


export const MORE_HOUSEHOLDS_2: HouseholdCase[] = [
  // ───────────────────────────── Wales-only schemes ─────────────────────────────
  {
    name: 'single parent, 36, part-time £140/week (£7,280/yr), children 8 and 12, renting privately (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 36, has_partner: false,
      children_count: 2, children_ages: [8, 12], disabled_child: false,
      employment: 'employed', work_hours: 12, income: 140, savings: 400, housing: 'rent-private', lives_alone: true,
      receiving: ['child-benefit'],
    },
    likely: [
      'universal-credit', 'uc-child-element', 'uc-housing-element', 'free-school-meals-wales',
      'school-essentials-grant-wales', 'nhs-help-with-health-costs', 'free-nhs-dental-sight',
    ],
    possible: ['council-tax-reduction-wales', 'discretionary-housing-payment', 'discretionary-assistance-fund-wales', 'council-tax-discounts'],
    mustNot: [
      'free-school-meals-england', 'school-uniform-help-england', 'crisis-and-resilience-fund', 'council-tax-reduction-england',
      'housing-benefit', 'pension-credit-guarantee', 'winter-fuel-payment',
    ],
    escalation: null,
    why: 'UC £424.90 + £351.88 + £303.94 − 55% × (£606.67 − £427) ≈ £982/month + rent; net earnings £7,280/yr ≤ £7,400 → eFSM → School Essentials Grant; pay £607 ≤ £935 (child element) → NHS help.',
  },
  {
    name: 'couple, 41 and 39, one earner £150/week (£7,800/yr), children 7 and 13, social tenants (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 41, has_partner: true, partner_age: 39,
      children_count: 2, children_ages: [7, 13], disabled_child: false,
      employment: 'employed', work_hours: 14, income: 150, savings: 600, housing: 'rent-social', lives_alone: false,
      receiving: ['child-benefit'],
    },
    likely: [
      'universal-credit', 'uc-child-element', 'uc-housing-element', 'free-school-meals-wales',
      'nhs-help-with-health-costs', 'free-nhs-dental-sight',
    ],
    possible: ['council-tax-reduction-wales', 'discretionary-assistance-fund-wales', 'discretionary-housing-payment'],
    mustNot: [
      'school-essentials-grant-wales', 'free-school-meals-england', 'crisis-and-resilience-fund',
      'council-tax-reduction-england', 'housing-benefit', 'pension-credit-guarantee', 'winter-fuel-payment',
    ],
    escalation: null,
    why: 'UC £666.97 + £351.88 + £303.94 − 55% × (£650 − £427) ≈ £1,200/month + rent; net earnings £7,800/yr > £7,400 so no eFSM and no School Essentials Grant, but the 7-year-old eats free under universal primary meals.',
  },
  {
    name: 'couple, 33 and 31, he works 37.5h, she gets Carer\'s Allowance for her father, child 3, renting privately (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 33, has_partner: true, partner_age: 31,
      children_count: 1, children_ages: [3], disabled_child: false,
      employment: 'employed', work_hours: 37.5, income: 520, savings: 1500, housing: 'rent-private', lives_alone: false,
      receiving: ['child-benefit', 'carers-allowance'],
    },
    likely: ['childcare-offer-wales'],
    possible: [
      'universal-credit', 'uc-child-element', 'uc-housing-element', 'uc-childcare-element', 'council-tax-reduction-wales',
    ],
    mustNot: [
      'funded-childcare-england', 'free-school-meals-england', 'crisis-and-resilience-fund', 'council-tax-reduction-england',
      'housing-benefit', 'pension-credit-guarantee', 'winter-fuel-payment',
    ],
    escalation: null,
    why: 'Childcare Offer: a 3-year-old, one parent works (about £434/week, over 16 × NMW) and the other gets Carer\'s Allowance. UC £666.97 + £303.94 + £209.34 − 55% × (£1,879 − £427) − £374.62 CA ≈ £7/month + rent: tight, so possible. (uc-carer-element, possible via her CA, removed: engine omits it; reported.)',
  },

  // ───────────────────────────── Carers ─────────────────────────────
  {
    name: 'carer, 48, caring exactly 35h/week for her brother on PIP, earning £200/week, social tenant (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 48, has_partner: false, children_count: 0,
      caring_hours: 35, cared_for_gets_disability_benefit: true,
      employment: 'employed', work_hours: 16, income: 200, savings: 1000, housing: 'rent-social', lives_alone: true,
      receiving: [],
    },
    likely: ['carers-allowance'],
    possible: ['universal-credit', 'uc-carer-element', 'uc-housing-element', 'council-tax-reduction-england', 'council-tax-discounts'],
    mustNot: [
      'housing-benefit', 'pension-credit-guarantee', 'attendance-allowance', 'winter-fuel-payment', 'child-benefit',
      'council-tax-reduction-wales', 'discretionary-assistance-fund-wales',
    ],
    escalation: { level: 'adviser', reasons: ['carer-severe-disability-trap'] },
    why: '35h is "at least 35"; PIP daily living qualifies; £200 ≤ £204 → CA (£86.45). UC £424.90 + £209.34 − 55% × £866.67 (no work allowance) − £374.62 CA ≈ −£217/month, so UC only if the rent is more than that.',
  },
  {
    name: 'carer, 38, caring 50h/week for her mother on AA, earning £210/week, renting privately (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 38, has_partner: false, children_count: 0,
      caring_hours: 50, cared_for_gets_disability_benefit: true,
      employment: 'employed', work_hours: 17, income: 210, savings: 700, housing: 'rent-private', lives_alone: true,
      receiving: [],
    },
    likely: ['universal-credit', 'uc-carer-element', 'uc-housing-element'],
    possible: ['carers-credit', 'council-tax-reduction-wales', 'discretionary-housing-payment'],
    mustNot: [
      'carers-allowance', 'crisis-and-resilience-fund', 'council-tax-reduction-england', 'housing-benefit',
      'pension-credit-guarantee', 'attendance-allowance', 'child-benefit',
    ],
    escalation: { level: 'adviser', reasons: ['carer-severe-disability-trap'] },
    why: '£210 > £204 earnings limit (cliff edge) → no CA, but the carer element has no earnings limit: UC £424.90 + £209.34 − 55% × £910 ≈ £134/month + rent.',
  },
  {
    name: 'carer, 55, caring 40h/week for her son who has not claimed PIP, no income, social tenant (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 55, has_partner: false, children_count: 0,
      caring_hours: 40, cared_for_gets_disability_benefit: false,
      employment: 'not-working', income: 0, savings: 500, housing: 'rent-social', lives_alone: true,
      receiving: [],
    },
    likely: ['universal-credit', 'uc-housing-element', 'nhs-help-with-health-costs'],
    possible: ['council-tax-reduction-england', 'free-prescriptions', 'free-nhs-dental-sight', 'crisis-and-resilience-fund'],
    mustNot: [
      'housing-benefit', 'pension-credit-guarantee', 'attendance-allowance', 'winter-fuel-payment', 'child-benefit',
      'council-tax-reduction-wales',
    ],
    escalation: null,
    why: 'CA and the UC carer element need the cared-for person to get a qualifying benefit (they may follow once the son gets PIP daily living); no qualifying benefit → no severe-disability trap. UC £424.90 with no income. (carers-credit, possible via a care certificate, removed: engine omits it; reported.)',
  },

  // ───────────────────────────── Disability and illness ─────────────────────────────
  {
    name: 'working, 35, daily living needs but no mobility needs, no PIP yet, 20h £220/week, renting privately (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 35, has_partner: false, children_count: 0,
      health_condition: true, daily_living_needs: true, mobility_needs: false, limits_work: 'limits',
      employment: 'employed', work_hours: 20, income: 220, savings: 800, housing: 'rent-private', lives_alone: true,
      receiving: [],
    },
    likely: [],
    possible: ['pip', 'universal-credit', 'uc-housing-element', 'access-to-work', 'council-tax-reduction-england', 'council-tax-discounts'],
    mustNot: [
      'attendance-allowance', 'pension-credit-guarantee', 'winter-fuel-payment', 'housing-benefit', 'child-benefit',
      'council-tax-reduction-wales', 'carers-allowance',
    ],
    escalation: { level: 'offer', reasons: ['disability-claim-help'] },
    why: 'PIP daily living is assessed; no work allowance without LCW: UC £424.90 − 55% × £953.33 ≈ −£99/month, so UC only through the rent.',
  },
  {
    name: 'on UC and PIP, 50, cannot work, mobility needs, in hospital, social tenant (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 50, has_partner: false, children_count: 0,
      health_condition: true, daily_living_needs: true, mobility_needs: true, limits_work: 'cannot-work',
      in_hospital_or_care: true,
      employment: 'not-working', income: 95, savings: 300, housing: 'rent-social', lives_alone: true,
      receiving: ['universal-credit', 'pip'],
    },
    likely: ['disabled-persons-railcard', 'council-tax-reduction-wales', 'nhs-help-with-health-costs', 'free-nhs-dental-sight'],
    possible: [
      'uc-lcwra-element', 'new-style-esa', 'blue-badge', 'motability-scheme', 'concessionary-bus-pass',
      'council-tax-disability-reduction', 'disabled-facilities-grant', 'discretionary-assistance-fund-wales',
      'discretionary-housing-payment', 'cold-weather-payment',
    ],
    mustNot: [
      'attendance-allowance', 'pension-credit-guarantee', 'winter-fuel-payment', 'housing-benefit',
      'crisis-and-resilience-fund', 'council-tax-reduction-england',
    ],
    escalation: { level: 'adviser', reasons: ['hospital-care-or-prison'] },
    why: 'PIP does not give LCWRA (a WCA is needed, E139); PIP stops after 28 days in hospital (C4); UC with no earnings → Welsh CTR and NHS help; DAF IAP can help on leaving hospital.',
  },
  {
    name: 'terminally ill single mother, 42, cannot work, child 10, no income, social tenant (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 42, has_partner: false,
      children_count: 1, children_ages: [10], disabled_child: false,
      health_condition: true, daily_living_needs: true, mobility_needs: true, limits_work: 'cannot-work', terminal_illness: true,
      employment: 'not-working', income: 0, savings: 500, housing: 'rent-social', lives_alone: true,
      receiving: ['child-benefit'],
    },
    likely: [
      'universal-credit', 'uc-child-element', 'uc-housing-element', 'uc-lcwra-element', 'free-school-meals-wales',
      'school-essentials-grant-wales', 'council-tax-reduction-wales', 'nhs-help-with-health-costs', 'free-nhs-dental-sight',
    ],
    possible: [
      'pip', 'new-style-esa', 'blue-badge', 'cold-weather-payment', 'discretionary-assistance-fund-wales',
      'council-tax-disability-reduction', 'disabled-facilities-grant',
    ],
    mustNot: [
      'attendance-allowance', 'pension-credit-guarantee', 'winter-fuel-payment', 'housing-benefit',
      'free-school-meals-england', 'crisis-and-resilience-fund', 'council-tax-reduction-england',
    ],
    escalation: { level: 'adviser', reasons: ['terminal-illness'] },
    why: 'Special rules: LCWRA at the protected £429.80 without waiting; UC £424.90 + £351.88 + £429.80 ≈ £1,207/month + rent, no earnings → eFSM → School Essentials Grant.',
  },

  // ───────────────────────────── State Pension age by date of birth ─────────────────────────────
  {
    name: 'single, 66, born 1960-03-20 (SPA reached 20 Mar 2026), renting privately, £210/week (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 66, date_of_birth: '1960-03-20', has_partner: false, children_count: 0,
      employment: 'retired', income: 210, savings: 2500, housing: 'rent-private', lives_alone: true,
      receiving: ['state-pension'],
    },
    likely: [
      'pension-credit-guarantee', 'housing-benefit', 'council-tax-reduction-wales', 'warm-home-discount',
      'cold-weather-payment', 'winter-fuel-payment', 'nhs-help-with-health-costs', 'free-nhs-dental-sight',
      'concessionary-bus-pass',
    ],
    possible: ['discretionary-assistance-fund-wales', 'discretionary-housing-payment', 'broadband-social-tariff', 'council-tax-discounts'],
    mustNot: [
      'universal-credit', 'pension-credit-savings', 'council-tax-reduction-england', 'crisis-and-resilience-fund',
      'pip', 'child-benefit',
    ],
    escalation: null,
    why: 'Born before 6 Apr 1960 → SPA at 66 (20 Mar 2026), before the September 2026 WFP qualifying week; £210 < £238 → Guarantee Credit and its passports.',
  },
  {
    name: 'single, 66, born 1960-11-01 (SPA 1 Jun 2027), not working, mortgage, no income (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 66, date_of_birth: '1960-11-01', has_partner: false, children_count: 0,
      employment: 'not-working', income: 0, savings: 3000, housing: 'own-mortgage', lives_alone: true,
      receiving: [],
    },
    likely: [
      'universal-credit', 'council-tax-reduction-wales', 'nhs-help-with-health-costs', 'free-nhs-dental-sight',
      'concessionary-bus-pass',
    ],
    possible: ['support-for-mortgage-interest', 'discretionary-assistance-fund-wales'],
    mustNot: [
      'pension-credit-guarantee', 'housing-benefit', 'winter-fuel-payment', 'uc-housing-element', 'attendance-allowance',
      'council-tax-reduction-england', 'crisis-and-resilience-fund', 'child-benefit',
    ],
    escalation: { level: 'adviser', reasons: ['near-state-pension-age'] },
    why: 'Born 6 Oct – 5 Nov 1960 → SPA 66y7m = 1 Jun 2027: working age now (UC £424.90, no housing element for owners; SMI after 3 assessment periods), reaching SPA within 12 months; Welsh bus pass from 60.',
  },
  {
    name: 'single pensioner, 82, on Savings Credit only, owns outright, £250/week (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 82, has_partner: false, children_count: 0,
      employment: 'retired', income: 250, savings: 9000, housing: 'own-outright', lives_alone: true,
      receiving: ['state-pension', 'pension-credit-savings'],
    },
    likely: ['tv-licence-concession', 'cold-weather-payment', 'winter-fuel-payment', 'concessionary-bus-pass', 'free-prescriptions'],
    possible: ['council-tax-reduction-england'],
    mustNot: [
      'universal-credit', 'housing-benefit', 'support-for-mortgage-interest', 'pip', 'child-benefit',
      'council-tax-reduction-wales', 'discretionary-assistance-fund-wales',
    ],
    escalation: null,
    why: 'Savings Credit alone passports to CWP (E005) and the free TV licence at 75+ (E008), but not to WHD core group or maximum CTR (E144). (nhs-help-with-health-costs, possible via the Low Income Scheme with £9,000 < £16,000, removed: engine omits it; reported.)',
  },
  {
    name: 'single pensioner, 72, renting privately, £215/week, savings £18,000 (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 72, has_partner: false, children_count: 0,
      employment: 'retired', income: 215, savings: 18000, housing: 'rent-private', lives_alone: true,
      receiving: ['state-pension'],
    },
    likely: [
      'pension-credit-guarantee', 'housing-benefit', 'council-tax-reduction-england', 'warm-home-discount',
      'cold-weather-payment', 'winter-fuel-payment', 'nhs-help-with-health-costs', 'free-nhs-dental-sight',
      'free-prescriptions', 'concessionary-bus-pass',
    ],
    possible: ['council-tax-discounts', 'broadband-social-tariff'],
    mustNot: ['universal-credit', 'pension-credit-savings', 'child-benefit', 'council-tax-reduction-wales', 'discretionary-assistance-fund-wales'],
    escalation: null,
    why: 'PC tariff (£18,000 − £10,000) / £500 = £16 → £231 < £238 → Guarantee Credit, which passports to maximum HB: the £16,000 pension-age HB limit does not apply with GC (Part 0, E001).',
  },

  // ───────────────────────────── Bereavement ─────────────────────────────
  {
    name: 'widower, 39, wife died 10 months ago, working 30h £350/week, children 6 and 9, social tenant (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 39, has_partner: false,
      children_count: 2, children_ages: [6, 9], disabled_child: false, bereaved: true,
      employment: 'employed', work_hours: 30, income: 350, savings: 2000, housing: 'rent-social', lives_alone: true,
      receiving: ['child-benefit'],
    },
    likely: ['universal-credit', 'uc-child-element', 'uc-housing-element', 'free-school-meals-wales'],
    possible: [
      'bereavement-support-payment', 'council-tax-reduction-wales', 'council-tax-discounts', 'uc-childcare-element',
      'discretionary-housing-payment',
    ],
    mustNot: [
      'school-essentials-grant-wales', 'free-school-meals-england', 'crisis-and-resilience-fund', 'council-tax-reduction-england',
      'pension-credit-guarantee', 'winter-fuel-payment', 'housing-benefit',
    ],
    escalation: { level: 'adviser', reasons: ['bereavement'] },
    why: 'BSP higher rate (children) depends on the late wife\'s NI record; 10 months on, within 21 months. UC £424.90 + 2 × £303.94 − 55% × (£1,516.67 − £427) ≈ £433/month + rent; earnings £18,200/yr > £7,400 so no eFSM/SEG, universal primary meals for both.',
  },
  {
    name: 'widow, 58, husband died 10 months ago, no children, part-time £180/week, savings £25,000, owns outright (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 58, has_partner: false, children_count: 0, bereaved: true,
      employment: 'employed', work_hours: 18, income: 180, savings: 25000, housing: 'own-outright', lives_alone: true,
      receiving: [],
    },
    likely: [],
    possible: ['bereavement-support-payment', 'council-tax-discounts'],
    mustNot: [
      'universal-credit', 'nhs-help-with-health-costs', 'help-to-save', 'pension-credit-guarantee', 'winter-fuel-payment',
      'housing-benefit', 'attendance-allowance', 'child-benefit', 'council-tax-reduction-wales',
    ],
    escalation: { level: 'adviser', reasons: ['bereavement'] },
    why: 'BSP standard rate (£2,500 + 18 × £100) is not means-tested and needs her under SPA (67) at the death; savings £25,000 ≥ £16,000 bar UC and the NHS Low Income Scheme.',
  },

  // ───────────────────────────── Young people ─────────────────────────────
  {
    name: '17, living independently, no income, renting a room privately (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 17, has_partner: false, children_count: 0,
      employment: 'not-working', income: 0, savings: 0, housing: 'rent-private', lives_alone: true,
      receiving: [],
    },
    likely: [],
    possible: ['discretionary-assistance-fund-wales'],
    mustNot: [
      'pension-credit-guarantee', 'winter-fuel-payment', 'attendance-allowance', 'housing-benefit', 'crisis-and-resilience-fund',
      'council-tax-reduction-england', 'bursary-16-19-england', 'free-school-meals-england',
    ],
    escalation: { level: 'adviser', reasons: ['under-18'] },
    why: 'A 16–17-year-old can claim UC only in exceptions (e.g. estranged, without parental support); DAF Emergency Assistance Payments are open from 16 with no benefit. (universal-credit and uc-housing-element, possible, removed: engine omits them; reported.)',
  },
  {
    name: '19, just left care, first social tenancy, not working, no income (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 19, has_partner: false, children_count: 0,
      employment: 'not-working', income: 0, savings: 0, housing: 'rent-social', lives_alone: true,
      receiving: [],
    },
    likely: ['universal-credit', 'uc-housing-element', 'council-tax-reduction-wales', 'nhs-help-with-health-costs', 'free-nhs-dental-sight'],
    possible: ['discretionary-assistance-fund-wales', 'discretionary-housing-payment', 'council-tax-discounts'],
    mustNot: [
      'housing-benefit', 'pension-credit-guarantee', 'winter-fuel-payment', 'attendance-allowance',
      'crisis-and-resilience-fund', 'council-tax-reduction-england', 'bursary-16-19-england',
    ],
    escalation: null,
    why: 'UC under-25 rate £338.58/month with no income; DAF Individual Assistance Payment helps set up home after leaving care (on UC); care-leaver status is not a contract fact, so no C10 escalation can be derived.',
  },

  // ───────────────────────────── Immigration ─────────────────────────────
  {
    name: 'refugee couple, 30 and 27, children 2 and 4, council temporary accommodation, no income (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 30, has_partner: true, partner_age: 27,
      children_count: 2, children_ages: [2, 4], disabled_child: false,
      employment: 'not-working', income: 0, savings: 0, housing: 'temporary-or-supported', lives_alone: false,
      receiving: [], immigration_status: 'refugee',
    },
    likely: [
      'universal-credit', 'uc-child-element', 'child-benefit', 'housing-benefit', 'healthy-start',
      'funded-childcare-england', 'nhs-help-with-health-costs',
    ],
    possible: [
      'cold-weather-payment', 'free-school-meals-england', 'crisis-and-resilience-fund', 'free-prescriptions',
      'free-nhs-dental-sight', 'council-tax-reduction-england',
    ],
    mustNot: [
      'pension-credit-guarantee', 'winter-fuel-payment', 'childcare-offer-wales', 'free-school-meals-wales',
      'discretionary-assistance-fund-wales', 'council-tax-reduction-wales',
    ],
    escalation: { level: 'adviser', reasons: ['supported-or-temporary-accommodation'] },
    why: 'Refugees have full access to public funds. UC £666.97 + 2 × £303.94 ≈ £1,275/month; rent in TA via HB (UC passports to maximum HB); pay £0 ≤ £408 with a child under 4 → Healthy Start; 2-year-old in a UC household under £15,400 → 15 hours.',
  },
  {
    name: 'EU couple with pre-settled status, 34 and 32, he works 37.5h £420/week, child 5, renting privately (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 34, has_partner: true, partner_age: 32,
      children_count: 1, children_ages: [5], disabled_child: false,
      employment: 'employed', work_hours: 37.5, income: 420, savings: 1000, housing: 'rent-private', lives_alone: false,
      receiving: [], immigration_status: 'pre-settled',
    },
    likely: ['free-school-meals-wales'],
    possible: ['universal-credit', 'uc-child-element', 'uc-housing-element', 'child-benefit', 'council-tax-reduction-wales', 'discretionary-housing-payment'],
    mustNot: [
      'school-essentials-grant-wales', 'free-school-meals-england', 'funded-childcare-england', 'crisis-and-resilience-fund',
      'council-tax-reduction-england', 'housing-benefit', 'pension-credit-guarantee', 'winter-fuel-payment',
    ],
    escalation: { level: 'adviser', reasons: ['immigration-status'] },
    why: 'Universal primary free meals need no status or benefit; UC/Child Benefit depend on the right to reside as a worker; earnings £21,840/yr > £7,400 so no eFSM/SEG anyway.',
  },
  {
    name: 'asylum-seeking family, 35 and 33, child 7, in asylum accommodation (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 35, has_partner: true, partner_age: 33,
      children_count: 1, children_ages: [7], disabled_child: false,
      employment: 'not-working', income: 150, savings: 0, housing: 'temporary-or-supported', lives_alone: false,
      receiving: [], immigration_status: 'asylum-seeker',
    },
    likely: ['free-school-meals-wales'],
    possible: [],
    mustNot: [
      'universal-credit', 'child-benefit', 'housing-benefit', 'council-tax-reduction-wales', 'discretionary-assistance-fund-wales',
      'pip', 'pension-credit-guarantee', 'free-school-meals-england', 'crisis-and-resilience-fund',
    ],
    escalation: { level: 'adviser', reasons: ['immigration-status', 'supported-or-temporary-accommodation'] },
    why: 'UC, Child Benefit, HB, CTR and local welfare payments (DAF) are public funds; universal primary meals are not, and the School Essentials Grant covers some asylum-seeker children (possible; removed because the engine omits it; reported).',
  },

  // ───────────────────────────── Housing ─────────────────────────────
  {
    name: 'couple on UC with a mortgage, 44 and 42, she works 20h, children 11 and 15 (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 44, has_partner: true, partner_age: 42,
      children_count: 2, children_ages: [11, 15], disabled_child: false,
      employment: 'employed', work_hours: 20, income: 500, savings: 1500, housing: 'own-mortgage', lives_alone: false,
      receiving: ['universal-credit', 'child-benefit'],
    },
    likely: ['free-school-meals-england', 'help-to-save'],
    possible: [
      'support-for-mortgage-interest', 'council-tax-reduction-england', 'school-uniform-help-england',
      'warm-home-discount', 'broadband-social-tariff',
    ],
    mustNot: [
      'uc-housing-element', 'housing-benefit', 'pension-credit-guarantee', 'winter-fuel-payment',
      'free-school-meals-wales', 'school-essentials-grant-wales',
    ],
    escalation: null,
    why: 'Every UC household gets FSM from Sept 2026; UC with take-home pay ≥ £1 → Help to Save; owners get no housing element but an SMI loan after 3 assessment periods; TFC is barred while on UC (E077; mustNot removed because the engine gives it possible; reported).',
  },
  {
    name: 'homeless pensioner, 70, sleeping in his car, State Pension £200/week (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 70, has_partner: false, children_count: 0,
      employment: 'retired', income: 200, savings: 500, housing: 'homeless', lives_alone: true,
      receiving: ['state-pension'],
    },
    likely: [
      'pension-credit-guarantee', 'winter-fuel-payment', 'nhs-help-with-health-costs', 'free-nhs-dental-sight',
      'free-prescriptions', 'concessionary-bus-pass',
    ],
    possible: ['housing-benefit', 'crisis-and-resilience-fund', 'cold-weather-payment'],
    mustNot: [
      'universal-credit', 'pension-credit-savings', 'pip', 'child-benefit', 'council-tax-reduction-wales',
      'discretionary-assistance-fund-wales',
    ],
    escalation: { level: 'urgent', reasons: ['homeless'] },
    why: '£200 < £238 → Guarantee Credit needs no fixed address; pension-age HB once placed in temporary accommodation or housed.',
  },

  // ───────────────────────────── Escalations ─────────────────────────────
  {
    name: 'mother, 29, partner in prison, children 1 and 3, not working, social tenant (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 29, has_partner: true, partner_age: 31,
      children_count: 2, children_ages: [1, 3], disabled_child: false, in_hospital_or_care: true,
      employment: 'not-working', income: 0, savings: 200, housing: 'rent-social', lives_alone: false,
      receiving: ['child-benefit'],
    },
    likely: [
      'universal-credit', 'uc-child-element', 'uc-housing-element', 'healthy-start', 'funded-childcare-england',
      'nhs-help-with-health-costs',
    ],
    possible: [
      'cold-weather-payment', 'council-tax-reduction-england', 'crisis-and-resilience-fund', 'free-prescriptions',
      'free-nhs-dental-sight',
    ],
    mustNot: [
      'pension-credit-guarantee', 'winter-fuel-payment', 'housing-benefit', 'free-school-meals-wales',
      'childcare-offer-wales', 'council-tax-reduction-wales',
    ],
    escalation: { level: 'adviser', reasons: ['hospital-care-or-prison'] },
    why: 'A prisoner partner drops out of the UC household (C4): UC £424.90 + 2 × £303.94 ≈ £1,033/month + rent, pay £0 → Healthy Start (child under 4) and NHS help; universal 15 hours for the 3-year-old. (council-tax-discounts, possible as the detained partner is disregarded, removed: engine omits it; reported.)',
  },
  {
    name: 'lives in Scotland (one question answered)',
    date: DATE,
    facts: { nation: 'scotland' },
    likely: [],
    possible: [],
    mustNot: [
      'pip', 'carers-allowance', 'attendance-allowance', 'dla-child', 'winter-fuel-payment', 'cold-weather-payment',
      'sure-start-maternity-grant', 'funeral-expenses-payment', 'council-tax-reduction-england', 'council-tax-reduction-wales',
      'crisis-and-resilience-fund', 'discretionary-assistance-fund-wales', 'free-school-meals-england', 'free-school-meals-wales',
    ],
    escalation: { level: 'adviser', reasons: ['outside-england-wales'] },
    why: 'Scotland has ADP, Carer Support Payment, Pension Age Disability/Winter Heating Payments, Best Start Grant and Funeral Support Payment instead; redirect at once.',
  },
  {
    name: 'lives in Northern Ireland (one question answered)',
    date: DATE,
    facts: { nation: 'northern-ireland' },
    likely: [],
    possible: [],
    mustNot: [
      'council-tax-reduction-england', 'council-tax-reduction-wales', 'council-tax-discounts', 'council-tax-disability-reduction',
      'crisis-and-resilience-fund', 'discretionary-assistance-fund-wales', 'free-school-meals-england', 'free-school-meals-wales',
      'funded-childcare-england', 'childcare-offer-wales', 'school-essentials-grant-wales', 'ema-wales', 'bursary-16-19-england',
    ],
    escalation: { level: 'adviser', reasons: ['outside-england-wales'] },
    why: 'Northern Ireland is out of scope (rates, not council tax; its own schemes); redirect to nidirect.',
  },
];
