import { parseAnswer } from '../../src/understanding/parseAnswer';
import { ctx, specs } from './specs';

const read = (text: string) => parseAnswer(specs.childrenAges, text, ctx);

describe('parseNumbers: understood', () => {
  test.each([
    ['3 and 7', [3, 7]], ['3, 7 and 12', [3, 7, 12]], ['a 3 year old and a 7 year old', [3, 7]], ['twins aged 5', [5, 5]],
    ['triplets aged two', [2, 2, 2]], ['under one', [0]], ['a baby', [0]], ['6 months', [0]], ['18 months', [1]], ['6 weeks old', [0]],
    ['three and seven', [3, 7]], ['2 kids aged 3 and 7', [3, 7]], ['1 year and 6 months', [1]], ['two and a half and 6', [2, 6]],
    ['3,7', [3, 7]], ['5, 5', [5, 5]], ['my son is 4 and my daughter is 9', [4, 9]], ['newborn and 3', [0, 3]], ['none', []],
  ])('%p → %p', (text, value) => {
    expect(read(text)).toEqual({ ok: true, value });
  });
});

describe('parseNumbers: refused', () => {
  test.each([
    ['3 or 4', 'ambiguous'], ['25', 'out-of-range'], ['3 and 25', 'out-of-range'], ['dunno', 'not-understood'],
    ['some', 'not-understood'], ['', 'not-understood'], ['2.3', 'not-understood'],
  ])('%p → %s', (text, error) => {
    expect(read(text)).toEqual({ ok: false, error });
  });
});
