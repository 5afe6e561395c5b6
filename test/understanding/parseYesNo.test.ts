import { parseAnswer } from '../../src/understanding/parseAnswer';
import { ctx, specs } from './specs';

const read = (text: string) => parseAnswer(specs.consent, text, ctx);

describe('parseYesNo: yes', () => {
  test.each(['yes', 'Yes.', 'yeah', 'yep', 'y', 'Y', 'sure', 'correct', 'I do', 'I am', "that's right", 'that’s right', 'yes please',
    'of course', 'absolutely', 'ok', 'erm yes', 'Yes, I live with my wife', 'yes I do', 'aye', 'I have'])('%p → true', (text) => {
    expect(read(text)).toEqual({ ok: true, value: true });
  });
});

describe('parseYesNo: no', () => {
  test.each(['no', 'No.', 'nope', 'Nope!', 'n', 'nah', "no I don't", 'not really', "I'm not", 'I am not', 'never', 'No, never',
    'absolutely not', "I don't have one", "I haven't", 'not at all'])('%p → false', (text) => {
    expect(read(text)).toEqual({ ok: true, value: false });
  });
});

describe('parseYesNo: not understood or ambiguous', () => {
  test.each([
    ['maybe', 'not-understood'], ["don't know", 'not-understood'], ['not sure', 'not-understood'], ['I think so', 'not-understood'],
    ['dunno', 'not-understood'], ["I'm single", 'not-understood'], ['blue', 'not-understood'], ['', 'not-understood'],
    ['yes and no', 'ambiguous'], ['no I do', 'ambiguous'], ['yeah no', 'ambiguous'],
  ])('%p → %s', (text, error) => {
    expect(read(text)).toEqual({ ok: false, error });
  });
});
