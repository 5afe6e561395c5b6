/**
 * Opening statements as people type them (phone typing, lower case, little punctuation, UK wording),
 * each with exactly the facts that must be kept: `toEqual`, so an extra or wrong fact fails. Written
 * for the general ways people say their age, where they live, their work, income, partner,
 * children, immigration status and health; the traps must keep nothing, or nothing wrong.
 */
import { extractFacts } from '../../src/understanding/extractFacts';
import type { Facts } from '../../src/facts/facts';
import { ctx } from './specs';

type Case = [string, Partial<Facts>];

const said = (cases: Case[]) => test.each(cases)('%s', (text, facts) => expect(extractFacts(text, ctx)).toEqual(facts));

describe('ages: who is who only when it is said', () => {
  said([
    ['me and my husband are 68 and 66, both retired, we rent from the council',
      { age: 68, partner_age: 66, has_partner: true, employment: 'retired', housing: 'rent-social' }],
    ['me 45 my partner 47 three kids', { age: 45, partner_age: 47, has_partner: true, children_count: 3 }],
    ['Me 29, my boyfriend 31, expecting our first baby in March', { age: 29, partner_age: 31, has_partner: true, pregnant: true }],
    ['im a single mum, 27, with two kids aged 4 and 6', { has_partner: false, age: 27, children_count: 2, children_ages: [4, 6] }],
    ["I'm retired, 71, live on my own in a bungalow in Exeter",
      { employment: 'retired', age: 71, lives_alone: true, has_partner: false, nation: 'england' }],
    ['52, on my own, lost my job in the summer', { age: 52, employment: 'not-working' }],
    ['hi there, 33, single dad of one, working part time', { age: 33, has_partner: false, children_count: 1, employment: 'employed' }],
    ['im 40 on universal credit and looking for work', { age: 40, receiving: ['universal-credit'], employment: 'not-working' }],
    ['28 years old, just moved into a housing association flat in Newport', { age: 28, housing: 'rent-social' }],
    ['22 and pregnant, living with my mum and dad', { age: 22, pregnant: true, housing: 'living-with-family' }],
    ['Edinburgh. retired, 69', { nation: 'scotland', employment: 'retired', age: 69 }],
    ['terminally ill with cancer, 62', { terminal_illness: true, health_condition: true, age: 62 }],
    ['Cardiff. me 24, baby due in May, no job', { nation: 'wales', age: 24, pregnant: true, employment: 'not-working' }],
    // Traps: an order that does not say who is who, children's ages, hours, years, someone else's age.
    ["we're 67 and 64 and both get state pension", { receiving: ['state-pension'] }],
    ['my wife and I are 58 and 60, she works part time', { has_partner: true }],
    ['I have two kids, 9 and 12, and work 30 hours a week', { children_count: 2, children_ages: [9, 12], employment: 'employed', work_hours: 30 }],
    ['been in this flat for 20 years, the rent is £600 a month', {}],
    ['I work 45 hours a week in a warehouse', { employment: 'employed', work_hours: 45 }],
    ['my son, 19, lives with me and is unemployed', {}],
    ['I care for my dad, 84, he has dementia', {}],
    ['Barry, 45, out of work', { age: 45, employment: 'not-working' }],
    ["19, 20, 21 are my kids' ages", {}],
    ['3 bed house, 2 kids, 40 hours a week', { children_count: 2 }],
    ['hi, 30 mins ago my landlord served notice', {}],
  ]);
});

