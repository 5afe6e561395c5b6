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
import type { Knowledge } from '../knowledge/knowledge';
import type { Assessment } from './assessment';
import { conditionCompiler } from './conditionCompiler';
import { factSlot } from './memoTable';
import type { Condition, LeafCondition } from './ruleSchema';
import { applyOperator } from './operators';
import { isKnown, type Tri } from './tri';

export interface CondResult {
  readonly value: Tri;
  /** May contain repeats; callers that show it dedupe. */
  readonly because: readonly FactId[];
  readonly blocking: readonly FactId[];
}

/** A condition compiled for one knowledge base, evaluated on an assessment over it. */
export type CompiledCondition = (a: Assessment) => CondResult;
type Compiled = CompiledCondition;

const NONE: readonly FactId[] = [];
const FALSE: CondResult = { value: 'false', because: NONE, blocking: NONE };

export function evaluateCondition(a: Assessment, cond: Condition): CondResult {
  return compileCondition(a.kb, cond)(a);
}

/** `cond` compiled for `kb`, once per condition object (frozen knowledge of that one knowledge base). */
export const compileCondition: (kb: Knowledge, cond: Condition) => CompiledCondition = conditionCompiler<CondResult>({
  all: (parts) => block(parts, 'all'),
  any: (parts) => block(parts, 'any'),
  leaf: (cond) => leaf(cond),
});

/** The assessment's memo key of a leaf's fact, as `Assessment.fact` builds it. */
export const leafKey = (cond: LeafCondition): string => (cond.params ? `${cond.fact}${JSON.stringify(cond.params)}` : cond.fact);

function leaf(cond: LeafCondition): Compiled {
  const slot = factSlot(leafKey(cond));
  const { fact, params, operator, value } = cond;
  return (a) => {
    const r = a.factAt(slot, fact, params);
    if (!isKnown(r.value)) return r.leaf;
    return applyOperator(operator, r.value, value) ? r.leaf : FALSE;
  };
}

/**
 * The two lists joined, without copying when one is empty (results share their lists, which nobody
 * changes).
 */
function join(x: readonly FactId[], y: readonly FactId[]): readonly FactId[] {
  return y.length === 0 ? x : x.length === 0 ? y : [...x, ...y];
}

/**
 * A block's result. `all`: false if any part is; else `because` joins every true part's and
 * `blocking` every unknown part's. `any`: true if any part is, with the true parts' `because`; else
 * unknown with the unknown parts' `blocking`. A true result's `blocking` is always empty, which is
 * what lets a block of one part give that part's own result.
 */
function block(parts: readonly Compiled[], mode: 'all' | 'any'): Compiled {
  if (parts.length === 1) {
    const only = parts[0] as Compiled;
    return (a) => {
      const r = only(a);
      return r.value !== 'unknown' || r.because.length === 0 ? r : { value: 'unknown', because: NONE, blocking: r.blocking };
    };
  }
  if (mode === 'all') {
    return (a) => {
      let because = NONE;
      let blocking = NONE;
      let sawUnknown = false;
      for (const p of parts) {
        const r = p(a);
        if (r.value === 'false') return FALSE;
        if (r.value === 'true') because = join(because, r.because);
        else {
          sawUnknown = true;
          blocking = join(blocking, r.blocking);
        }
      }
      return { value: sawUnknown ? 'unknown' : 'true', because, blocking };
    };
  }
  return (a) => {
    let because = NONE;
    let blocking = NONE;
    let sawTrue = false;
    let sawUnknown = false;
    for (const p of parts) {
      const r = p(a);
      if (r.value === 'true') {
        sawTrue = true;
        because = join(because, r.because);
      } else if (r.value === 'unknown') {
        sawUnknown = true;
        blocking = join(blocking, r.blocking);
      }
    }
    if (sawTrue) return { value: 'true', because, blocking: NONE };
    return sawUnknown ? { value: 'unknown', because: NONE, blocking } : FALSE;
  };
}
