/**
 * Amounts from an opening statement: household income (normalised to pounds a week), savings
 * (pounds) and hours of caring a week. Only amounts whose meaning is clear from nearby words count,
 * and two different amounts for one fact leave it unknown (they may need adding up: an adviser's job).
 */
import type { Facts } from '../facts/facts';
import type { Clause } from './clauses';
import { extractionData, hasAny } from './extractionData';
import { findAmounts } from './moneyAmounts';
import { convertPeriod, findPeriods, toPence } from './moneyPeriods';

const NO_SAVINGS = /(?:^| )(?:no savings|(?:dont|do not|havent got|have not got) (?:any )?savings|nothing saved|no money saved)(?= |$)/;
/** NO_SAVINGS needs one of these words (for `extractionScope`; keep in step with the pattern). */
export const NO_SAVINGS_WORDS: readonly string[] = ['savings', 'saved'];
const CARING_HOURS = /(?:^| )(\d+(?:\.\d+)?) (?:hours|hrs)(?: a| per| each| every)? (?:week|wk)(?= |$)/;
const OTHER_RATE = /(?:^| )(?:hours|hrs) (?:a|per|each|every) (?:day|night|month|fortnight)(?= |$)|(?:^| )daily(?= |$)/;
const ALL_WEEK = /(?:^| )24 7(?= |$)|round the clock|around the clock|day and night/;

function only<T>(values: Set<T>): T | undefined {
  return values.size === 1 ? [...values][0] : undefined;
}

/** Income a week and savings, from segments spoken about the person or their partner. */
export function extractMoney(segments: Clause[]): Partial<Facts> {
  const { cues } = extractionData();
  const incomes = new Set<number>();
  const savings = new Set<number>();
  for (const seg of segments.filter((s) => s.subject !== 'other')) {
    if (NO_SAVINGS.test(seg.text)) savings.add(0);
    const { periods, rest } = findPeriods(seg.text);
    const amounts = findAmounts(rest).filter((a) => a.marked || periods.length > 0);
    if (amounts.length === 0) continue;
    if (hasAny(seg.text, cues.savings) && periods.length === 0) {
      amounts.forEach((a) => savings.add(toPence(a.value)));
    } else if (periods.length === 1 && hasAny(seg.text, cues.income) && !hasAny(seg.text, cues.notIncome)) {
      const period = periods[0]?.period ?? 'week';
      amounts.forEach((a) => incomes.add(convertPeriod(a.value, period, 'week')));
    }
  }
  const facts: Partial<Facts> = {};
  const income = only(incomes);
  const saved = only(savings);
  if (income !== undefined) facts.income = income;
  if (saved !== undefined) facts.savings = saved;
  return facts;
}

/** Hours a week spent caring, from "I care for my mum 40 hours a week" or "... 24/7". */
export function extractCaring(clauses: Clause[]): Partial<Facts> {
  const { cues } = extractionData();
  const hours = new Set<number>();
  for (const c of clauses.filter((x) => x.subject === 'self' && hasAny(x.text, cues.caring))) {
    if (OTHER_RATE.test(c.text)) continue;
    const m = CARING_HOURS.exec(c.text);
    if (m) hours.add(Number(m[1]));
    else if (ALL_WEEK.test(c.text)) hours.add(168);
  }
  const value = only(hours);
  return value !== undefined && value <= 168 ? { caring_hours: value } : {};
}
