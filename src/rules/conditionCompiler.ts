/**
 * The skeleton both condition compilers share (`evaluateCondition`'s full result and
 * `conditionValue`'s value alone): walk the condition JSON once, build a closure for each block and
 * leaf, resolve named conditions on first use, and cache each compiled closure per condition object
 * (frozen knowledge), so a turn pays no parsing or dispatch on shape.
 */
import type { Knowledge } from '../knowledge/knowledge';
import type { Assessment } from './assessment';
import type { Condition, LeafCondition } from './ruleSchema';

/** How one compiler turns blocks and leaves into closures returning `R`. */
export interface CompilerParts<R> {
  all(parts: readonly ((a: Assessment) => R)[]): (a: Assessment) => R;
  any(parts: readonly ((a: Assessment) => R)[]): (a: Assessment) => R;
  leaf(cond: LeafCondition): (a: Assessment) => R;
}

/**
 * A compile function: `cond` compiled for `kb`, once per condition object. Named conditions are
 * looked up in the `kb` of the first compile of the condition that names them.
 */
export function conditionCompiler<R>(parts: CompilerParts<R>): (kb: Knowledge, cond: Condition) => (a: Assessment) => R {
  const cache = new WeakMap<object, (a: Assessment) => R>();
  const compile = (kb: Knowledge, cond: Condition): ((a: Assessment) => R) => {
    let fn = cache.get(cond);
    if (!fn) {
      fn = build(kb, cond);
      cache.set(cond, fn);
    }
    return fn;
  };
  const build = (kb: Knowledge, cond: Condition): ((a: Assessment) => R) => {
    if ('all' in cond) return parts.all(cond.all.map((c) => compile(kb, c)));
    if ('any' in cond) return parts.any(cond.any.map((c) => compile(kb, c)));
    if ('condition' in cond) {
      const named = kb.conditions[cond.condition] as Condition;
      let fn: ((a: Assessment) => R) | undefined;
      return (x) => (fn ??= compile(kb, named))(x);
    }
    return parts.leaf(cond);
  };
  return compile;
}
