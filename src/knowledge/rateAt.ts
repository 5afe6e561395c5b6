import type { Knowledge } from './knowledge';
import { SignpostError } from '../errors';

/**
 * The value of a dated series in force on `date`: integer pence for money, else the plain number.
 * Throws SP_RATE_MISSING when the series does not exist or has no value yet on that date.
 */
export function rateAt(kb: Knowledge, id: string, date: Date): number {
  const series = kb.series.get(id);
  if (!series) throw new SignpostError('SP_RATE_MISSING', id);
  const day = date.toISOString().slice(0, 10);
  let found: number | undefined;
  let foundFrom = '';
  for (const v of series.values) {
    if (v.from <= day && v.from >= foundFrom) {
      found = v.value;
      foundFrom = v.from;
    }
  }
  if (found === undefined) throw new SignpostError('SP_RATE_MISSING', `${id} on ${day}`);
  return found;
}
