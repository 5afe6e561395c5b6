import { parseAnswer } from '../../src/understanding/parseAnswer';
import { ctx, specs } from './specs';

describe('parseNumber: understood', () => {
  test.each([
    [specs.age, '67', 67], [specs.age, 'sixty seven', 67], [specs.age, 'sixty-seven', 67], [specs.age, "I'm 67", 67],
    [specs.age, '67 years old', 67], [specs.age, 'I am about 35', 35], [specs.age, '67.', 67], [specs.age, 'a dozen', 12],
    [specs.caringHours, 'about 35 hours', 35], [specs.caringHours, '40 hours a week', 40], [specs.caringHours, '35 and a half', 35.5],
    [specs.caringHours, 'none', 0], [specs.caringHours, 'zero', 0], [specs.caringHours, 'nothing', 0], [specs.caringHours, 'no hours', 0],
    [specs.caringHours, '24/7', 168], [specs.childrenCount, 'three', 3], [specs.childrenCount, 'none', 0],
  ])('%#: %p', (spec, text, value) => {
    expect(parseAnswer(spec, text as string, ctx)).toEqual({ ok: true, value });
  });
});

describe('parseNumber: refused', () => {
  test.each([
    [specs.age, '121', 'out-of-range'], [specs.age, '-5', 'out-of-range'], [specs.age, 'I was born in 1960', 'out-of-range'],
    [specs.caringHours, '200', 'out-of-range'], [specs.age, '3 or 4', 'ambiguous'], [specs.age, 'between 60 and 70', 'ambiguous'],
    [specs.caringHours, '35-40', 'ambiguous'], [specs.age, "I'm 67 and my wife is 64", 'ambiguous'], [specs.age, 'old enough', 'not-understood'],
    [specs.age, "don't know", 'not-understood'], [specs.age, '35.5', 'not-understood'], [specs.caringHours, '8 hours a day', 'not-understood'],
    [specs.age, 'no', 'not-understood'], [specs.age, '', 'not-understood'],
  ])('%#: %p', (spec, text, error) => {
    expect(parseAnswer(spec, text as string, ctx)).toEqual({ ok: false, error });
  });
});

test('zero is out of range when min is above it', () => {
  expect(parseAnswer({ fact: 'x', kind: 'number', min: 1 }, 'none', ctx)).toEqual({ ok: false, error: 'out-of-range' });
});