describe('nation: where the person lives, not where they were born or their family lives', () => {
  said([
    ['renting privately in Swansea with my partner', { housing: 'rent-private', nation: 'wales', has_partner: true }],
    ['council house in Leeds, 3 kids', { housing: 'rent-social', nation: 'england', children_count: 3 }],
    ['hiya, 36, 2 kids 7 and 9, renting privately in Wrexham, work 25 hours',
      { age: 36, children_count: 2, children_ages: [7, 9], housing: 'rent-private', nation: 'wales', employment: 'employed', work_hours: 25 }],
    ['Belfast here, working full time', { nation: 'northern-ireland', employment: 'employed' }],
    // Traps.
    ['housing association flat in Bangor', { housing: 'rent-social' }],
    ['I was born in Cardiff but I live in Bristol now', { nation: 'england' }],
    ['my mum lives in Glasgow and I rent privately', { housing: 'rent-private' }],
    ['moved from Belfast last year, now in a council flat', { housing: 'rent-social' }],
    ['at uni in Cardiff, living with my parents', { employment: 'student', housing: 'living-with-family' }],
    ["my mum's house in Swansea is where I grew up", {}],
    ['I grew up in Cardiff', {}],
    ['grew up in a council house in Cardiff, now renting privately', { housing: 'rent-private' }],
    ['I stay at my mums house in Leeds', { housing: 'living-with-family' }],
  ]);
});

describe('work: status and hours of the person only', () => {
  said([
    ['not working at the moment, no income', { employment: 'not-working', income: 0 }],
    ['Im self employed plumber, work about 50 hours a week', { employment: 'self-employed', work_hours: 50 }],
    ['I work 16 hours at Tesco and my husband works full time', { employment: 'employed', work_hours: 16, has_partner: true }],
    ['still working full time but the money doesnt stretch', { employment: 'employed' }],
    ['work 37.5 hours, take home £1,800 a month', { employment: 'employed', work_hours: 37.5, income: 415.38 }],
    ["I'm a full time student at uni", { employment: 'student' }],
    ['im 58 and not working since my operation', { age: 58, employment: 'not-working' }],
    // Traps: a question, a limit on when, the partner's hours, the past, two statuses.
    ['if I work 16 hours will I lose my UC?', {}],
    ["I can't work weekends because of childcare", {}],
    ['my partner works 40 hours, I stay at home with the kids', { has_partner: true, employment: 'not-working' }],
    ['I used to work 40 hours but got made redundant', { employment: 'not-working' }],
    ["I'm employed part time and self-employed at weekends", {}],
    ['The boiler is 15 years old and my heating is not working', {}],
    ['I work at the hospital', { employment: 'employed' }],
  ]);
});

describe('income: the household take-home, never one earner when both work', () => {
  said([
    ['we bring home about £2,100 a month between us', { income: 484.62 }],
    ["partner earns £350 a week, I don't work", { income: 350, employment: 'not-working' }],
    ['I make about £900 a month cleaning', { income: 207.69 }],
    ["I'm a carer for my son and have no income", { income: 0 }],
    ['single, no income, sofa surfing', { has_partner: false, income: 0, housing: 'homeless' }],
    ["Me 61 and my wife 59, I get £180 a week pension and she doesn't work", { age: 61, partner_age: 59, has_partner: true, income: 180 }],
    // Traps: the other earner works too, costs, child benefit, amounts each.
    ['I earn £300 a week and my wife works part time', { has_partner: true }],
    ['rent is £750 a month and council tax £150', {}],
    ['we get £90 a week child benefit', { receiving: ['child-benefit'] }],
    ['my husband brings home £400 a week and I work part time', { has_partner: true, employment: 'employed' }],
    ['we get £200 a week each from our pensions', {}],
    ["£300 a week pension, plus my wife's £150", { has_partner: true }],
    ['my husband gets £300 a week, I get £80', { has_partner: true }],
  ]);
});

describe('partner and children', () => {
  said([
    ['28, single, no kids, work full time', { age: 28, has_partner: false, children_count: 0, employment: 'employed' }],
    ["I'm single and live in a shared house", { has_partner: false }],
    ["kids 5, 8 and 11, I'm on my own with them", { children_count: 3, children_ages: [5, 8, 11] }],
    ['my 2 year old and me live with my nan', { children_count: 1, children_ages: [2], housing: 'living-with-family' }],
    ['mum of 3 (1, 4 and 9), partner works nights', { children_count: 3, children_ages: [1, 4, 9] }],
    ['two children 6 and 10, both at school', { children_count: 2, children_ages: [6, 10] }],
    ['my kids are 4 and 11', { children_count: 2, children_ages: [4, 11] }],
    ["my kids are 25 and 28 and don't live with me", {}],
    // Traps: "single" that is not a status; children not the person's; numbers that are not ages.
    ['I rent a single room in a shared house', {}],
    ['do I get the single person discount on council tax', {}],
    ['I have the kids 3 days a week', {}],
    ['my grandkids 4 and 7 stay at weekends', {}],
    ['my sister has 2 kids aged 3 and 5', {}],
    ['my 10 year old car broke down', {}],
  ]);
});

