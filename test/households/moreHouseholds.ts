/**
 * 25 more households for the expected-results table, written the same way as `households.ts` (see its
 * header for how `likely` / `possible` / `mustNot` / `escalation` are read) from the policy reference
 * `benefits-facts.md` (2026/27 rules) only, not from engine code. None repeats a household there.
 *
 * Extra 2026/27 figures used here: UC single under 25 £338.58/month, couple both under 25 £528.34;
 * UC disabled child addition (lower) £164.79/month; UC tariff income £4.35/month per £250 (or part)
 * over £6,000; PC child addition £69.98 (£81.07 first child born before 6 Apr 2017); Savings Credit
 * only for those reaching SPA before 6 Apr 2016, threshold £208.07 single / £329.75 couple; pension-age
 * HB and PC capital: £10,000 disregard, £1/week per £500 above; eFSM (Wales) UC net earnings
 * ≤ £7,400/year; Bereavement Support Payment normally nothing after 21 months. UC work allowance
 * (£427 / £710) only where the claimant is responsible for a child or has limited capability for work
 * (general UC rule, not spelled out in the reference card): childless earners taper from the first £1.
 */
import { DATE, NONE, type HouseholdCase } from './households';


export const MORE_HOUSEHOLDS: HouseholdCase[] = [
  // ───────────────────────────── Pension age and near it ─────────────────────────────
  {
    name: 'mixed-age couple, 70 and 64, renting privately, £140/week State Pension (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 70, has_partner: true, partner_age: 64, children_count: 0,
      employment: 'retired', income: 140, savings: 3000, housing: 'rent-private', lives_alone: false,
      receiving: ['state-pension'],
    },
    likely: ['universal-credit', 'uc-housing-element', 'winter-fuel-payment', 'concessionary-bus-pass', 'free-prescriptions'],
    possible: ['council-tax-reduction-england', 'nhs-help-with-health-costs'],
    mustNot: ['pension-credit-guarantee', 'housing-benefit', 'child-benefit', 'council-tax-reduction-wales'],
    escalation: { level: 'adviser', reasons: ['mixed-age-couple'] },
    why: 'The 64-year-old (SPA 67, in 2029) keeps the couple on UC: £666.97 − £606.67 pension ≈ £60/month + rent; the 70-year-old gets WFP, bus pass and free prescriptions (60+).',
  },
  {
    name: 'pensioner couple, 84 and 81, own outright, £180/week (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 84, has_partner: true, partner_age: 81, children_count: 0,
      employment: 'retired', income: 180, savings: 5000, housing: 'own-outright', lives_alone: false,
      receiving: ['state-pension'],
    },
    likely: [
      'pension-credit-guarantee', 'council-tax-reduction-england', 'warm-home-discount', 'cold-weather-payment',
      'tv-licence-concession', 'winter-fuel-payment', 'nhs-help-with-health-costs', 'free-nhs-dental-sight',
      'free-prescriptions', 'concessionary-bus-pass',
    ],
    possible: ['broadband-social-tariff'],
    mustNot: [
      'universal-credit', 'housing-benefit', 'support-for-mortgage-interest', 'pension-credit-savings', 'pip',
      'child-benefit', 'council-tax-reduction-wales',
    ],
    escalation: null,
    why: '£180 < £363.25 couple guarantee; 75+ with PC → free TV licence; Savings Credit is 60% of income above £329.75, and £180 is below it, so nil even though both reached SPA before 2016.',
  },
  {
    name: 'pensioner couple, 76 and 73, one gets AA, the other cares 40h/week, own outright, £330/week (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 76, has_partner: true, partner_age: 73, children_count: 0,
      caring_hours: 40, cared_for_gets_disability_benefit: true,
      employment: 'retired', income: 330, savings: 4000, housing: 'own-outright', lives_alone: false,
      receiving: ['state-pension', 'attendance-allowance'],
    },
    likely: [
      'pension-credit-guarantee', 'council-tax-reduction-wales', 'warm-home-discount', 'cold-weather-payment',
      'winter-fuel-payment', 'tv-licence-concession', 'nhs-help-with-health-costs', 'free-nhs-dental-sight',
      'concessionary-bus-pass',
    ],
    possible: [
      'carers-allowance', 'disabled-persons-railcard', 'council-tax-discounts', 'discretionary-assistance-fund-wales',
      'broadband-social-tariff',
    ],
    mustNot: [
      'universal-credit', 'housing-benefit', 'council-tax-reduction-england', 'crisis-and-resilience-fund', 'pip',
      'support-for-mortgage-interest', 'child-benefit',
    ],
    escalation: { level: 'adviser', reasons: ['carer-severe-disability-trap'] },
    why: '£330 < £363.25 couple guarantee even before the £48.15 carer addition (underlying CA entitlement; CA itself overlaps with State Pension); the 76-year-old licence holder gets a free TV licence.',
  },
  {
    name: 'single pensioner, 67, renting privately, £260/week, savings £11,000 (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 67, has_partner: false, children_count: 0,
      employment: 'retired', income: 260, savings: 11000, housing: 'rent-private', lives_alone: true,
      receiving: ['state-pension'],
    },
    likely: ['winter-fuel-payment', 'concessionary-bus-pass'],
    possible: ['housing-benefit', 'council-tax-reduction-wales', 'council-tax-discounts'],
    mustNot: [
      'pension-credit-guarantee', 'pension-credit-savings', 'universal-credit', 'cold-weather-payment',
      'council-tax-reduction-england', 'crisis-and-resilience-fund', 'child-benefit',
    ],
    escalation: null,
    why: '£260 + £2 tariff income = £262 > £238 with no possible additions, so no PC (and no CWP); pension-age HB tapers at 65% with £11,000 under its £16,000 limit; SPA reached in 2025, so no Savings Credit.',
  },
  {
    name: 'terminally ill single pensioner, 71, no AA yet, lives alone, social tenant, £250/week (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 71, has_partner: false, children_count: 0,
      health_condition: true, daily_living_needs: true, mobility_needs: true, terminal_illness: true,
      employment: 'retired', income: 250, savings: 3000, housing: 'rent-social', lives_alone: true,
      receiving: ['state-pension'],
    },
    likely: ['winter-fuel-payment', 'concessionary-bus-pass', 'free-prescriptions'],
    possible: [
      'attendance-allowance', 'pension-credit-guarantee', 'housing-benefit', 'council-tax-reduction-england',
      'blue-badge', 'council-tax-discounts', 'disabled-facilities-grant',
    ],
    mustNot: ['universal-credit', 'pip', 'pension-credit-savings', 'child-benefit', 'council-tax-reduction-wales'],
    escalation: { level: 'adviser', reasons: ['terminal-illness'] },
    why: 'Special rules: AA higher rate with no qualifying period; then £238 + £86.05 SDA = £324.05 > £250 → PC; PIP cannot be a new claim over SPA.',
  },
  {
    name: 'grandmother, 68, bringing up her grandchild aged 10, social tenant, £220/week (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 68, has_partner: false,
      children_count: 1, children_ages: [10], disabled_child: false,
      employment: 'retired', income: 220, savings: 1000, housing: 'rent-social', lives_alone: true,
      receiving: ['state-pension'],
    },
    likely: [
      'pension-credit-guarantee', 'child-benefit', 'housing-benefit', 'council-tax-reduction-england',
      'free-school-meals-england', 'warm-home-discount', 'cold-weather-payment', 'winter-fuel-payment',
      'nhs-help-with-health-costs', 'free-nhs-dental-sight', 'free-prescriptions', 'concessionary-bus-pass',
    ],
    possible: ['school-uniform-help-england', 'broadband-social-tariff'],
    mustNot: [
      'universal-credit', 'healthy-start', 'pension-credit-savings', 'tax-free-childcare', 'free-school-meals-wales',
    ],
    escalation: null,
    why: 'PC has child additions: £238 + £69.98 (or £81.07) > £220; PC guarantee is on the England FSM list; Healthy Start needs a child under 4; kinship care is not a contract fact, so no C16 escalation can be derived.',
  },
  {
    name: 'working pensioner, 68, part-time, £350/week with pension, owns outright (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 68, has_partner: false, children_count: 0,
      employment: 'employed', work_hours: 20, income: 350, savings: 6000, housing: 'own-outright', lives_alone: true,
      receiving: ['state-pension'],
    },
    likely: ['winter-fuel-payment', 'concessionary-bus-pass', 'free-prescriptions'],
    possible: ['council-tax-reduction-england', 'council-tax-discounts'],
    mustNot: [
      'universal-credit', 'pension-credit-guarantee', 'pension-credit-savings', 'housing-benefit', 'cold-weather-payment',
      'support-for-mortgage-interest', 'child-benefit',
    ],
    escalation: null,
    why: '£350 is far above £238 (no additions), so no PC or CWP; pensioner CTR tapers at 20% so a partial reduction is still possible; owner outright has no rent or mortgage.',
  },
  {
    name: 'EU pensioner with settled status, 70, social tenant, £200/week (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 70, has_partner: false, children_count: 0,
      employment: 'retired', income: 200, savings: 2000, housing: 'rent-social', lives_alone: true,
      receiving: ['state-pension'], immigration_status: 'settled',
    },
    likely: [
      'pension-credit-guarantee', 'housing-benefit', 'council-tax-reduction-wales', 'warm-home-discount',
      'cold-weather-payment', 'winter-fuel-payment', 'nhs-help-with-health-costs', 'free-nhs-dental-sight',
      'concessionary-bus-pass',
    ],
    possible: ['discretionary-assistance-fund-wales', 'broadband-social-tariff', 'council-tax-discounts'],
    mustNot: [
      'universal-credit', 'council-tax-reduction-england', 'crisis-and-resilience-fund', 'pension-credit-savings',
      'pip', 'child-benefit',
    ],
    escalation: null,
    why: 'Settled status gives full access to public funds and does not escalate (C1 names pre-settled, NRPF, asylum); £200 < £238.',
  },

  // ───────────────────────────── Working age: low income, savings, self-employment ─────────────────────────────
  {
    name: 'single, 59, small private pension £90/week, savings £7,000, social tenant (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 59, has_partner: false, children_count: 0,
      employment: 'not-working', income: 90, savings: 7000, housing: 'rent-social', lives_alone: true,
      receiving: [],
    },
    likely: ['universal-credit', 'uc-housing-element'],
    possible: ['council-tax-reduction-england', 'nhs-help-with-health-costs', 'free-prescriptions', 'council-tax-discounts'],
    mustNot: [
      'pension-credit-guarantee', 'housing-benefit', 'winter-fuel-payment', 'attendance-allowance', 'child-benefit',
      'council-tax-reduction-wales',
    ],
    escalation: null,
    why: 'UC £424.90 − £390 pension − £17.40 tariff (£1,000 over £6,000 = 4 × £4.35) ≈ £17.50/month + rent; £7,000 is nowhere near £16,000 and SPA (67) is 8 years off.',
  },
  {
    name: 'single, 40, not working, savings £16,500, renting privately (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 40, has_partner: false, children_count: 0,
      employment: 'not-working', income: 0, savings: 16500, housing: 'rent-private', lives_alone: true,
      receiving: [],
    },
    likely: [],
    possible: ['new-style-jsa', 'council-tax-discounts'],
    mustNot: [
      'universal-credit', 'uc-housing-element', 'housing-benefit', 'nhs-help-with-health-costs', 'help-to-save',
      'uc-budgeting-advance', 'pension-credit-guarantee', 'child-benefit', 'council-tax-reduction-wales',
    ],
    escalation: { level: 'offer', reasons: ['capital-near-limit'] },
    why: '£16,500 ≥ £16,000: no UC or NHS Low Income Scheme; New Style JSA is not means-tested; only £500 over the limit, so C13 (capital near limits, deprivation rules if spent down); working-age CTR left out (council schemes usually share the £16,000 limit).',
  },
  {
    name: 'self-employed single, 50, £250/week, mortgage (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 50, has_partner: false, children_count: 0,
      employment: 'self-employed', work_hours: 40, income: 250, savings: 2000, housing: 'own-mortgage', lives_alone: true,
      receiving: [],
    },
    likely: [],
    possible: ['council-tax-discounts'],
    mustNot: [
      'housing-benefit', 'uc-housing-element', 'pension-credit-guarantee', 'winter-fuel-payment', 'child-benefit',
      'council-tax-reduction-wales',
    ],
    escalation: { level: 'adviser', reasons: ['self-employed'] },
    why: 'No UC even on actual earnings: a single childless claimant without LCW has no work allowance, so £424.90 − 55% × £1,083 < 0 and an owner gets no housing element (so no SMI either); the MIF only lowers it further.',
  },
  {
    name: 'widow, 55, husband died 25 months ago, working part-time £220/week, social tenant (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 55, has_partner: false, children_count: 0,
      bereaved: false,
      employment: 'employed', work_hours: 20, income: 220, savings: 3000, housing: 'rent-social', lives_alone: true,
      receiving: [],
    },
    likely: ['universal-credit', 'uc-housing-element'],
    possible: ['council-tax-reduction-england', 'council-tax-discounts'],
    mustNot: [
      'bereavement-support-payment', 'pension-credit-guarantee', 'winter-fuel-payment', 'housing-benefit', 'child-benefit',
      'council-tax-reduction-wales',
    ],
    escalation: null,
    why: 'The death was more than 21 months ago (bereaved = no): BSP is normally nothing after 21 months; no work allowance (no child, no LCW): £424.90 − 55% × £953 ≈ −£99, so UC comes from the social rent.',
  },
  {
    name: 'care leaver, 22, working 16h £150/week, renting privately (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 22, has_partner: false, children_count: 0,
      employment: 'employed', work_hours: 16, income: 150, savings: 0, housing: 'rent-private', lives_alone: true,
      receiving: [],
    },
    likely: ['universal-credit', 'uc-housing-element'],
    possible: ['council-tax-reduction-england', 'council-tax-discounts', 'help-to-save', 'nhs-help-with-health-costs', 'crisis-and-resilience-fund'],
    mustNot: [
      'housing-benefit', 'pension-credit-guarantee', 'winter-fuel-payment', 'attendance-allowance', 'child-benefit',
      'council-tax-reduction-wales', 'ema-wales',
    ],
    escalation: null,
    why: 'UC under-25 £338.58 − 55% × £650 (no work allowance without a child or LCW) ≈ −£19, so UC through the rent (care leavers under 25 escape the shared rate); care-leaver status is not a contract fact, so no C10 escalation can be derived.',
  },
  {
    name: 'full-time student, 18, living with parents, household £400/week (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 18, has_partner: false, children_count: 0,
      employment: 'student', income: 400, savings: 0, housing: 'living-with-family', lives_alone: false,
      receiving: [],
    },
    likely: [],
    possible: ['bursary-16-19-england', 'student-finance', 'free-prescriptions', 'free-nhs-dental-sight'],
    mustNot: [
      'ema-wales', 'pension-credit-guarantee', 'winter-fuel-payment', 'attendance-allowance', 'housing-benefit',
      'council-tax-reduction-wales', 'free-school-meals-wales',
    ],
    escalation: { level: 'adviser', reasons: ['student'] },
    why: '18 in full-time education gets free prescriptions, dental and sight tests in England if the course qualifies (FE vs HE not asked); EMA is Wales only.',
  },

  // ───────────────────────────── Families ─────────────────────────────
  {
    name: 'working single parent, 34, three children 2, 5 and 8, £380/week, childcare costs, renting privately (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 34, has_partner: false,
      children_count: 3, children_ages: [2, 5, 8], disabled_child: false,
      employment: 'employed', work_hours: 30, income: 380, savings: 800, housing: 'rent-private', lives_alone: true,
      receiving: [],
    },
    likely: [
      'universal-credit', 'uc-child-element', 'uc-housing-element', 'child-benefit', 'free-school-meals-england',
      'funded-childcare-england',
    ],
    possible: ['uc-childcare-element', 'council-tax-reduction-england', 'council-tax-discounts', 'water-social-tariff'],
    mustNot: [
      'healthy-start', 'housing-benefit', 'pension-credit-guarantee', 'free-school-meals-wales', 'childcare-offer-wales',
      'winter-fuel-payment',
    ],
    escalation: null,
    why: 'UC £424.90 + 3 × £303.94 − 55% × (£1,647 − £427) ≈ £666/month + rent (no two-child limit from April 2026); every UC household gets FSM from Sept 2026; 2-year-old: working-parent 30 hours; pay £1,647/month > £408 so no Healthy Start.',
  },
  {
    name: 'couple on UC, 27 and 25, baby under one, not working, social tenants (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 27, has_partner: true, partner_age: 25,
      children_count: 1, children_ages: [0], disabled_child: false,
      employment: 'not-working', income: 250, savings: 200, housing: 'rent-social', lives_alone: false,
      receiving: ['universal-credit', 'child-benefit'],
    },
    likely: ['healthy-start', 'cold-weather-payment', 'nhs-help-with-health-costs', 'free-prescriptions', 'free-nhs-dental-sight'],
    possible: [
      'sure-start-maternity-grant', 'council-tax-reduction-england', 'warm-home-discount', 'broadband-social-tariff',
      'crisis-and-resilience-fund',
    ],
    mustNot: [
      'pension-credit-guarantee', 'winter-fuel-payment', 'housing-benefit', 'tax-free-childcare', 'free-school-meals-wales',
      'childcare-offer-wales', 'attendance-allowance',
    ],
    escalation: null,
    why: 'UC with no earnings: take-home pay £0 ≤ £408 (Healthy Start, child under 1 at £8.50) and ≤ £935 (NHS); CWP (UC, not working, child under 5); SSMG only if the baby is under 6 months; TFC excluded while on UC.',
  },
  {
    name: 'family of five, 38 and 36, one earner £420/week, child 7 gets DLA, children 3, 7 and 10, social tenants (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 38, has_partner: true, partner_age: 36,
      children_count: 3, children_ages: [3, 7, 10], disabled_child: true,
      employment: 'employed', work_hours: 37.5, income: 420, savings: 1500, housing: 'rent-social', lives_alone: false,
      receiving: ['child-benefit', 'dla-child'],
    },
    likely: [
      'universal-credit', 'uc-child-element', 'uc-disabled-child-addition', 'uc-housing-element',
      'free-school-meals-england', 'funded-childcare-england',
    ],
    possible: [
      'cold-weather-payment', 'disabled-persons-railcard', 'blue-badge', 'motability-scheme',
      'council-tax-reduction-england', 'council-tax-disability-reduction', 'disabled-facilities-grant', 'water-social-tariff',
    ],
    mustNot: [
      'healthy-start', 'housing-benefit', 'pension-credit-guarantee', 'free-school-meals-wales', 'childcare-offer-wales',
      'winter-fuel-payment',
    ],
    escalation: null,
    why: 'UC £666.97 + £351.88 + 2 × £303.94 + £164.79 (any DLA → lower disabled child addition) − 55% × (£1,820 − £427) ≈ £1,025/month + rent; universal 15 hours for the 3-year-old; pay > £408 so no Healthy Start.',
  },
  {
    name: 'single parent with pre-settled status, 30, working 25h £300/week, child 4, renting privately (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 30, has_partner: false,
      children_count: 1, children_ages: [4], disabled_child: false,
      employment: 'employed', work_hours: 25, income: 300, savings: 500, housing: 'rent-private', lives_alone: true,
      receiving: [], immigration_status: 'pre-settled',
    },
    likely: [],
    possible: ['universal-credit', 'child-benefit', 'funded-childcare-england', 'free-school-meals-england'],
    mustNot: [
      'pension-credit-guarantee', 'winter-fuel-payment', 'housing-benefit', 'free-school-meals-wales',
      'childcare-offer-wales', 'council-tax-reduction-wales',
    ],
    escalation: { level: 'adviser', reasons: ['immigration-status'] },
    why: 'A working EU national with pre-settled status may have a right to reside (UC, Child Benefit); funded childcare is not a public fund.',
  },
  {
    name: 'couple expecting their first baby, 24 and 22, one earner £200/week, renting privately (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 24, has_partner: true, partner_age: 22, children_count: 0, pregnant: true,
      employment: 'employed', work_hours: 16, income: 200, savings: 500, housing: 'rent-private', lives_alone: false,
      receiving: [],
    },
    likely: ['universal-credit', 'uc-housing-element', 'free-nhs-dental-sight'],
    possible: [
      'sure-start-maternity-grant', 'maternity-allowance', 'statutory-maternity-paternity-pay',
      'council-tax-reduction-wales', 'discretionary-assistance-fund-wales', 'discretionary-housing-payment',
    ],
    mustNot: [
      'healthy-start', 'pension-credit-guarantee', 'winter-fuel-payment', 'housing-benefit', 'free-school-meals-england',
      'crisis-and-resilience-fund', 'council-tax-reduction-england',
    ],
    escalation: null,
    why: 'UC couple both under 25 £528.34 − 55% × £867 (no work allowance before the baby arrives) ≈ £52/month + rent; pay £867/month > £408 and neither is under 18, so no Healthy Start; SSMG from 11 weeks before the due date; pregnancy → free NHS dental.',
  },
  {
    name: 'working couple, 40 and 40, £700/week, savings £9,000, children 8 and 12, mortgage (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 40, has_partner: true, partner_age: 40,
      children_count: 2, children_ages: [8, 12], disabled_child: false,
      employment: 'employed', work_hours: 37.5, income: 700, savings: 9000, housing: 'own-mortgage', lives_alone: false,
      receiving: [],
    },
    likely: ['child-benefit', 'free-school-meals-wales'],
    possible: ['tax-free-childcare'],
    mustNot: [
      'free-school-meals-england', 'funded-childcare-england', 'housing-benefit', 'uc-housing-element',
      'school-essentials-grant-wales', 'pension-credit-guarantee', 'crisis-and-resilience-fund', 'healthy-start',
      'winter-fuel-payment', 'council-tax-reduction-england',
    ],
    escalation: null,
    why: 'Universal primary free meals for the 8-year-old; earnings £36,400/yr > £7,400 eFSM limit so no School Essentials Grant; UC ≈ £1,322.79 − 55% × (£3,033 − £710) − £52.20 tariff < 0; no child under 4 or pregnancy.',
  },

  // ───────────────────────────── Disability, caring, NRPF ─────────────────────────────
  {
    name: 'carer, 45, caring 20h/week for her mother on PIP, working £180/week, social tenant (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 45, has_partner: false, children_count: 0,
      caring_hours: 20, cared_for_gets_disability_benefit: true,
      employment: 'employed', work_hours: 18, income: 180, savings: 1000, housing: 'rent-social', lives_alone: true,
      receiving: [],
    },
    likely: ['universal-credit', 'uc-housing-element'],
    possible: ['carers-credit', 'council-tax-reduction-wales', 'discretionary-housing-payment'],
    mustNot: [
      'carers-allowance', 'uc-carer-element', 'crisis-and-resilience-fund', 'council-tax-reduction-england',
      'housing-benefit', 'pension-credit-guarantee', 'child-benefit',
    ],
    escalation: null,
    why: 'CA and the UC carer element both need 35 hours; 20+ hours for someone on PIP daily living fits Carer\'s Credit; no CA means no severe-disability trap. UC £424.90 − 55% × £780 (no work allowance) ≈ −£4, so UC through the rent.',
  },
  {
    name: 'couple on UC, 45 and 44, she cares 40h/week for her husband who gets PIP, social tenants (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 45, has_partner: true, partner_age: 44, children_count: 0,
      caring_hours: 40, cared_for_gets_disability_benefit: true,
      employment: 'not-working', income: 200, savings: 500, housing: 'rent-social', lives_alone: false,
      receiving: ['universal-credit', 'pip'],
    },
    likely: ['carers-allowance', 'uc-carer-element', 'nhs-help-with-health-costs', 'free-prescriptions', 'free-nhs-dental-sight'],
    possible: [
      'disabled-persons-railcard', 'blue-badge', 'motability-scheme', 'council-tax-reduction-england',
      'warm-home-discount', 'broadband-social-tariff',
    ],
    mustNot: [
      'housing-benefit', 'pension-credit-guarantee', 'attendance-allowance', 'winter-fuel-payment', 'child-benefit',
      'council-tax-reduction-wales', 'free-school-meals-wales',
    ],
    escalation: { level: 'adviser', reasons: ['carer-severe-disability-trap'] },
    why: '35+ hours for someone on PIP daily living, no earnings: CA, and the UC carer element (the LCWRA exclusion is only for the same person); UC with pay £0 passports NHS costs; blue badge / Motability depend on the husband\'s PIP rates (not asked).',
  },
  {
    name: 'disabled adult with no recourse to public funds, 40, cannot work, renting privately (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 40, has_partner: false, children_count: 0,
      health_condition: true, daily_living_needs: true, mobility_needs: true, limits_work: 'cannot-work',
      employment: 'not-working', income: 0, savings: 0, housing: 'rent-private', lives_alone: true,
      receiving: [], immigration_status: 'limited-leave-nrpf',
    },
    likely: [],
    possible: ['new-style-esa'],
    mustNot: [
      'pip', 'universal-credit', 'uc-lcwra-element', 'housing-benefit', 'council-tax-reduction-wales',
      'discretionary-assistance-fund-wales', 'pension-credit-guarantee', 'crisis-and-resilience-fund', 'child-benefit',
    ],
    escalation: { level: 'adviser', reasons: ['immigration-status'] },
    why: 'PIP, UC, HB, CTR and local welfare payments (DAF) are public funds; New Style ESA is contributory, not a public fund.',
  },

  // ───────────────────────────── Young people and crisis ─────────────────────────────
  {
    name: 'homeless, 19, single, no income (Wales)',
    date: DATE,
    facts: {
      ...NONE, nation: 'wales', age: 19, has_partner: false, children_count: 0,
      employment: 'not-working', income: 0, savings: 0, housing: 'homeless', lives_alone: true,
      receiving: [],
    },
    likely: ['universal-credit'],
    possible: ['discretionary-assistance-fund-wales', 'housing-benefit', 'nhs-help-with-health-costs'],
    mustNot: [
      'crisis-and-resilience-fund', 'council-tax-reduction-england', 'pension-credit-guarantee', 'winter-fuel-payment',
      'child-benefit', 'attendance-allowance', 'bursary-16-19-england',
    ],
    escalation: { level: 'urgent', reasons: ['homeless'] },
    why: 'UC from 18 at the under-25 rate with no fixed address; DAF Emergency Assistance Payment needs no benefit; HB if placed in temporary accommodation.',
  },
  {
    name: 'single parent, 17, baby under one, living with family, no income (England)',
    date: DATE,
    facts: {
      ...NONE, nation: 'england', age: 17, has_partner: false,
      children_count: 1, children_ages: [0], disabled_child: false,
      employment: 'not-working', income: 0, savings: 0, housing: 'living-with-family', lives_alone: false,
      receiving: [],
    },
    likely: ['child-benefit', 'free-nhs-dental-sight'],
    possible: ['universal-credit', 'healthy-start', 'sure-start-maternity-grant', 'bursary-16-19-england', 'free-prescriptions'],
    mustNot: [
      'pension-credit-guarantee', 'winter-fuel-payment', 'housing-benefit', 'attendance-allowance', 'ema-wales',
      'free-school-meals-wales', 'childcare-offer-wales',
    ],
    escalation: { level: 'adviser', reasons: ['under-18'] },
    why: 'A 16–17-year-old responsible for a child can claim UC; under 18 → free NHS dental; Healthy Start without benefits is only for pregnant under-18s, otherwise via UC.',
  },
];
