/**
 * One number in people's own words: "67", "sixty-seven", "I'm 67", "67 years old", "about 35 hours",
 * "none" (0). Two different numbers or a range ("3 or 4") are ambiguous; a rate other than a week
 * ("8 hours a day") is not understood, since the number kinds here are years, counts or hours a week.
 * "24/7" or "round the clock" is 168 when the spec allows 168 (hours a week).
 */
import { fail, inRange, ok, type AnswerSpec, type ParseResult } from './answerTypes';
import { digitise } from './digitise';
import { isUncertain } from './isUncertain';
import { MAX_ANSWER_CHARS, normalise } from './normalise';
import { ALL_WEEK_RE, ALTERNATIVES_RE, HOURS_IN_WEEK, numbersInDigits, OTHER_PERIOD_RE, ZERO_RE } from './numberRules';

const ZERO_HOURS_RE = /\bzero[\s-]hours?\b|\b0[\s-]hours? contract/;
/** A number that is not the value now: a future or approximate age. */
const NOT_NOW_RE = /\b(?:i'?ll be|i will be|he'?ll be|she'?ll be|will be|turning|turn|nearly|almost|coming up to|next birthday|soon|next (?:month|week|year)|in (?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec))\b/;
/** Not one plain number: a decade ("in his 70s", "early 60s"), a comparison ("3 years younger than me") or an upper bound ("up to 20"). */
const NOT_A_VALUE_RE = /\b\d0'?s\b|\b(?:younger|older) than\b|\b(?:up to|no more than|at most|under|less than|below)\s+\d/;
/** A count of something else where hours are asked: "3 days a week", "2 shifts", "3 nights", "2 people". */
const NOT_HOURS_RE = /\b\d+(?:\.\d+)?\s*(?:days?|nights?|shifts?|people|persons|times|mornings?|afternoons?|evenings?)\b/;

/** Reads one number within `spec.min`..`spec.max` (inclusive; undefined = unbounded). */
export function parseNumber(spec: AnswerSpec, text: string): ParseResult {
  if (typeof text !== 'string' || text.length > MAX_ANSWER_CHARS) return fail('not-understood');
  const plain = normalise(text).replace(/[.!?]+$/, '');
  if (plain.length === 0 || isUncertain(plain)) return fail('not-understood');
  // "Zero hours contract" is a kind of job, not 0 hours; "I'll be 68 in March" or "nearly 67" is not an age now.
  if (ZERO_HOURS_RE.test(plain) || (spec.integer && NOT_NOW_RE.test(plain)) || NOT_A_VALUE_RE.test(plain)) return fail('not-understood');
  if (ZERO_RE.test(plain.replace(/'/g, ''))) return inRange(spec, 0) ? ok(0) : fail('out-of-range');
  if (ALL_WEEK_RE.test(plain) && (spec.max ?? 0) >= HOURS_IN_WEEK) return ok(HOURS_IN_WEEK);
  const digits = digitise(plain);
  if (digits === undefined) return fail('not-understood');
  if (OTHER_PERIOD_RE.test(digits)) return fail('not-understood');
  if ((spec.max ?? 0) >= HOURS_IN_WEEK && NOT_HOURS_RE.test(digits) && !ALL_WEEK_RE.test(plain)) return fail('not-understood');
  if (ALTERNATIVES_RE.test(digits)) return fail('ambiguous');
  const found = [...new Set(numbersInDigits(digits))];
  if (found.length === 0) return fail('not-understood');
  if (found.length > 1) return fail('ambiguous');
  const value = found[0] ?? Number.NaN;
  if (!Number.isFinite(value)) return fail('not-understood');
  if (spec.integer && !Number.isInteger(value)) return fail('not-understood');
  return inRange(spec, value) ? ok(value) : fail('out-of-range');
}
