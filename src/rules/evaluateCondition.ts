/**
 * Evaluates json-rules-engine condition JSON in three-valued logic over an assessment. A leaf whose
 * fact is unknown is `unknown`; `all` and `any` combine by Kleene's rules. Alongside the value it
 * collects the facts that decided it (`because`) and the unknown facts that could settle it
 * (`blocking`), which is what explanations and the planner need.
 */
import type { FactId } from '../facts/facts';
import type { Assessment } from './assessment';
import type { Condition } from './ruleSchema';
import { applyOperator } from './operators';
import { isKnown, triAll, triAny, type Tri } from './tri';

export interface CondResult {
  readonly value: Tri;
  readonly because: ReadonlySet<FactId>;
  readonly blocking: ReadonlySet<FactId>;
}

const EMPTY: ReadonlySet<FactId> = new Set();

export function evaluateCondition(a: Assessment, cond: Condition): CondResult {
  if ('all' in cond) return combine(a, cond.all, 'all');
  if ('any' in cond) return combine(a, cond.any, 'any');
  if ('condition' in cond) return evaluateCondition(a, a.kb.conditions[cond.condition] as Condition);
  const r = a.fact(cond.fact, cond.params);
  if (!isKnown(r.value)) return { value: 'unknown', because: EMPTY, blocking: new Set(r.missing) };
  const ok = applyOperator(cond.operator, r.value, cond.value);
  return { value: ok ? 'true' : 'false', because: ok ? new Set(r.used) : EMPTY, blocking: EMPTY };
}

function combine(a: Assessment, parts: readonly Condition[], mode: 'all' | 'any'): CondResult {
  const results = parts.map((p) => evaluateCondition(a, p));
  const value = mode === 'all' ? triAll(results.map((r) => r.value)) : triAny(results.map((r) => r.value));
  if (value === 'false') return { value, because: EMPTY, blocking: EMPTY };
  const because = new Set<FactId>();
  const blocking = new Set<FactId>();
  for (const r of results) {
    if (r.value === 'true' && (mode === 'all' || value === 'true')) r.because.forEach((f) => because.add(f));
    if (r.value === 'unknown' && value === 'unknown') r.blocking.forEach((f) => blocking.add(f));
  }
  return { value, because, blocking };
}
