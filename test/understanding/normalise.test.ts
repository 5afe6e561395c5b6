/**
 * `normalise` takes a short cut for printable ASCII and '£'. It must give exactly what the full
 * clean-up gives: checked for every such character alone and in random strings, and on every test text.
 */
import { normalise, phraseKey } from '../../src/understanding/normalise';
import { seeded, testLiterals } from './replyCorpus';

/** The full clean-up, as `normalise` does it for any other text. */
function fullNormalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032`´]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/[^\p{L}\p{N}\p{P}\p{Zs}£$€+=<>|^~]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('normalise: the short cut for plain text', () => {
  const chars = [...Array.from({ length: 0x7f - 0x20 }, (_v, i) => String.fromCharCode(0x20 + i)), '£'];
  it('gives the full clean-up for every plain character, random plain strings and every test text', () => {
    const rnd = seeded(42);
    const random = Array.from({ length: 20000 }, () => Array.from({ length: Math.floor(rnd() * 12) }, () => chars[Math.floor(rnd() * chars.length)]).join(''));
    const texts = [...chars, ...chars.map((c) => `a${c}B ${c}`), ...random, ...testLiterals(), '', '   ', 'Don`t  SHOUT', '£180 A Week'];
    expect(texts.filter((t) => normalise(t) !== fullNormalise(t))).toEqual([]);
  });
});

describe('phraseKey: the short cut for lower-case letters, digits and spaces', () => {
  /** The full key, as `phraseKey` makes it for any other text. */
  function fullKey(text: string): string {
    return normalise(text)
      .replace(/'/g, '')
      .replace(/(\d),(?=\d{3}\b)/g, '$1')
      .replace(/\.(?!\d)|(?<!\d)\./g, ' | ')
      .replace(/[,;:!?()[\]{}"\n]/g, ' | ')
      .replace(/[^a-z0-9£&|.\p{L}]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
  it('gives the full key for random texts of letters, digits, spaces and marks, and every test text', () => {
    const chars = [...'abcXYZ019 \t\n', ..."'.,;:!?()£&|-_`"];
    const rnd = seeded(7);
    const random = Array.from({ length: 20000 }, () => Array.from({ length: Math.floor(rnd() * 14) }, () => chars[Math.floor(rnd() * chars.length)]).join(''));
    const texts = [...random, ...testLiterals(), '', ' ', 'no', 'British or Irish citizen', '  Two  spaces ', '1,000', 'é'];
    expect(texts.filter((t) => phraseKey(t) !== fullKey(t))).toEqual([]);
  });
});
