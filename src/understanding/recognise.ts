/**
 * Thin, safe wrappers over `@microsoft/recognizers-text-suite` (English). The recognizers never
 * throw to callers here: a failure is treated as "nothing recognised".
 */
import { Culture, recognizeBoolean, recognizeDateTime, recognizeNumber, recognizeOrdinal } from '@microsoft/recognizers-text-suite';

/** A recognised number: `start`/`end` are offsets into the text (end exclusive). `value` may be non-finite. */
export interface NumberSpan {
  start: number;
  end: number;
  value: number;
}

interface RawResult {
  start: number;
  end: number;
  resolution?: Record<string, unknown> | null;
}

function safely(run: () => RawResult[]): RawResult[] {
  try {
    return run();
  } catch {
    return [];
  }
}

function toSpans(results: RawResult[]): NumberSpan[] {
  return results.map((r) => {
    const raw = String(r.resolution?.['value'] ?? '');
    const value = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i.test(raw) ? Number(raw) : Number.NaN;
    return { start: r.start, end: r.end + 1, value };
  });
}

/** Cardinal numbers, in words or digits ("sixty-seven", "3k", "1,000"). NaN for "INFINITY" and the like. */
export function numbersIn(text: string): NumberSpan[] {
  return toSpans(safely(() => recognizeNumber(text, Culture.English) as RawResult[]));
}

/** Ordinals ("second", "3rd"). "last" resolves to 0 in the recognizer and is left to callers. */
export function ordinalsIn(text: string): NumberSpan[] {
  return toSpans(safely(() => recognizeOrdinal(text, Culture.English) as RawResult[]));
}

/** The recognizer's yes/no reading, or undefined when it finds none or more than one. */
export function booleanIn(text: string): boolean | undefined {
  const found = safely(() => recognizeBoolean(text, Culture.English) as RawResult[]);
  if (found.length !== 1) return undefined;
  const value = found[0]?.resolution?.['value'];
  return typeof value === 'boolean' ? value : undefined;
}

/**
 * Fully specified calendar dates the recognizer finds (YYYY-MM-DD), relative to `now`. Only used
 * for worded dates: the recognizer reads numeric dates month-first (US), so callers parse those.
 */
export function datesIn(text: string, now: Date): { start: number; end: number; iso: string }[] {
  const found = safely(() => recognizeDateTime(text, Culture.English, undefined, now) as RawResult[]);
  const out: { start: number; end: number; iso: string }[] = [];
  for (const r of found) {
    const values = (r.resolution?.['values'] ?? []) as { type?: string; timex?: string }[];
    const timexes = new Set(values.filter((v) => v.type === 'date').map((v) => v.timex ?? ''));
    const only = timexes.size === 1 ? [...timexes][0] ?? '' : '';
    if (/^\d{4}-\d{2}-\d{2}$/.test(only)) out.push({ start: r.start, end: r.end + 1, iso: only });
  }
  return out;
}
