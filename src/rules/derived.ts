/**
 * A value the rules can read: a contract fact or a fact derived from them. `used` are the contract
 * facts that decided it (they become an outcome's `because`); `missing` are the unknown contract
 * facts that would settle it (the planner asks among these).
 */
import type { FactId } from '../facts/facts';
import { UNKNOWN, type Maybe } from './tri';
import type { Assessment } from './assessment';
import type { CondResult } from './evaluateCondition';

export interface FactResult {
  readonly value: Maybe<unknown>;
  readonly used: readonly FactId[];
  readonly missing: readonly FactId[];
  /**
   * What a condition leaf on this value gives when its test passes (a known value: true, because
   * `used`) or whatever its test (an unknown value: unknown, blocking on `missing`). Made once with
   * the value, so evaluating a leaf allocates nothing.
   */
  readonly leaf: CondResult;
}

const NONE: readonly FactId[] = [];

export const known = (value: unknown, used: readonly FactId[]): FactResult =>
  ({ value, used, missing: NONE, leaf: { value: 'true', because: used, blocking: NONE } });
export const unknown = (missing: readonly FactId[], used: readonly FactId[] = []): FactResult =>
  ({ value: UNKNOWN, used, missing, leaf: { value: 'unknown', because: NONE, blocking: missing } });

/** Params a rule passes to a derived fact, e.g. `{ "benefit": "pip" }` or `{ "min": 0, "max": 4 }`. */
export type FactParams = Readonly<Record<string, string | number>>;

/** A fact computed from other facts. Registered by name; rules refer to it like any fact. */
export interface DerivedFact {
  readonly name: string;
  /** The params it needs, checked at load so a typo fails start-up, not a conversation. */
  readonly params?: readonly string[];
  compute(a: Assessment, params: FactParams): FactResult;
}
