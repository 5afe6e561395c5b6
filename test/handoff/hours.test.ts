/** Adviser hours in Europe/London, across GMT and BST. */
import { isWithinHours, londonTime, parseHours } from '../../src/handoff/hours';

const SPEC = 'Mon-Fri 09:00-17:00';

describe('isWithinHours', () => {
  it('is always open without a spec', () => {
    expect(isWithinHours(undefined, new Date('2026-01-04T03:00:00Z'))).toBe(true);
    expect(isWithinHours('', new Date('2026-01-04T03:00:00Z'))).toBe(true);
  });

  it('in winter (GMT) London time equals UTC', () => {
    // Monday 5 January 2026.
    expect(isWithinHours(SPEC, new Date('2026-01-05T08:59:00Z'))).toBe(false);
    expect(isWithinHours(SPEC, new Date('2026-01-05T09:00:00Z'))).toBe(true);
    expect(isWithinHours(SPEC, new Date('2026-01-05T16:59:00Z'))).toBe(true);
    expect(isWithinHours(SPEC, new Date('2026-01-05T17:00:00Z'))).toBe(false);
  });

  it('in summer (BST) London is UTC+1', () => {
    // Monday 6 July 2026: 09:00 BST is 08:00 UTC.
    expect(isWithinHours(SPEC, new Date('2026-07-06T07:59:00Z'))).toBe(false);
    expect(isWithinHours(SPEC, new Date('2026-07-06T08:00:00Z'))).toBe(true);
    expect(isWithinHours(SPEC, new Date('2026-07-06T15:59:00Z'))).toBe(true);
    expect(isWithinHours(SPEC, new Date('2026-07-06T16:00:00Z'))).toBe(false);
  });

  it('handles the clock change days', () => {
    // Sunday 29 March 2026 01:00 UTC clocks go forward: Monday 30 March 08:30 UTC is 09:30 BST.
    expect(isWithinHours(SPEC, new Date('2026-03-30T08:30:00Z'))).toBe(true);
    // Friday 23 October 2026 is still BST; Monday 26 October is GMT again.
    expect(isWithinHours(SPEC, new Date('2026-10-23T16:30:00Z'))).toBe(false);
    expect(isWithinHours(SPEC, new Date('2026-10-26T16:30:00Z'))).toBe(true);
  });

  it('closes at weekends, by the London date', () => {
    expect(isWithinHours(SPEC, new Date('2026-01-10T12:00:00Z'))).toBe(false); // Saturday
    expect(isWithinHours(SPEC, new Date('2026-01-11T12:00:00Z'))).toBe(false); // Sunday
    expect(londonTime(new Date('2026-07-05T23:30:00Z'))).toEqual({ day: 0, minute: 30 }); // Monday 00:30 BST
  });

  it('supports wrapping day ranges and overnight hours', () => {
    expect(isWithinHours('Sat-Mon 10:00-12:00', new Date('2026-01-11T11:00:00Z'))).toBe(true); // Sunday
    expect(isWithinHours('Sat-Mon 10:00-12:00', new Date('2026-01-07T11:00:00Z'))).toBe(false); // Wednesday
    expect(isWithinHours('Mon-Fri 22:00-06:00', new Date('2026-01-05T23:00:00Z'))).toBe(true); // Monday night
    expect(isWithinHours('Mon-Fri 22:00-06:00', new Date('2026-01-10T05:00:00Z'))).toBe(true); // early Saturday, from Friday
    expect(isWithinHours('Mon-Fri 22:00-06:00', new Date('2026-01-05T05:00:00Z'))).toBe(false); // early Monday, Sunday not listed
    expect(isWithinHours('Mon-Sun 00:00-24:00', new Date('2026-01-11T23:59:00Z'))).toBe(true);
  });

  it('refuses a malformed spec', () => {
    expect(() => parseHours('weekdays 9-5')).toThrow(RangeError);
    expect(() => parseHours('Mon-Fri 09:75-17:00')).toThrow(RangeError);
    expect(parseHours(SPEC)).toEqual({ fromDay: 0, toDay: 4, startMinute: 540, endMinute: 1020 });
  });
});
