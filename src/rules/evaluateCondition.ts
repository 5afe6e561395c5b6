/**
 * Evaluates json-rules-engine condition JSON in three-valued logic over an assessment. A leaf whose
 * fact is unknown is `unknown`; `all` and `any` combine by Kleene's rules. Alongside the value it
 * collects the facts that decided it (`because`) and the unknown facts that could settle it
 * (`blocking`), which is what explanations and the planner need.
 *
 * Conditions are compiled once into closures (cached per condition object, which is frozen
 * knowledge), so a turn pays no parsing, key building or dispatch on shape.
 */
import type { FactId } from '../facts/facts';
import type { Assessment } from './assessment';
import type { Condition, LeafCondition } from './ruleSchema';
import { applyOperator } from './operators';
import { isKnown, type Tri } from './tri';

export interface CondResult {
  readonly value: Tri;
  /** May contain repeats; callers that show it dedupe. */
  readonly because: readonly FactId[];
  readonly blocking: readonly FactId[];
}

type Compiled = (a: Assessment) => CondResult;

const NONE: readonly FactId[] = [];
const FALSE: CondResult = { value: 'false', because: NONE, blocking: NONE };
const compiled = new WeakMap<object, Compiled>();

export function evaluateCondition(a: Assessment, cond: Condition): CondResult {
  return compile(a, cond)(a);
}

function compile(a: Assessment, cond: Condition): Compiled {
  let fn = compiled.get(cond);
  if (!fn) {
    fn = build(a, cond);
    compiled.set(cond, fn);
  }
  return fn;
}

function build(a: Assessment, cond: Condition): Compiled {
  if ('all' in cond) return block(cond.all.map((c) => compile(a, c)), 'all');
  if ('any' in cond) return block(cond.any.map((c) => compile(a, c)), 'any');
  if ('condition' in cond) {
    const named = a.kb.conditions[cond.condition] as Condition;
    return (x) => compile(x, named)(x);
  }
  return leaf(cond);
}

function leaf(cond: LeafCondition): Compiled {
  const key = cond.params ? `${cond.fact}${JSON.stringify(cond.params)}` : cond.fact;
  const { fact, params, operator, value } = cond;
  return (a) => {
    const r = a.factByKey(key, fact, params);
    if (!isKnown(r.value)) return { value: 'unknown', because: NONE, blocking: r.missing };
    return applyOperator(operator, r.value, value) ? { value: 'true', because: r.used, blocking: NONE } : FALSE;
  };
}

function block(parts: readonly Compiled[], mode: 'all' | 'any'): Compiled {
  return (a) => {
    const results: CondResult[] = [];
    let sawUnknown = false;
    let sawTrue = false;
    for (const p of parts) {
      const r = p(a);
      if (mode === 'all' && r.value === 'false') return FALSE;
      if (r.value === 'true') sawTrue = true;
      if (r.value === 'unknown') sawUnknown = true;
      results.push(r);
    }
    const value: Tri = mode === 'all' ? (sawUnknown ? 'unknown' : 'true') : sawTrue ? 'true' : sawUnknown ? 'unknown' : 'false';
    if (value === 'false') return FALSE;
    const because: FactId[] = [];
    const blocking: FactId[] = [];
    for (const r of results) {
      if (r.value === 'true' && (mode === 'all' || value === 'true')) because.push(...r.because);
      if (r.value === 'unknown' && value === 'unknown') blocking.push(...r.blocking);
    }
    return { value, because, blocking };
  };
}
