/**
 * Derived facts about status: immigration and public funds, and what the household gets already
 * or is likely to get (the basis of passporting).
 */
import type { FactId } from '../../facts/facts';
import { known, unknown, type DerivedFact, type FactResult } from '../derived';
import { isKnown } from '../tri';
import type { Assessment } from '../assessment';
import { conditionValue } from '../conditionValue';

/** Statuses that can claim public funds; `pre-settled` and `unsure` depend on tests a bot cannot do. */
const PUBLIC_FUNDS_YES = ['british-irish', 'settled', 'refugee'];
const PUBLIC_FUNDS_NO = ['limited-leave-nrpf', 'asylum-seeker'];

/** Whether the person can claim public funds (NRPF rule). Source key: NRPF. */
export const publicFundsOk: DerivedFact = {
  name: 'public_funds_ok',
  compute(a) {
    const s = a.fact('immigration_status');
    if (!isKnown(s.value)) return s;
    if (PUBLIC_FUNDS_YES.includes(s.value as string)) return known(true, ['immigration_status']);
    if (PUBLIC_FUNDS_NO.includes(s.value as string)) return known(false, ['immigration_status']);
    return unknown([], ['immigration_status']);
  },
};

/**
 * Whether the household gets a benefit (param `benefit`): true when it is received or likely,
 * unknown when it is possible or when what they receive is not known yet.
 */
export const gets: DerivedFact = {
  name: 'gets',
  params: ['benefit'],
  compute: (a, p) => getsOne(a, String(p.benefit)),
};

function getsOne(a: Assessment, id: string): FactResult {
  const receiving = a.fact('receiving');
  if (a.received(id)) return known(true, ['receiving']);
  if (!a.kb.benefits.has(id)) {
    // A secondary (legacy) id: only receiving it counts.
    return isKnown(receiving.value) ? known(false, ['receiving']) : unknown(['receiving']);
  }
  const r = a.benefit(id);
  if (r.likelihood === 'likely') return known(true, r.because);
  const missing = new Set<FactId>(r.blocking);
  if (!isKnown(receiving.value)) {
    // Some benefits cannot be in payment at all for this household (no children, under pension age...).
    const only = a.kb.settings.receivableOnlyWhen[id];
    if (r.likelihood === undefined && only !== undefined && conditionValue(a, only) === 'false') return known(false, []);
    missing.add('receiving');
  }
  if (r.likelihood === 'possible' || missing.size > 0) return unknown([...missing], r.because);
  return known(false, ['receiving']);
}

/** Gets any of a comma-separated list of benefits (param `benefits`). */
export const getsAny: DerivedFact = {
  name: 'gets_any',
  params: ['benefits'],
  compute(a, p) {
    const results = String(p.benefits).split(',').map((id) => getsOne(a, id.trim()));
    const yes = results.find((r) => r.value === true);
    if (yes) return yes;
    const open = results.filter((r) => !isKnown(r.value));
    if (open.length === 0) return known(false, [...new Set(results.flatMap((r) => r.used))]);
    return unknown([...new Set(open.flatMap((r) => r.missing))]);
  },
};

/** Receives (already, not "likely") any of a comma-separated list (param `benefits`). */
export const receivesAny: DerivedFact = {
  name: 'receives_any',
  params: ['benefits'],
  compute(a, p) {
    const receiving = a.fact('receiving');
    const list = String(p.benefits).split(',').map((s) => s.trim());
    if (list.some((id) => a.received(id))) return known(true, ['receiving']);
    if (!isKnown(receiving.value)) {
      // Not asked yet: still "no" when none of them could be in payment for this household.
      const impossible = list.every((id) => {
        const only = a.kb.settings.receivableOnlyWhen[id];
        return only !== undefined && conditionValue(a, only) === 'false';
      });
      return impossible ? known(false, []) : receiving;
    }
    return known((receiving.value as string[]).some((id) => list.includes(id)), ['receiving']);
  },
};

/**
 * The person has told us they get any of a comma-separated list (param `benefits`): named in
 * `receiving` or mentioned in passing. Unlike `receives_any`, never unknown: not being told counts
 * as no, so a scheme signposted only to people already on it (Guardian's Allowance) is not "worth
 * checking" for everyone before `receiving` is asked, and never makes the planner ask it.
 */
export const toldReceives: DerivedFact = {
  name: 'told_receives',
  params: ['benefits'],
  compute(a, p) {
    const list = String(p.benefits).split(',').map((s) => s.trim());
    return known(list.some((id) => a.received(id)), ['receiving']);
  },
};
