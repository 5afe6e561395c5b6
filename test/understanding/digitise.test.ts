/**
 * `digitise` skips the number recognizer on text that cannot hold a number (`MAY_HOLD_NUMBER`). The
 * skip must be conservative: for every text it skips, the recognizer itself finds nothing. Checked on
 * every word and phrase in the content files, the opening statements, and words near numbers.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { digitise, MAY_HOLD_NUMBER } from '../../src/understanding/digitise';
import { numbersIn } from '../../src/understanding/recognise';
import { OPENING_STATEMENTS } from '../households/openingStatements';

const CONTENT = join(__dirname, '..', '..', 'knowledge', 'content', 'en');

function strings(v: unknown, out: string[]): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => { out.push(k); strings(x, out); });
  return out;
}

const phrases = readdirSync(CONTENT).filter((f) => f.endsWith('.json'))
  .flatMap((f) => strings(JSON.parse(readFileSync(join(CONTENT, f), 'utf8')), []));
const corpus = [...new Set([
  ...phrases,
  ...phrases.flatMap((p) => p.split(/\s+/)),
  ...Object.values(OPENING_STATEMENTS),
  'a dozen', 'a third', 'two thirds', 'half', 'a half', 'a quarter', 'twentyfive', 'fourty', 'Séventy', 'ONE', 'nil', 'zilch',
  'a couple of', 'a pair of', 'a few', 'a score', 'nowt', 'none', 'alone', 'someone', 'phone', 'often', 'tenant', 'hundreds',
  'eleven', 'nought point five', 'a hundred', 'a thousand pounds', 'a grand', 'a million', 'first', 'second', 'twice',
])].filter((t) => t.length > 0 && t.length < 2000);

describe('digitise: skipping the recognizer', () => {
  it('skips only text in which the recognizer finds no number', () => {
    const skippedButFound = corpus.filter((t) => !MAY_HOLD_NUMBER.test(t) && numbersIn(t).length > 0);
    expect(skippedButFound).toEqual([]);
  });
  it('skips most plain answers', () => {
    for (const t of ['yes', 'no', 'England', 'I rent from a private landlord', 'none', 'I live alone']) expect(MAY_HOLD_NUMBER.test(t)).toBe(false);
  });
  it.each([
    ['sixty-seven', '67'],
    ['about three thousand', 'about 3000'],
    ['£3,000', '£3000'],
    ['three and a half', '3.5'],
    ['I rent privately', 'I rent privately'],
  ])('%s -> %s', (text, expected) => {
    expect(digitise(text)).toBe(expected);
  });
});
