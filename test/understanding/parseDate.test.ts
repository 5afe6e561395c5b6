import { parseAnswer } from '../../src/understanding/parseAnswer';
import { ctx, specs } from './specs';

const other = { fact: 'due_date', kind: 'date' as const };

describe('parseDate: understood (UK day-first)', () => {
  test.each([
    ['12/03/1960', '1960-03-12'], ['12.03.1960', '1960-03-12'], ['12-3-60', '1960-03-12'], ['12 March 1960', '1960-03-12'],
    ['March 12 1960', '1960-03-12'], ['12th of March 1960', '1960-03-12'], ['12th March, 1960', '1960-03-12'],
    ['March 12th, 1960', '1960-03-12'], ['12 mar 60', '1960-03-12'], ['1960-03-12', '1960-03-12'],
    ['the first of april 1960', '1960-04-01'], ['I was born on 3rd May 1948', '1948-05-03'], ['1/4/1960', '1960-04-01'],
  ])('%p → %s', (text, iso) => {
    expect(parseAnswer(specs.dob, text, ctx)).toEqual({ ok: true, value: iso });
  });
});

describe('parseDate: refused', () => {
  test.each([
    [specs.dob, '12-3-05', 'ambiguous'], [other, '12-3-60', 'ambiguous'], [specs.dob, '12/03/1960 or 13/03/1960', 'ambiguous'],
    [specs.dob, '31/02/1960', 'not-understood'], [specs.dob, '03/25/1960', 'not-understood'], [specs.dob, 'March 1960', 'not-understood'],
    [specs.dob, '1960', 'not-understood'], [specs.dob, '12 March', 'not-understood'], [specs.dob, "can't remember", 'not-understood'],
    [specs.dob, '12/03/2030', 'out-of-range'], [specs.dob, 'tomorrow', 'out-of-range'], [specs.dob, '1/1/1900', 'out-of-range'],
  ])('%#: %p', (spec, text, error) => {
    expect(parseAnswer(spec, text as string, ctx)).toEqual({ ok: false, error });
  });
});

test('future dates are fine when the fact is not a birth date', () => {
  expect(parseAnswer(other, '1 June 2027', ctx)).toEqual({ ok: true, value: '2027-06-01' });
});
