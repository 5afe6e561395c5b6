import { plainNumberSpans, NUMBER_WORDS } from './plainNumbers';
import { numbersIn } from './recognise';

/**
 * Text the recognizer could find a number in: a digit, or a word that starts like a number word
 * ("sixty-seven", "fourteen", "a dozen", "half", "a third"). Anything else ("yes", "I rent privately",
 * "alone", "none") holds no number, so the recognizer (about 0.1 ms a call) is not run on it. Kept
 * conservative: a false match only costs a recognizer call. Checked against the recognizer itself in
 * `test/understanding/digitise.test.ts`.
 */
export const MAY_HOLD_NUMBER = new RegExp(`\\d|${NUMBER_WORDS}`, 'i');

/**
 * Rewrites every number the recognizer finds as plain digits ("sixty-seven" → "67", "3k" → "3000",
 * "£3,000" → "£3000", "three and a half" and "3 and a half" → "3.5"), so later rules can use simple patterns.
 * Returns undefined when any number is not finite or too large to write plainly (e.g. "1e309").
 * "3,7" is read as a list ("3, 7"), not as a European decimal, and "3/4" as two numbers, not a fraction.
 */
export function digitise(text: string): string | undefined {
  const prepared = text.replace(/(\d),(?=\d{1,2}(?!\d))/g, '$1, ').replace(/(\d)\s*\/\s*(?=\d)/g, '$1 / ');
  if (!MAY_HOLD_NUMBER.test(prepared)) return prepared;
  // Plain digits ("42", "£180 a week", "12 March 1958") are read without the recognizer, to the same spans.
  const spans = (plainNumberSpans(prepared) ?? numbersIn(prepared)).sort((a, b) => b.start - a.start);
  let out = prepared;
  for (const span of spans) {
    if (!Number.isFinite(span.value) || Math.abs(span.value) >= 1e15) return undefined;
    const digits = String(Math.round(span.value * 1e6) / 1e6);
    out = out.slice(0, span.start) + digits + out.slice(span.end);
  }
  if (/\d(?:\.\d+)?e[+-]?\d/i.test(out)) return undefined;
  return out.replace(/(\d+) and (?:a )?0\.5\b/g, (_m, whole: string) => String(Number(whole) + 0.5));
}
