/**
 * A calendar date, read day-first as in the UK: "12/03/1960", "12.3.1960", "12 March 1960",
 * "March 12 1960", "12th of March 1960", "1960-03-12" → "1960-03-12". Worded forms the rules miss
 * ("the first of April 1960") go to the recognizer. A two-digit year is ambiguous, except for a
 * date of birth where 20yy would be in the future, so only 19yy is possible ("12-3-60" → 1960).
 * A date of birth in the future, or more than 120 years ago, is out of range.
 */
import { fail, ok, type AnswerSpec, type ParseContext, type ParseResult } from './answerTypes';
import { isUncertain } from './isUncertain';
import { MAX_ANSWER_CHARS, normalise } from './normalise';
import { datesIn, ordinalsIn } from './recognise';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = "'?(\\d{4}|\\d{2})";
const NUMERIC_RE = /(?<![\d/.-])(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4}|\d{2})(?![\d/.-])/g;
const ISO_RE = /(?<![\d/.-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d/.-])/g;
const DAY_MONTH_RE = new RegExp(`(?<![\\d])${DAY}(?:\\s+of)?[\\s,-]+${MONTH}[\\s,-]+${YEAR}(?![\\d])`, 'g');
const MONTH_DAY_RE = new RegExp(`\\b${MONTH}[\\s,-]+(?:the\\s+)?${DAY}(?:,)?[\\s,-]+${YEAR}(?![\\d])`, 'g');

interface Parts {
  day: number;
  month: number;
  year: string;
}

/** "the first of April" → "the 1 of april": word ordinals as day numbers. */
function ordinalDays(text: string): string {
  let out = text;
  for (const o of ordinalsIn(text).sort((a, b) => b.start - a.start)) {
    if (Number.isInteger(o.value) && o.value >= 1 && o.value <= 31) out = `${out.slice(0, o.start)}${o.value}${out.slice(o.end)}`;
  }
  return out;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3)) + 1;
}

function findParts(text: string): Parts[] {
  const found: Parts[] = [];
  for (const m of text.matchAll(ISO_RE)) found.push({ year: m[1] ?? '', month: Number(m[2]), day: Number(m[3]) });
  for (const m of text.matchAll(NUMERIC_RE)) found.push({ day: Number(m[1]), month: Number(m[2]), year: m[3] ?? '' });
  for (const m of text.matchAll(DAY_MONTH_RE)) found.push({ day: Number(m[1]), month: monthNumber(m[2] ?? ''), year: m[3] ?? '' });
  for (const m of text.matchAll(MONTH_DAY_RE)) found.push({ day: Number(m[2]), month: monthNumber(m[1] ?? ''), year: m[3] ?? '' });
  return found;
}

function iso(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function todayIso(now: Date): string {
  return iso(now.getUTCFullYear(), now.getUTCMonth() + 1, now.getUTCDate()) ?? '';
}

/** Resolves a two-digit year, or undefined when it could be either century. */
function fullYear(year: string, isBirth: boolean, now: Date): number | undefined {
  if (year.length === 4) return Number(year);
  const yy = Number(year);
  if (isBirth && 2000 + yy > now.getUTCFullYear()) return 1900 + yy;
  return undefined;
}

/** Reads one date as ISO YYYY-MM-DD. `spec.fact === 'date_of_birth'` adds the birth-date checks. */
export function parseDate(spec: AnswerSpec, text: string, ctx: ParseContext): ParseResult {
  if (typeof text !== 'string' || text.length > MAX_ANSWER_CHARS) return fail('not-understood');
  const plain = normalise(text).replace(/[.!?]+$/, '');
  if (plain.length === 0 || isUncertain(plain)) return fail('not-understood');
  const withDays = ordinalDays(plain);
  const isBirth = spec.fact === 'date_of_birth';
  const parts = findParts(withDays);
  let dates: string[];
  if (parts.length > 0) {
    const resolved = parts.map((p) => ({ p, year: fullYear(p.year, isBirth, ctx.now) }));
    if (resolved.some((r) => r.year === undefined)) return fail('ambiguous');
    const isos = resolved.map((r) => iso(r.year ?? 0, r.p.month, r.p.day));
    if (isos.some((d) => d === undefined)) return fail('not-understood');
    dates = isos as string[];
  } else if (/\d{1,2}\s?[/.-]\s?\d{1,2}(?:\s?[/.-]\s?\d+)?/.test(plain)) {
    return fail('not-understood'); // numeric but not a full day/month/year: never let the US-style recognizer read it
  } else {
    dates = datesIn(plain, ctx.now).map((d) => d.iso);
  }
  const distinct = [...new Set(dates)];
  if (distinct.length === 0) return fail('not-understood');
  if (distinct.length > 1) return fail('ambiguous');
  const date = distinct[0] ?? '';
  if (isBirth) {
    const oldest = iso(ctx.now.getUTCFullYear() - 120, 1, 1) ?? '';
    if (date > todayIso(ctx.now) || date < oldest) return fail('out-of-range');
  }
  return ok(date);
}
