/**
 * The two gates every route into a benefit passes: the benefit card's `nations` must include the
 * `nation` fact, and a benefit listed in `publicFunds` needs `public_funds_ok`. Each gate is worked
 * out once per assessment and shared by every benefit with the same gate.
 */
import type { Assessment } from './assessment';
import type { CondResult } from './evaluateCondition';
import { sharedSlot } from './memoTable';
import { isKnown } from './tri';

/** A gate that always passes (a benefit outside `publicFunds`), and decides nothing. */
export const OPEN_GATE: CondResult = { value: 'true', because: [], blocking: [] };

/** A gate: its memo slot in `Assessment.shared` and how to work it out. */
export interface Gate {
  readonly slot: number;
  readonly compute: (a: Assessment) => CondResult;
}

/** The nation gate for a benefit available in these nations (undefined: none). */
export function nationGate(nations: readonly string[] | undefined): Gate {
  return { slot: sharedSlot(`nation:${nations?.join(',') ?? ''}`), compute: (a) => computeNationGate(a, nations) };
}

function computeNationGate(a: Assessment, nations: readonly string[] | undefined): CondResult {
  const nation = a.fact('nation');
  if (!isKnown(nation.value)) return { value: 'unknown', because: [], blocking: ['nation'] };
  const ok = nations !== undefined && nations.includes(nation.value as string);
  return { value: ok ? 'true' : 'false', because: ['nation'], blocking: [] };
}

/** The public funds (NRPF) gate. */
export const PUBLIC_FUNDS_GATE: Gate = { slot: sharedSlot('public-funds'), compute: computePublicFundsGate };

function computePublicFundsGate(a: Assessment): CondResult {
  const ok = a.fact('public_funds_ok');
  if (!isKnown(ok.value)) return { value: 'unknown', because: [], blocking: ok.missing };
  return { value: ok.value === true ? 'true' : 'false', because: ok.used, blocking: [] };
}
