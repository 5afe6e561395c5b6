/**
 * The numbers in text whose only numbers are plain digits ("42", "£180 a week", "£2,000",
 * "12 March 1958", "3 and 7", "£1,234.56"): found without the number recognizer (about 0.1 ms a
 * call), with exactly the spans and values it would give. Anything the recognizer could read in
 * some other way ("3k", "-3", "3/4", "1e5", "3 in 4", "12 345", number words) is left to it.
 * Checked against the recognizer itself in `test/understanding/plainNumbers.test.ts`.
 */
import type { NumberSpan } from './recognise';

/**
 * Words that start like a number word ("sixty-seven", "fourteen", "a dozen", "half", "a third"):
 * text with none of them and no digit holds no number the recognizer can find.
 */
export const NUMBER_WORDS = '\\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fifteen|twenty|thirty|forty|fifty|'
  + 'sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|halves|quarter|third|fifth|eighth|ninth|'
  + 'nought|naught|nil|a couple|a pair|a few)';

/**
 * Number words, plus the recognizer's other words that make or change a number next to digits:
 * other round numbers ("3 lakh"), dozens ("3 doz") and signs ("minus 3"; the recognizer reads a
 * sign even at the end of a word, "xminus 3" → -3).
 */
const NOT_PLAIN_WORDS = new RegExp(`${NUMBER_WORDS}|\\b(?:mln|bln|tln|lakh|crore|doz|dz)s?\\b|twelfth|tieth|minus|negative`, 'i');
/** Letters, digits, spaces, '£' and sentence punctuation only: no '-', '/', '+', '%', '^', ':' or other marks. */
const PLAIN_CHARS = /^[a-z0-9 £,.'!?]*$/i;
/** A run of digits with the commas and points inside or just after it. */
const DIGIT_RUN = /\d[\d,.]*/g;
/** The number at the start of a run: digits, or thousands with commas ("2,000"), and perhaps decimals. */
const PLAIN_NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/;
/** Most digits in a number read here; longer numbers are left to the recognizer, which rounds them. */
const MAX_DIGITS = 12;
/**
 * A word after a number that the recognizer reads with it: a multiplier ("3 k", "2 b"), or a
 * fraction ("3 over 4", "3 in 4", "3 out of 4").
 */
const SUFFIX_WORD = /^ *(?:k|m|mm|mil|g|t|b|over|in|out)\b/i;

/**
 * The recognizer's numbers in `text` when all of them are plain digits, in order; undefined
 * when the text may hold a number in any other form, and only the recognizer can say.
 */
export function plainNumberSpans(text: string): NumberSpan[] | undefined {
  if (!PLAIN_CHARS.test(text) || NOT_PLAIN_WORDS.test(text)) return undefined;
  const spans: NumberSpan[] = [];
  for (const run of text.matchAll(DIGIT_RUN)) {
    const start = run.index ?? 0;
    const before = text[start - 1];
    // A number joined to a word or mark before it ("x3", ".5", ",5") may be read otherwise.
    if (before !== undefined && before !== ' ' && before !== '£') return undefined;
    const number = PLAIN_NUMBER.exec(run[0])?.[0] ?? '';
    // Only sentence punctuation may follow the number in its run ("42.", "3,"): not "1.2.3" or "1234,567".
    if (!/^[.,]*$/.test(run[0].slice(number.length))) return undefined;
    const punctuated = run[0].length > number.length;
    const after = text.slice(start + run[0].length);
    // Joined to a word after it ("3k", "2nd", "1960s", "3's"), another number after a space ("12 345"), or a suffix word.
    if (/^[^ !?]/.test(after) || (!punctuated && /^ *\d/.test(after)) || SUFFIX_WORD.test(after)) return undefined;
    const digits = number.replace(/[,.]/g, '');
    if (digits.length > MAX_DIGITS) return undefined;
    spans.push({ start, end: start + number.length, value: Number(number.replace(/,/g, '')) });
  }
  return spans;
}
