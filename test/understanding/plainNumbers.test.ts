/**
 * `plainNumberSpans` stands in for the number recognizer on text whose numbers are plain digits.
 * Wherever it gives an answer, that answer must be exactly the recognizer's (same spans, same
 * values): checked on everything people are known to write, the bench's answers, and random mixes
 * of digits, marks and the recognizer's own words.
 */
import { plainNumberSpans } from '../../src/understanding/plainNumbers';
import { digitise } from '../../src/understanding/digitise';
import { normalise } from '../../src/understanding/normalise';
import { numbersIn } from '../../src/understanding/recognise';
import { benchAnswers, gluedTexts, seeded, writtenTexts } from './replyCorpus';

/** The text `digitise` hands the recognizer (its own preparation of commas and slashes). */
const prepared = (t: string): string => t.replace(/(\d),(?=\d{1,2}(?!\d))/g, '$1, ').replace(/(\d)\s*\/\s*(?=\d)/g, '$1 / ');

/** Texts on which the fast path answered and disagrees with the recognizer; and how many it answered. */
function check(texts: Iterable<string>): { wrong: string[]; answered: number } {
  const wrong: string[] = [];
  let answered = 0;
  for (const text of new Set(texts)) {
    const fast = plainNumberSpans(text);
    if (fast === undefined) continue;
    answered += 1;
    const slow = numbersIn(text);
    if (JSON.stringify(fast) !== JSON.stringify(slow) || fast.some((s, i) => !Object.is(s.value, slow[i]?.value))) {
      wrong.push(`${text} → ${JSON.stringify(fast)} but the recognizer ${JSON.stringify(slow)}`);
    }
  }
  return { wrong, answered };
}

const TRICKY = [
  '3-4', '1,5', '07700 900123', '2nd', '1.5k', '£3.000', '3/4', '1e5', '-3', '+44', '12:30', '10am', '3x', '£1,234.56', '3 k', '3k', '5 b',
  '3 in 4', '3 out of 4', '3 over 4', '12 345', '1 1/2', '3 minus 2', 'minus 3', 'negative 3', '3 hundred', '3 lakh', '3 doz', '3 dz', '1960s',
  "3's", '3.', '3.0', '1.10', '.5', ',5', '0.5', '00.5', '007', '1,23,456', '1,2345', '1234,567', '1.2.3', '12,00', '3,000,000', '3 , 456',
  '£ 3', '$3', '€3', '3%', '3 per cent', '3 percent', '3 mil', '3 mm', '3 m', '3 T', '3 G', '3 K', '3 B', '3 bn', '3 x10^5', '3^2', '3e5', '3 e5',
  '3 and a half', '3 and half', 'a 3', 'an 3', 'the 3', 'one 3', '3 one', '3 seconds', '3 firsts', '3 thirds', '3 quarters', '3 halves',
  '123456789012', '1234567890123', '123456789012.123456789', '999,999,999,999', '1,000,000,000,000', '0', '00', '0.000001', '0.0000001',
  '3!', '3?', '3!!', '3 !', '£180!', 'i\'m 67', "i'm 67.", 'about 35 hours.', '£180pw', '£800 pm', '24/7', '24 7', '3 or 4', '3 to 4',
];

