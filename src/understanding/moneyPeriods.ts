/**
 * How often an amount of money comes, and conversion between periods through a yearly figure
 * (a month is 12/52 of a year's weeks, so £800 a month = £184.62 a week).
 */

/** A period a person may give money in. */
export type MoneyPeriod = 'week' | 'fortnight' | 'four-weeks' | 'month' | 'year';

/** How many of each period make a year. */
export const PER_YEAR: Record<MoneyPeriod, number> = { week: 52, fortnight: 26, 'four-weeks': 13, month: 12, year: 1 };

const A = '(?:a|per|every|each|in a|an|1|one)';
/** Checked in this order; each match is blanked before the next, so "every 4 weeks" is not also "a week". */
const PATTERNS: [MoneyPeriod, RegExp][] = [
  ['four-weeks', /\b(?:every|each|per|a|in)\s+(?:4|four)\s+weeks?\b|\b(?:4|four)[- ]?week(?:ly|s)?\b/g],
  ['fortnight', new RegExp(`\\b${A}\\s+fortnight\\b|\\bfortnightly\\b|\\b(?:every|each|per)\\s+(?:2|two)\\s+weeks\\b|\\b(?:2|two)[- ]weekly\\b`, 'g')],
  ['week', new RegExp(`\\b${A}\\s+(?:week|wk)\\b|\\bweekly\\b|\\bpw\\b|\\bp\\/w\\b|\\/\\s?(?:week|wk)\\b`, 'g')],
  ['month', new RegExp(`\\b${A}\\s+(?:calendar\\s+)?(?:month|mth|mnth)\\b|\\bmonthly\\b|\\bpcm\\b|\\bpm\\b|\\bp\\/m\\b|\\/\\s?(?:month|mth|mo)\\b`, 'g')],
  ['year', new RegExp(`\\b${A}\\s+(?:year|yr)\\b|\\byearly\\b|\\bannually\\b|\\bannual\\b|\\bper annum\\b|\\bpa\\b|\\bp\\.a\\.?|\\/\\s?(?:year|yr|annum)\\b`, 'g')],
];

/** A period mention in a text (end exclusive). */
export interface PeriodSpan {
  period: MoneyPeriod;
  start: number;
  end: number;
}

/** Every period mentioned in `text` (normalised), and the text with those mentions blanked out. */
export function findPeriods(text: string): { periods: PeriodSpan[]; rest: string } {
  const periods: PeriodSpan[] = [];
  let rest = text;
  for (const [period, re] of PATTERNS) {
    rest = rest.replace(re, (match: string, offset: number) => {
      periods.push({ period, start: offset, end: offset + match.length });
      return ' '.repeat(match.length);
    });
  }
  return { periods: periods.sort((a, b) => a.start - b.start), rest };
}

/** Rounds to whole pence. */
export function toPence(pounds: number): number {
  return Math.round((pounds + Number.EPSILON) * 100) / 100;
}

/** Converts an amount from one period to another, rounded to pence. */
export function convertPeriod(amount: number, from: MoneyPeriod, to: MoneyPeriod): number {
  return toPence((amount * PER_YEAR[from]) / PER_YEAR[to]);
}
