/**
 * Single-rule edge cases found by the independent household tables, as data: what must and must not
 * appear for a household at the edge of a rule.
 */
import type { Facts } from '../../src/facts/facts';
import { testEngine, TODAY } from '../support/knowledge';

const e = testEngine();

const CASES: [name: string, facts: Facts, present: Record<string, 'likely' | 'possible'>, absent: string[]][] = [
  ['single, 70, on Pension Credit: no free TV licence before 74 (no partner to be 75)',
    { nation: 'england', age: 70, has_partner: false, receiving: ['pension-credit-guarantee', 'state-pension'], housing: 'rent-social' },
    { 'pension-credit-guarantee': 'likely' }, ['tv-licence-concession']],
  ['couple on Pension Credit, partner 76: free TV licence',
    { nation: 'england', age: 72, has_partner: true, partner_age: 76, receiving: ['pension-credit-guarantee'], housing: 'rent-social' },
    { 'tv-licence-concession': 'likely' }, []],
  ['asylum seeker, not working: no New Style JSA (no right to work, no NI record)',
    { nation: 'england', age: 30, has_partner: false, employment: 'not-working', immigration_status: 'asylum-seeker', income: 49, savings: 0 },
    {}, ['new-style-jsa', 'universal-credit']],
  ['17, living alone, not in education: UC worth checking, no EMA, no council tax help',
    { nation: 'wales', age: 17, has_partner: false, children_count: 0, employment: 'not-working', income: 0, savings: 0, housing: 'rent-private', immigration_status: 'british-irish', receiving: [], health_condition: false },
    { 'universal-credit': 'possible' }, ['ema-wales', 'council-tax-reduction-wales', 'council-tax-discounts']],
  ['17, student living with parents on a low income: EMA',
    { nation: 'wales', age: 17, has_partner: false, employment: 'student', income: 300, savings: 0, housing: 'living-with-family', immigration_status: 'british-irish' },
    { 'ema-wales': 'likely' }, []],
];

describe.each(CASES)('%s', (_name, facts, present, absent) => {
  const o = e.evaluate(facts, TODAY);
  const by = new Map(o.signposts.map((s) => [s.benefit, s.likelihood]));
  it('gives what applies', () => {
    for (const [id, likelihood] of Object.entries(present)) expect([id, by.get(id)]).toEqual([id, likelihood]);
  });
  it('leaves out what does not', () => {
    expect(absent.filter((id) => by.has(id))).toEqual([]);
  });
});
