/**
 * Best-case and worst-case amounts for a means test when some inputs are unknown: the worst case
 * assumes every unknown goes against the person, the best case that it goes for them. Positive in
 * the worst case: the test is met. Not positive in the best case: it is not. Otherwise it depends
 * on the unknowns, which are what the planner should ask.
 */
import type { FactId } from '../../facts/facts';
import { known, unknown, type FactResult } from '../derived';

/** `best` is the value most favourable to the person (a higher allowance, a smaller deduction). */
export interface Range { best: number; worst: number }
export const fixed = (v: number): Range => ({ best: v, worst: v });
export const add = (...rs: Range[]): Range => rs.reduce((s, r) => ({ best: s.best + r.best, worst: s.worst + r.worst }), fixed(0));
/** An amount less a deduction, both given best-for-the-person first. */
export const minus = (a: Range, b: Range): Range => ({ best: a.best - b.best, worst: a.worst - b.worst });

/** Turns an award range into a tri-state fact result. */
export function decideRange(award: Range, used: Iterable<FactId>, missing: Iterable<FactId>): FactResult {
  const usedList = [...new Set(used)];
  if (award.worst > 0) return known(true, usedList);
  if (award.best <= 0) return known(false, usedList);
  return unknown([...new Set(missing)], usedList);
}