/** Digits, marks and words (the recognizer's own number words, multipliers and connectors among them). */
const PIECES = [
  '3', '7', '42', '67', '180', '2,000', '1,234.56', '12', '1958', '0', '007', '12.5', '3.000', '1,000,000', '99999', '4,50', '1,2345',
  '£', '£3', '£180', '-', '+', '/', '.', ',', ':', '%', '^', "'", '!', '?', '(', ')', '&', 'x', 'e',
  'k', 'K', 'm', 'M', 'mm', 'MM', 'mil', 'g', 'G', 't', 'T', 'b', 'B', 'bn', 'th', 'st', 'nd', 'rd', 's', 'am', 'pm', 'pw', 'ish',
  'hundred', 'thousand', 'million', 'mln', 'bln', 'tln', 'lakh', 'crore', 'dozen', 'doz', 'dz', 'half', 'quarter', 'halves', 'third', 'thirds',
  'first', 'second', 'seconds', 'fourth', 'one', 'a', 'an', 'the', 'and', 'or', 'to', 'over', 'in', 'out', 'of', 'point', 'minus', 'negative',
  'per', 'cent', 'percent', 'between', 'a week', 'a month', 'years', 'old', 'hours', 'March', 'December', 'kids', 'aged', "i'm", 'my', 'wife',
  'is', 'about', 'nothing', 'last', 'next', 'this', 'that', 'which', 'no', 'yes', 'twenty', 'six', 'a few', 'a couple',
];
const SEPARATORS = ['', ' ', ' ', ' ', ', ', '. ', '-', '/', '  ', ',', '.'];
/** Separators of ordinary sentences, for mixes the fast path mostly answers. */
const SENTENCE_SEPARATORS = [' ', ' ', ' ', ', ', '. ', '! ', ' £'];
const WORDS = PIECES.filter((p) => /^[a-z' ]+$/i.test(p));

const DIGITS = PIECES.filter((p) => /^£?\d/.test(p));

/** Random mixes; `digitShare` of the pieces are numbers, the rest from `others`. */
function randomTexts(count: number, seed: number, digitShare: number, others = PIECES, separators = SEPARATORS): string[] {
  const rnd = seeded(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const piece = (): string => (rnd() < digitShare ? pick(DIGITS) : pick(others));
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 1 + Math.floor(rnd() * 5);
    let text = piece();
    for (let j = 1; j < n; j++) text += pick(separators) + piece();
    out.push(text);
  }
  return out;
}

/** Random numbers of every length and form, alone and in a short answer. */
function randomNumbers(count: number): string[] {
  const rnd = seeded(7);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = Math.floor(rnd() ** 3 * 10 ** Math.floor(rnd() * 16));
    const decimals = rnd() < 0.3 ? `.${String(Math.floor(rnd() * 10 ** (1 + Math.floor(rnd() * 8)))).padStart(1, '0')}` : '';
    const forms = [String(n), n.toLocaleString('en-GB'), `0${n}`];
    const plain = (forms[Math.floor(rnd() * forms.length)] ?? '') + decimals;
    out.push(plain, `£${plain} a week`, `about ${plain}, maybe ${n % 100}`);
  }
  return out;
}

describe('plainNumberSpans: the recognizer\'s answer, without the recognizer', () => {
  const written = writtenTexts();
  it('agrees with the recognizer on every written text (as typed, normalised and prepared)', () => {
    const { wrong, answered } = check([...written, ...written.map(normalise), ...written.map((t) => prepared(normalise(t)))]);
    expect(wrong).toEqual([]);
    expect(answered).toBeGreaterThan(1000);
  });
  it('agrees on the bench\'s answers, and reads every one of them that has digits', () => {
    const answers = benchAnswers().map((t) => prepared(normalise(t)));
    const { wrong } = check(answers);
    expect(wrong).toEqual([]);
    expect(answers.filter((t) => /\d/.test(t) && plainNumberSpans(t) === undefined)).toEqual([]);
  });
  it('agrees on tricky numbers, or leaves them to the recognizer', () => {
    expect(check([...TRICKY, ...TRICKY.map(prepared)]).wrong).toEqual([]);
  });
  it('agrees on 40,000 random mixes of digits, marks and number words', () => {
    const texts = [...randomTexts(10000, 20261122, 0), ...randomTexts(10000, 1958, 0.6), ...randomTexts(20000, 67, 0.5, WORDS, SENTENCE_SEPARATORS)];
    const { wrong, answered } = check([...texts, ...texts.map((t) => prepared(normalise(t)))]);
    expect(wrong).toEqual([]);
    expect(answered).toBeGreaterThan(8000);
  });
  it('agrees on 40,000 random texts glued from numbers, the recognizer\'s words and characters', () => {
    const { wrong, answered } = check(gluedTexts(40000, 2026));
    expect(wrong).toEqual([]);
    expect(answered).toBeGreaterThan(4000);
  });
  it('agrees on random numbers of every size and form', () => {
    const { wrong, answered } = check(randomNumbers(3000));
    expect(wrong).toEqual([]);
    expect(answered).toBeGreaterThan(3000);
  });
  it.each([
    ['42', '42'], ['£180 a week', '£180 a week'], ['£2,000', '£2000'], ['12 March 1958', '12 March 1958'], ['3 and 7', '3 and 7'],
    ['£1,234.56', '£1234.56'], ['3.0', '3'], ['007', '7'],
  ])('digitise(%s) = %s, read without the recognizer', (text, expected) => {
    expect(plainNumberSpans(prepared(text))).toBeDefined();
    expect(digitise(text)).toBe(expected);
  });
});
