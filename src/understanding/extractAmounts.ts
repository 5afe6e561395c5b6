/**
 * Amounts from an opening statement: household income (normalised to pounds a week), savings
 * (pounds) and hours of caring a week. Only amounts whose meaning is clear from nearby words count,
 * and two different amounts for one fact leave it unknown (they may need adding up: an adviser's job).
 */
import type { Facts } from '../facts/facts';
import type { Clause } from './clauses';
import { extractionData, hasAny } from './extractionData';
import { findAmounts } from './moneyAmounts';
import { findPhrases } from './phrases';
import { convertPeriod, findPeriods, toPence } from './moneyPeriods';

const NO_SAVINGS = /(?:^| )(?:no savings|(?:dont|do not|havent got|have not got) (?:any )?savings|nothing saved|no money saved)(?= |$)/;
/** NO_SAVINGS needs one of these words (for `extractionScope`; keep in step with the pattern). */
export const NO_SAVINGS_WORDS: readonly string[] = ['savings', 'saved'];
const CARING_HOURS = /(?:^| )(\d+(?:\.\d+)?) (?:hours|hrs)(?: a| per| each| every)? (?:week|wk)(?= |$)/;
/** Every "N hours a week" in a clause (to tell work hours from caring hours). */
const CARING_HOURS_ALL = new RegExp(CARING_HOURS.source, 'g');
const OTHER_RATE = /(?:^| )(?:hours|hrs) (?:a|per|each|every) (?:day|night|month|fortnight)(?= |$)|(?:^| )daily(?= |$)/;
const ALL_WEEK = /(?:^| )24 7(?= |$)|round the clock|around the clock|day and night/;

function only<T>(values: Set<T>): T | undefined {
  return values.size === 1 ? [...values][0] : undefined;
}

/** What else the statement says that decides whose income an amount is. */
export interface IncomeContext {
  /** The person's own work status, if found. */
  employment?: Facts['employment'];
  /** The person lives with a partner (said or implied by a partner's age). */
  partner?: boolean;
}

/** An amount a week and whose it is: the household's ("we", "between us"), the person's or the partner's. */
interface Seen {
  value: number;
  who: 'household' | 'self' | 'partner';
}

const EACH = /(?:^| )(?:each|apiece|per person)(?= |$)/;
const TIME_WORDS = /(?:^| )(?:hours?|hrs?|days?|shifts?|nights?|times?)(?= |$)/;
const WORK_WORDS = /(?:^| )(?:work|working|job|full time|part time|\d{1,2} ?(?:hours|hrs|h))(?= |$)/;

/**
 * An amount with a period right after a piece about work or income is that income ("I work 40
 * hours, about £350 a week", "on my state pension, about £200 a week"); not after rent or PIP.
 */
function incomeAfter(seg: Clause, prev: Clause | undefined): boolean {
  const { cues } = extractionData();
  if (prev === undefined || prev.subject !== 'self' || seg.subject !== 'self' || TIME_WORDS.test(seg.text)) return false;
  return (WORK_WORDS.test(prev.text) || hasAny(prev.text, cues.income)) && !hasAny(prev.text, cues.notIncome) && !hasAny(prev.text, cues.savings);
}

/** The person says their partner works or earns. */
function partnerWorks(segments: Clause[]): boolean {
  const { cues } = extractionData();
  return segments.some((s) => s.subject === 'partner' && hasAny(s.text, cues.worksNow) && !hasAny(s.text, cues.notWorkingNow));
}

/**
 * The household's take-home a week from what was seen: the household's own figure; else one
 * person's figure when the other has none ("I can't work, my partner brings home £500 a week"),
 * never one earner's pay when the other works too; else none (£0) when said and nobody else may earn.
 */
function householdIncome(seen: Seen[], zero: Set<string>, loose: Set<string>, segments: Clause[], ctx: IncomeContext): number | undefined {
  const of = (who: Seen['who']): Set<number> => new Set(seen.filter((x) => x.who === who).map((x) => x.value));
  const [household, self, partner] = [of('household'), of('self'), of('partner')];
  if (household.size > 0) return zero.has('household') || zero.has('self') ? undefined : only(household);
  if (self.size > 0 && partner.size > 0) return undefined;
  if (self.size > 0) return zero.has('self') || loose.has('partner') || partnerWorks(segments) ? undefined : only(self);
  const selfWorks = ctx.employment === 'employed' || ctx.employment === 'self-employed';
  if (partner.size > 0) return selfWorks || loose.has('self') || zero.has('household') ? undefined : only(partner);
  if (zero.has('household') || (zero.has('self') && !ctx.partner && !segments.some((s) => s.subject === 'partner'))) return 0;
  return undefined;
}

const AMOUNT_BOUND = /(?:^| )(?:over|more than|above|at least|in excess of|upwards of|under|less than|below|up to|nearly|almost)\s+(?:£\s?)*\d/;

/** Income a week and savings, from segments spoken about the person or their partner. */
export function extractMoney(segments: Clause[], ctx: IncomeContext = {}): Partial<Facts> {
  const { cues } = extractionData();
  const noIncome = cues.noIncome.map((phrase) => ({ value: 'none', phrase }));
  const seen: Seen[] = [];
  const zero = new Set<string>();
  // Whose money was named without a period ("plus my wife's £150"): it may need adding in.
  const loose = new Set<string>();
  const savings = new Set<number>();
  segments.forEach((seg, i) => {
    // "Over £16,000", "under 6k": a bound, not an amount; nothing is kept from it.
    if (seg.subject === 'other' || AMOUNT_BOUND.test(seg.text)) return;
    const who = hasAny(seg.text, cues.household) ? 'household' : seg.subject;
    if (NO_SAVINGS.test(seg.text)) savings.add(0);
    if (findPhrases(seg.text, noIncome).length > 0) zero.add(who);
    const { periods, rest } = findPeriods(seg.text);
    const amounts = findAmounts(rest).filter((a) => a.marked || periods.length > 0);
    if (amounts.length === 0) return;
    if (hasAny(seg.text, cues.savings) && periods.length === 0) {
      amounts.forEach((a) => savings.add(toPence(a.value)));
    } else if (periods.length === 0 && !hasAny(seg.text, cues.notIncome)) {
      loose.add(who);
    } else if (periods.length === 1 && !hasAny(seg.text, cues.notIncome) && !EACH.test(seg.text)
      && (hasAny(seg.text, cues.income) || incomeAfter(seg, segments[i - 1]))) {
      const period = periods[0]?.period ?? 'week';
      amounts.forEach((a) => seen.push({ value: convertPeriod(a.value, period, 'week'), who }));
    }
  });
  const facts: Partial<Facts> = {};
  const income = householdIncome(seen, zero, loose, segments, ctx);
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
    // "I work 18 hours a week and spend 20 hours a week looking after mum": only the caring piece counts.
    const text = (c.text.match(CARING_HOURS_ALL) ?? []).length > 1
      ? c.text.split(/ (?:and|plus|so|also|then) /).filter((p) => hasAny(p, cues.caring)).join(' | ')
      : c.text;
    const m = CARING_HOURS.exec(text);
    if (m) hours.add(Number(m[1]));
    else if (ALL_WEEK.test(text)) hours.add(168);
  }
  const value = only(hours);
  return value !== undefined && value <= 168 ? { caring_hours: value } : {};
}
