import { parseAnswer } from '../../src/understanding/parseAnswer';
import { ctx, specs } from './specs';

describe('parseMoney: income, normalised to a week', () => {
  test.each([
    ['£180 a week', 180], ['180 per week', 180], ['£200 weekly', 200], ['£180 pw', 180], ['180 quid a week', 180],
    ['a hundred and eighty pounds a week', 180], ['180', 180], ['about 800 a month', 184.62], ['£800 a month', 184.62],
    ['£800 pcm', 184.62], ['£20,000 a year', 384.62], ['£15k a year', 288.46], ['£1.2k a month', 276.92],
    ['£200 a fortnight', 100], ['£200 every two weeks', 100], ['£400 every 4 weeks', 100], ['£3.50 a week', 3.5],
    ['nothing', 0], ['none', 0], ['zero', 0], ['0', 0],
  ])('%p → %p', (text, value) => {
    expect(parseAnswer(specs.income, text, ctx)).toEqual({ ok: true, value });
  });
});

describe('parseMoney: savings, a lump sum', () => {
  test.each([
    ['£3,000', 3000], ['3k', 3000], ['about 3k', 3000], ['£15k', 15000], ['£1.2k', 1200], ['20 grand', 20000], ['£1.2m', 1200000],
    ['twenty thousand pounds', 20000], ['£5,000.50', 5000.5], ['about £3,000 in the bank', 3000], ['I have 3000 saved', 3000],
    ['nothing', 0], ['none', 0], ['no savings', 0], ['zero', 0], ['0', 0], ["I don't have any", 0],
  ])('%p → %p', (text, value) => {
    expect(parseAnswer(specs.savings, text, ctx)).toEqual({ ok: true, value });
  });
});

describe('parseMoney: refused', () => {
  test.each([
    [specs.income, '$200 a week', 'not-understood'], [specs.income, '200 euros', 'not-understood'], [specs.income, '200 or 300', 'ambiguous'],
    [specs.income, '£200-£300', 'ambiguous'], [specs.income, '£180 a week and £50 a month', 'ambiguous'], [specs.income, '£-5', 'out-of-range'],
    [specs.income, 'not sure', 'not-understood'], [specs.income, 'loads', 'not-understood'], [specs.savings, '£200 a month', 'not-understood'],
    [specs.savings, '£100,000,000', 'out-of-range'], [specs.savings, 'I owe £3,000', 'not-understood'], [specs.savings, '', 'not-understood'],
  ])('%#: %p', (spec, text, error) => {
    expect(parseAnswer(spec, text as string, ctx)).toEqual({ ok: false, error });
  });
});

test('a monthly spec converts weekly answers', () => {
  expect(parseAnswer({ fact: 'rent', kind: 'money', period: 'month' }, '£100 a week', ctx)).toEqual({ ok: true, value: 433.33 });
});
