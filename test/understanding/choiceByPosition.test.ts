/**
 * `positionOf` asks the number and ordinal recognizers only about text that may hold a number or an
 * ordinal (`MAY_HOLD_POSITION`). The skip must be conservative: wherever it skips, both recognizers
 * find nothing. Checked on every test text (whole, and cut into the pieces a list reply is read in),
 * the recognizer's own words alone and with everyday words, and random mixes.
 */
import { MAY_HOLD_POSITION, positionsIn } from '../../src/understanding/choiceByPosition';
import { normalise } from '../../src/understanding/normalise';
import { numbersIn, ordinalsIn } from '../../src/understanding/recognise';
import { gluedTexts, RECOGNIZER_WORDS, testLiterals } from './replyCorpus';

const EVERYDAY = ['a', 'the', 'one', 'and', 'of', 'to', 'but', 'before', 'is', 'my', 'it', 'option', 'number', 'please', 'yes', 'no'];

describe('positions: skipping the recognizers', () => {
  it('skips only text in which neither recognizer finds anything', () => {
    const literals = testLiterals().map(normalise).filter((t) => t.length > 0 && t.length <= 200);
    const pieces = literals.flatMap((t) => t.split(/\s*(?:,|\band\b|&|\+|\bplus\b)\s*/));
    const words = RECOGNIZER_WORDS.flatMap((w) => [w, ...EVERYDAY.flatMap((e) => [`${e} ${w}`, `${w} ${e}`])]);
    const pairs = RECOGNIZER_WORDS.flatMap((a) => RECOGNIZER_WORDS.slice(0, 40).map((b) => `${a} ${b}`));
    const texts = [...new Set([...literals, ...pieces, ...words, ...pairs, ...gluedTexts(20000, 31)])];
    const skipped = texts.filter((t) => !MAY_HOLD_POSITION.test(t));
    const found = skipped.filter((t) => ordinalsIn(t).length > 0 || numbersIn(t).length > 0);
    expect(found).toEqual([]);
    expect(skipped.length).toBeGreaterThan(5000);
  });
  it('skips the choice titles people answer with', () => {
    for (const t of ['universal credit', 'state pension', 'renting from a private landlord', 'personal independence payment']) {
      expect(MAY_HOLD_POSITION.test(t)).toBe(false);
    }
  });
  it.each([
    ['2', [2]], ['the second one', [2]], ['1 and 3', [1, 3]], ['first and third', [1, 3]], ['the last one', [-1]], ['option two', [2]],
    ['the twelfth', [12]], ['universal credit', undefined], ['1 and pip', undefined],
  ])('%s → %j', (text, expected) => {
    expect(positionsIn(text)).toEqual(expected);
  });
});
