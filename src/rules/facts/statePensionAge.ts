/**
 * State Pension age (SPA) from a date of birth, as legislated: 66 for people born before
 * 6 April 1960; 66 plus one month per birth-month cohort for people born 6 April 1960 to
 * 5 March 1961; 67 for people born 6 March 1961 to 5 April 1977; 68 from 6 April 1978 (the
 * 1977/78 cohort phases in by a month a cohort, like 1960/61). Source key: SPA.
 */

/** A UTC date from an ISO YYYY-MM-DD string; undefined when it is not a real date. */
export function parseIsoDate(iso: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCDate() === Number(m[3]) && d.getUTCMonth() === Number(m[2]) - 1 ? d : undefined;
}

function addYearsMonths(d: Date, years: number, months: number): Date {
  const y = d.getUTCFullYear() + years;
  const mo = d.getUTCMonth() + months;
  const target = new Date(Date.UTC(y, mo, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d.getUTCDate(), lastDay)));
}

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);

/** Months after the 6th of the first cohort month: 6 Apr → 5 May is cohort 1, and so on. */
function cohortMonth(dob: Date, startYear: number): number {
  const months = (dob.getUTCFullYear() - startYear) * 12 + (dob.getUTCMonth() - 3);
  return (dob.getUTCDate() >= 6 ? months : months - 1) + 1;
}

/** The date someone born on `dob` reaches State Pension age. */
export function statePensionDate(dob: Date): Date {
  const t = dob.getTime();
  if (t < utc(1960, 4, 6)) return addYearsMonths(dob, 66, 0);
  if (t < utc(1961, 3, 6)) return addYearsMonths(dob, 66, cohortMonth(dob, 1960));
  if (t < utc(1977, 4, 6)) return addYearsMonths(dob, 67, 0);
  if (t < utc(1978, 4, 6)) return addYearsMonths(dob, 67, Math.min(12, cohortMonth(dob, 1977)));
  return addYearsMonths(dob, 68, 0);
}

/** True when someone born on `dob` has reached State Pension age on `date`. */
export function hasReachedSpa(dob: Date, date: Date): boolean {
  return statePensionDate(dob).getTime() <= date.getTime();
}

/**
 * The range of birth dates of someone who is `age` on `date`: earliest and latest possible.
 */
export function birthDateRange(age: number, date: Date): { earliest: Date; latest: Date } {
  const latest = addYearsMonths(date, -age, 0);
  const earliest = new Date(addYearsMonths(date, -(age + 1), 0).getTime() + 86_400_000);
  return { earliest, latest };
}

/**
 * Whether someone of `age` has reached SPA on `date`: true or false when every birth date that
 * fits the age agrees, undefined when it depends on the exact date of birth.
 */
export function reachedSpaFromAge(age: number, date: Date): boolean | undefined {
  const { earliest, latest } = birthDateRange(age, date);
  const a = hasReachedSpa(earliest, date);
  const b = hasReachedSpa(latest, date);
  return a === b ? a : undefined;
}

/** Whether someone reaches SPA within `months` after `date` (and has not reached it yet). */
export function reachesSpaWithin(dob: Date, date: Date, months: number): boolean {
  const spa = statePensionDate(dob).getTime();
  return spa > date.getTime() && spa <= addYearsMonths(date, 0, months).getTime();
}

/** As reachesSpaWithin, from an age only: undefined when the birth dates that fit disagree. */
export function reachesSpaWithinFromAge(age: number, date: Date, months: number): boolean | undefined {
  const { earliest, latest } = birthDateRange(age, date);
  const a = reachesSpaWithin(earliest, date, months);
  const b = reachesSpaWithin(latest, date, months);
  return a === b ? a : undefined;
}
