import { extractFacts } from '../../src/understanding/extractFacts';
import type { Facts } from '../../src/facts/facts';
import { ctx } from './specs';

describe('extractFacts: what was said', () => {
  test.each<[string, Partial<Facts>]>([
    ["I'm 74, my wife is 71, we rent privately and get about £360 a week in pensions",
      { age: 74, has_partner: true, partner_age: 71, housing: 'rent-private', income: 360 }],
    ['I live in Cardiff', { nation: 'wales' }],
    ["We're based in Manchester", { nation: 'england' }],
    ['single mum with 2 kids aged 3 and 7', { has_partner: false, children_count: 2, children_ages: [3, 7] }],
    ["I'm pregnant", { pregnant: true }],
    ["we're expecting a baby", { pregnant: true }],
    ["I'm not pregnant", { pregnant: false }],
    ['I care for my mum 40 hours a week', { caring_hours: 40 }],
    ['I look after my dad 24/7', { caring_hours: 168 }],
    ['I get PIP and universal credit', { receiving: ['pip', 'universal-credit'] }],
    ["I'm on UC", { receiving: ['universal-credit'] }],
    ['I applied for PIP but I get UC', { receiving: ['universal-credit'] }],
    ["I'm on income related ESA and PIP", { receiving: ['income-related-esa', 'pip'] }],
    // Benefits someone else gets are not the household's; "she" after "my wife" is the partner.
    ['I care for my mum 40 hours a week, she gets attendance allowance', { caring_hours: 40 }],
    ['my wife is 71, she gets PIP', { has_partner: true, partner_age: 71, receiving: ['pip'] }],
    ['I work 18 hours a week for £180 and spend about 20 hours a week looking after my mum who gets PIP', { employment: 'employed', work_hours: 18, caring_hours: 20 }],
    ['Our 7 year old is autistic and gets DLA', {}],
    ['I get UC and PIP, I was on ESA before that', { receiving: ['universal-credit', 'pip'] }],
    ['I get my state pension and the savings credit part of pension credit', { receiving: ['state-pension', 'pension-credit-savings'] }],
    ['under £10k in the bank', {}],
    ['my husband is 42 and was a carer for his dad until he died last year', { has_partner: true, partner_age: 42 }],
    // Paying for a funeral: said of the person themselves.
    ['my mum died and im the one sorting the funeral', { arranging_funeral: true }],
    ['My husband passed away last week and I have to pay for the funeral', { bereaved: true, has_partner: false, arranging_funeral: true }],
    ['my brother is paying for the funeral', {}],
    ["I don't have to pay for the funeral", {}],
    ["I'm self-employed", { employment: 'self-employed' }],
    ["I'm a student", { employment: 'student' }],
    ["I'm 19", { age: 19 }],
    ["I'm a 67 year old widow", { age: 67 }],
    ['I have savings of £20,000', { savings: 20000 }],
    ['about 5k saved', { savings: 5000 }],
    ['I have no savings', { savings: 0 }],
    ['We get £800 a month from work', { income: 184.62 }],
    ['my husband died last year', { bereaved: true, has_partner: false }],
    ["I'm disabled", { health_condition: true }],
    ['I have a long-term illness', { health_condition: true }],
    ['I live with my mum', { housing: 'living-with-family' }],
    ['twins aged 5', { children_count: 2, children_ages: [5, 5] }],
    ['I have a 3 year old and a 7 year old', { children_count: 2, children_ages: [3, 7] }],
    ["I live alone and I'm retired", { has_partner: false, lives_alone: true, employment: 'retired' }],
    ["I'm 30 and my partner is 28, we have no kids", { age: 30, partner_age: 28, has_partner: true, children_count: 0 }],
    ['I get council tax reduction and I live in Swansea', { nation: 'wales', receiving: ['council-tax-reduction-wales'] }],
  ])('%p', (text, facts) => {
    expect(extractFacts(text, ctx)).toEqual(facts);
  });
});

describe('extractFacts: nothing inferred that was not said', () => {
  test.each<[string, Partial<Facts>]>([
    ['my son is unemployed', {}],
    ['my sister has 3 kids', {}],
    ["I'm 5 months pregnant", { pregnant: true }],
    ["I'm 74 next week", {}],
    ["I don't get PIP", {}],
    ['my rent is £500 a month', {}],
    ["I'm from Glasgow", {}],
    ['my husband died 10 years ago', {}],
    ["I'm worried about money", {}],
    ['I earn £200 a week and my pension is £100 a week', {}],
    ['my kids are 22 and 25', {}],
    ['I care for my mum 8 hours a day', {}],
    ['I used to get DLA', {}],
    ["I'm not British", {}],
  ])('%p', (text, facts) => {
    expect(extractFacts(text, ctx)).toEqual(facts);
  });
});
