/**
 * A list of numbers, used for children's ages in whole years: "3 and 7", "3, 7 and 12",
 * "a 3 year old and a 7 year old", "twins aged 5" → [5, 5], "a baby" / "under one" / "6 months" → 0.
 * Counts are skipped ("2 kids aged 3 and 7" → [3, 7]); "3 or 4" is ambiguous.
 */
import { fail, inRange, ok, type AnswerSpec, type ParseResult } from './answerTypes';
import { digitise } from './digitise';
import { isUncertain } from './isUncertain';
import { MAX_ANSWER_CHARS, normalise } from './normalise';
import { ALTERNATIVES_RE, NUMBER_RE, OTHER_PERIOD_RE } from './numberRules';

/** Most numbers one reply may list. */
const MAX_ITEMS = 20;
const MULTIPLES: Record<string, number> = { twins: 2, triplets: 3, quads: 4, quadruplets: 4 };

const NONE_RE = /^(?:none|no|nothing|no (?:children|kids|one)|not any|n\/a|na)$/;
/** "1 year and 6 months" → 1; "18 months" → 1; "6 weeks" → 0. */
const YEARS_AND_MONTHS_RE = /(\d+)\s*(?:years?|yrs?)(?:\s+old)?\s*(?:and\s*)?\d+(?:\.\d+)?\s*(?:months?|mths?)(?:\s+old)?/g;
const MONTHS_RE = /(\d+(?:\.\d+)?)\s*(?:months?|mths?|mos?)(?:\s+old)?/g;
const WEEKS_DAYS_RE = /\d+(?:\.\d+)?\s*(?:weeks?|wks?|days?)(?:\s+old)?/g;
const BABY_RE = /\b(?:under (?:1|a year|12 months)|less than (?:1|a) year(?: old)?|new ?born|(?:a|my|the|our) baby|baby|infant)\b/g;
const MULTIPLE_RE = /\b(twins|triplets|quads|quadruplets)\b(?:\s+(?:who are|aged|age|are|both|all|of|ages|at))*\s+(\d+)/g;
/** "2 kids", "three children": a count, not an age. */
const COUNT_RE = /\b\d+\s+(?:kids|children|boys|girls|sons|daughters|of them|little ones|grandchildren|grandkids|teenagers|teens)\b/g;

/** Words that are not a child's age: a baby on the way, and "one" as a pronoun ("one is 3", "the other one"). */
const NOT_AGES_RE = /\b(?:(?:and |plus )?(?:one|a baby|another|another one|1) (?:on the way|due)|(?:the )?other one)\b|\bone(?='?s? (?:is|was|who|of|aged|age|that|thats|turns)\b)/g;
/** "I have 2, aged 3 and 7": only what follows "aged" are ages. */
const AGED_RE = /\b(?:aged|ages|ages are|their ages are)\b/;
/** "a baby (0)", "the baby is 1": the baby's own age is given, so "baby" adds nothing. */
const BABY_WITH_AGE_RE = /\b((?:a|my|the|our) )?baby(?=\s*(?:\(|,|is |who is |aged |age |s )\s*\d)/g;

function rewrite(digits: string): string {
  const aged = AGED_RE.exec(digits);
  const ages = aged && /\d/.test(digits.slice(0, aged.index)) && !MULTIPLE_RE.test(digits) ? digits.slice(aged.index) : digits;
  MULTIPLE_RE.lastIndex = 0;
  return ages
    .replace(BABY_WITH_AGE_RE, ' ')
    .replace(MULTIPLE_RE, (_m, word: string, age: string) => Array(MULTIPLES[word] ?? 1).fill(age).join(' and '))
    .replace(COUNT_RE, ' ')
    .replace(YEARS_AND_MONTHS_RE, (_m, years: string) => years)
    .replace(MONTHS_RE, (_m, months: string) => String(Math.floor(Number(months) / 12)))
    .replace(WEEKS_DAYS_RE, '0')
    .replace(BABY_RE, ' 0 ');
}

/** Reads a list of numbers, each within `spec.min`..`spec.max`. "None" gives an empty list. */
export function parseNumbers(spec: AnswerSpec, text: string): ParseResult {
  if (typeof text !== 'string' || text.length > MAX_ANSWER_CHARS) return fail('not-understood');
  const plain = normalise(text).replace(/[.!?]+$/, '');
  if (plain.length === 0 || isUncertain(plain)) return fail('not-understood');
  if (NONE_RE.test(plain)) return ok([]);
  const digits = digitise(plain.replace(NOT_AGES_RE, ' '));
  if (digits === undefined || OTHER_PERIOD_RE.test(digits)) return fail('not-understood');
  const halves = /\bhalf\b|\d\.5\b/.test(plain);
  const rewritten = rewrite(digits);
  if (ALTERNATIVES_RE.test(rewritten)) return fail('ambiguous');
  const values = [...rewritten.matchAll(NUMBER_RE)].map((m) => Number(m[0]));
  if (values.length === 0 || values.some((v) => !Number.isFinite(v))) return fail('not-understood');
  if (values.length > MAX_ITEMS) return fail('out-of-range');
  // "She's two and a half": ages are whole years, so a half is dropped; other fractions are not understood.
  const whole = values.map((v) => (spec.integer && halves && v % 1 === 0.5 ? Math.floor(v) : v));
  if (spec.integer && whole.some((v) => !Number.isInteger(v))) return fail('not-understood');
  return whole.every((v) => inRange(spec, v)) ? ok(whole) : fail('out-of-range');
}
