/** State Pension age from date of birth, across the 2026-28 rise from 66 to 67. Source key: SPA. */
import { parseIsoDate, reachedSpaFromAge, statePensionDate } from '../../src/rules/facts/statePensionAge';

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe('statePensionDate', () => {
  it.each([
    ['1955-06-15', '2021-06-15', '66 for people born before 6 April 1960'],
    ['1960-04-05', '2026-04-05', 'last day of the 66 cohort'],
    ['1960-04-06', '2026-05-06', '66 and 1 month'],
    ['1960-05-06', '2026-07-06', '66 and 2 months'],
    ['1960-09-10', '2027-03-10', '66 and 6 months'],
    ['1961-03-05', '2028-02-05', '66 and 11 months'],
    ['1961-03-06', '2028-03-06', '67'],
    ['1970-01-01', '2037-01-01', '67'],
  ])('born %s reaches SPA on %s (%s)', (dob, spa) => {
    expect(iso(statePensionDate(parseIsoDate(dob)!))).toBe(spa);
  });
});

describe('reachedSpaFromAge on 22 November 2026', () => {
  const date = parseIsoDate('2026-11-22')!;
  it.each([[64, false], [65, false], [66, undefined], [67, true], [80, true]])('age %i: %s', (age, expected) => {
    expect(reachedSpaFromAge(age, date)).toBe(expected);
  });
});

describe('parseIsoDate', () => {
  it('rejects impossible dates', () => {
    expect(parseIsoDate('2026-02-30')).toBeUndefined();
    expect(parseIsoDate('not a date')).toBeUndefined();
  });
});
