/**
 * An amount of money in pounds: "£180 a week", "about 800 a month", "£3,000", "3k", "£1.2k",
 * "£15k a year", "£200 a fortnight", "£400 every 4 weeks", "nothing" (0). With `spec.period` set the
 * value is converted to that period (no period given = the spec's period, since that is what was
 * asked); without it the answer is a lump sum, and a reply that gives a rate is not understood.
 */
import { fail, inRange, ok, type AnswerSpec, type ParseResult } from './answerTypes';
import { digitise } from './digitise';
import { isUncertain } from './isUncertain';
import { findAmounts, FOREIGN_CURRENCY_RE } from './moneyAmounts';
import { convertPeriod, findPeriods, toPence } from './moneyPeriods';
import { MAX_ANSWER_CHARS, normalise } from './normalise';
import { ALTERNATIVES_RE } from './numberRules';

/** Largest amount accepted when the spec gives no max: the contract's £10,000,000. */
export const MONEY_MAX = 10_000_000;

const ZERO_RE =
  /^(?:nothing|none|zero|0|£0|£ 0|nil|nowt|zilch|not a penny|not a thing|no savings|no income|no money|no savings at all|nothing at all|none at all|i dont have any|we dont have any|i havent got any|we havent got any|i have no savings|we have no savings|i have nothing|we have nothing)(?:\s+(?:really|sadly|at the moment|right now|currently|atm|yet|im afraid|to speak of|coming in))?$/;

/** Money owed is not money had: "I owe £3,000" is not understood as savings or income. */
const DEBT_RE = /\b(?:owe|owed|owing|debts?|overdrawn|overdraft|arrears|borrowed|loans?|in the red|minus)\b/;

/** Reads an amount of money, rounded to pence, in pounds a `spec.period` (or a lump sum). */
/** "over 16k", "more than £16,000", "above", "at least": only a lower bound. */
const LOWER_BOUND_RE = /\b(?:over|more than|above|at least|in excess of|upwards of|plus)\s+£?\s?\d/;

export function parseMoney(spec: AnswerSpec, text: string): ParseResult {
  if (typeof text !== 'string' || text.length > MAX_ANSWER_CHARS) return fail('not-understood');
  // "180pw", "£800pm": a period written against the number.
  const plain = normalise(text).replace(/[.!?]+$/, '').replace(/(\d)(?=(?:pw|pm|pcm|pa)\b)/g, '$1 ').replace(/(\d)ish\b/g, '$1');
  if (plain.length === 0 || isUncertain(plain)) return fail('not-understood');
  if (ZERO_RE.test(plain.replace(/'/g, ''))) return inRange(spec, 0, { min: 0, max: MONEY_MAX }) ? ok(0) : fail('out-of-range');
  if (FOREIGN_CURRENCY_RE.test(plain) || DEBT_RE.test(plain)) return fail('not-understood');
  // "Over £16,000" is a bound, not an amount (and storing the limit itself would be wrong); "£3.000"
  // is a European thousands mark or a typo: ask again rather than read £3.
  if (LOWER_BOUND_RE.test(plain) || /\d\.\d{3}(?!\d)/.test(plain)) return fail('not-understood');
  const digits = digitise(plain);
  if (digits === undefined) return fail('not-understood');
  const { periods, rest } = findPeriods(digits);
  if (new Set(periods.map((p) => p.period)).size > 1) return fail('ambiguous');
  if (ALTERNATIVES_RE.test(rest.replace(/£\s?/g, ''))) return fail('ambiguous');
  if (/(?:^|[^\d\s]\s*|\s)-\s?£?\s?\d|£\s?-\s?\d/.test(rest)) return fail('out-of-range');
  const amounts = [...new Set(findAmounts(rest).map((a) => a.value))];
  if (amounts.length === 0) return fail('not-understood');
  if (amounts.length > 1) return fail('ambiguous');
  const amount = amounts[0] ?? Number.NaN;
  if (!Number.isFinite(amount)) return fail('not-understood');
  const given = periods[0]?.period;
  let value: number;
  if (spec.period) value = convertPeriod(amount, given ?? spec.period, spec.period);
  else if (given) return fail('not-understood');
  else value = toPence(amount);
  return inRange(spec, value, { min: 0, max: MONEY_MAX }) ? ok(value) : fail('out-of-range');
}
