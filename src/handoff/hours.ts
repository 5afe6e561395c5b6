/**
 * Adviser hours as config gives them: "Mon-Fri 09:00-17:00", read in Europe/London local time (so
 * British Summer Time is handled by the time zone database). The end time is exclusive. A day range may
 * wrap ("Sat-Mon"); a time range whose end is earlier than its start runs overnight into the next day.
 */

export const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
export type Day = (typeof DAYS)[number];

/** Parsed hours: day indexes (Mon = 0) and minutes after midnight. */
export interface AdviserHours {
  fromDay: number;
  toDay: number;
  startMinute: number;
  endMinute: number;
}

const SPEC = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)-(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\d{2}):(\d{2})-(\d{2}):(\d{2})$/;

/** Parses "Mon-Fri 09:00-17:00". @throws RangeError when it is not in that form (24:00 is allowed as an end). */
export function parseHours(spec: string): AdviserHours {
  const m = SPEC.exec(spec.trim());
  if (!m) throw new RangeError(`Adviser hours must look like "Mon-Fri 09:00-17:00".`);
  const [, from, to, sh, sm, eh, em] = m as unknown as [string, Day, Day, string, string, string, string];
  const start = Number(sh) * 60 + Number(sm);
  const end = Number(eh) * 60 + Number(em);
  if (Number(sm) > 59 || Number(em) > 59 || start > 23 * 60 + 59 || end > 24 * 60) {
    throw new RangeError('Adviser hours: not a valid time of day.');
  }
  return { fromDay: DAYS.indexOf(from), toDay: DAYS.indexOf(to), startMinute: start, endMinute: end };
}

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** The day (Mon = 0) and minute of the day in London at `date`. */
export function londonTime(date: Date): { day: number; minute: number } {
  const parts = londonParts.formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const day = DAYS.indexOf(get('weekday') as Day);
  if (day < 0) throw new Error('londonTime: unexpected weekday from Intl.');
  return { day, minute: Number(get('hour')) * 60 + Number(get('minute')) };
}

function dayIn(h: AdviserHours, day: number): boolean {
  return h.fromDay <= h.toDay ? day >= h.fromDay && day <= h.toDay : day >= h.fromDay || day <= h.toDay;
}

/**
 * Whether advisers work at `date`. Undefined (or empty) spec: always open. Takes the config string or {@link parseHours}' result.
 * @throws RangeError for a malformed spec.
 */
export function isWithinHours(spec: string | AdviserHours | undefined, date: Date): boolean {
  if (spec === undefined || (typeof spec === 'string' && spec.trim() === '')) return true;
  const h = typeof spec === 'string' ? parseHours(spec) : spec;
  const { day, minute } = londonTime(date);
  if (h.startMinute === h.endMinute) return dayIn(h, day);
  if (h.startMinute < h.endMinute) return dayIn(h, day) && minute >= h.startMinute && minute < h.endMinute;
  // Overnight: from start on a listed day to end on the day after.
  return (dayIn(h, day) && minute >= h.startMinute) || (dayIn(h, (day + 6) % 7) && minute < h.endMinute);
}
