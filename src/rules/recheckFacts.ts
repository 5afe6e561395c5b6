/**
 * Facts checked against the contract with the help of facts that already passed that check (an
 * engine memo's, from the conversation's last turn): a value equal to the checked one is not checked
 * again, so a turn checks only what changed since. The same pass finds which facts changed.
 */
import type { z } from 'zod';
import { factsSchema, type Facts } from '../facts/facts';
import { factBit, sameValue } from './assessment';

const FIELDS = factsSchema.shape as Record<string, z.ZodTypeAny>;

/**
 * The facts, if they fit `factsSchema`, as a fresh object in the given key order, and the bits (see
 * `factBit`) of the facts that differ from `checked` (added, removed or changed).
 * @param raw facts as given (plain JSON values)
 * @param checked facts that passed `factsSchema` (the caller vouches for this)
 * @returns undefined whenever it cannot vouch for them (not an object, a key the contract does not
 *   have, a value that fails its field's schema): the caller then takes the full parse, which also
 *   names what is wrong. When it returns facts, they equal what `factsSchema.parse(raw)` gives.
 */
export function recheckFacts(raw: unknown, checked: Readonly<Facts>): { facts: Facts; changed: number } | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const before = checked as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  let changed = 0;
  for (const [k, v] of Object.entries(raw)) {
    const field = Object.hasOwn(FIELDS, k) ? FIELDS[k] : undefined;
    if (!field || v === undefined) return undefined;
    if (!sameValue(v, before[k])) {
      if (!field.safeParse(v).success) return undefined;
      changed |= factBit(k);
    }
    copy[k] = Array.isArray(v) ? [...v] : v;
  }
  for (const k of Object.keys(before)) if (!Object.hasOwn(copy, k) && before[k] !== undefined) changed |= factBit(k);
  return { facts: copy as Facts, changed };
}
