/**
 * Stored facts checked against the contract with the help of facts that already passed that check
 * (the engine memo of the conversation's last turn holds them): a value equal to the checked one is
 * not checked again, so a turn checks only what changed since. Framework-free.
 */
import type { z } from 'zod';
import { factsSchema, type Facts } from '../facts/facts';
import { sameValue } from '../rules/assessment';

const FIELDS = factsSchema.shape as Record<string, z.ZodTypeAny>;

/**
 * The facts, if they fit `factsSchema`, as a fresh object in the stored key order.
 * @param raw facts as read back from storage (plain JSON)
 * @param checked facts that passed `factsSchema` (the caller vouches for this)
 * @returns undefined whenever it cannot vouch for them (not an object, a key the contract does not
 *   have, a value that fails its field's schema): the caller then takes the full parse, which also
 *   names what is wrong. When it returns facts, they equal what `factsSchema.parse(raw)` gives.
 */
export function recheckFacts(raw: unknown, checked: Readonly<Facts>): Facts | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const before = checked as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    const field = Object.hasOwn(FIELDS, k) ? FIELDS[k] : undefined;
    if (!field || v === undefined) return undefined;
    if (!sameValue(v, before[k]) && !field.safeParse(v).success) return undefined;
    out[k] = Array.isArray(v) ? [...v] : v;
  }
  return out as Facts;
}