describe('immigration status', () => {
  said([
    ['I have settled status and work in a care home', { immigration_status: 'settled' }],
    ['EU national, pre-settled status, looking for work', { immigration_status: 'pre-settled', employment: 'not-working' }],
    ['we came here and got refugee status last year', { immigration_status: 'refugee' }],
    ["I'm seeking asylum and live in a hotel", { immigration_status: 'asylum-seeker' }],
    ['I have indefinite leave to remain', { immigration_status: 'settled' }],
    ['on a spouse visa with NRPF', { immigration_status: 'limited-leave-nrpf' }],
    // Traps.
    ["I applied for settled status but haven't heard back", {}],
    ["I'm not sure I can keep up with the rent", {}],
    ['I volunteer with refugees at a food bank', {}],
    ['my wife is on a spouse visa', { has_partner: true }],
  ]);
});

describe('health: the person, not negated, not someone else', () => {
  said([
    ["my health is really bad and I can't work because of it", { health_condition: true, limits_work: 'cannot-work', employment: 'not-working' }],
    ['I struggle getting around and need help with washing and dressing', { mobility_needs: true, daily_living_needs: true, health_condition: true }],
    ['I was injured in the army and now have PTSD', { veteran_injury: true, health_condition: true }],
    ["hurt my back at work two years ago and can't work since", { work_injury: true, limits_work: 'cannot-work', health_condition: true, employment: 'not-working' }],
    ["I can't walk very far and use a stick", { mobility_needs: true, health_condition: true }],
    ['my condition limits what I can do so I only work part time', { limits_work: 'limits', health_condition: true }],
    ['the doctors have given me 6 months to live', { terminal_illness: true, health_condition: true }],
    ['cooking and getting dressed are really hard now', { daily_living_needs: true, health_condition: true }],
    ['my husband is in hospital and I am 80', { has_partner: true, in_hospital_or_care: true, age: 80 }],
    // Traps.
    ["I'm not disabled and have no health problems", {}],
    ['my mum struggles with washing and dressing', {}],
    ['my dad is terminally ill and I look after him', {}],
    ['the doctor said I have 2 years to live', {}],
    ['I struggle with washing the dishes since I broke my wrist', {}],
    ['he was injured at work', {}],
    ['I was in hospital last year', {}],
    ['I help my gran with her cooking and washing', {}],
    ["can't afford to eat properly", {}],
    ['no disability or health problems', {}],
    ["I'm struggling to wash and dress my son who is disabled", {}],
    ['I care for my disabled mum', {}],
    ['I might be terminally ill, waiting for results', {}],
    ['I look after my mum who has dementia and I have anxiety', { health_condition: true }],
    ["cant work at the moment, waiting for an operation", { employment: 'not-working' }],
    ["I can't work nights", {}],
  ]);
});

describe('a bare number answers the question asked, not the age', () => {
  test.each<[string, string | undefined, Partial<Facts>]>([
    ['25, not working', undefined, { age: 25, employment: 'not-working' }],
    ['35, mostly weekends', 'caring_hours', {}],
    ['37, monday to friday', 'work_hours', {}],
    ['ex army, 50, injured in service', 'income', { veteran_injury: true }],
    ['45, work full time', 'age', { age: 45, employment: 'employed' }],
    ['42', undefined, {}],
  ])('%s (asked %s)', (text, question, facts) => expect(extractFacts(text, { ...ctx, question })).toEqual(facts));
});
