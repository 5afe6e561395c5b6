/**
 * A condition's three-valued value alone, for callers that never read its `because` or `blocking`
 * (a question's `askWhen`, `receivableOnlyWhen`). It allocates nothing, and `any` stops at its first
 * true part. The value is always the one `evaluateCondition` gives; stopping early only reads fewer
 * facts, and a memoised value that reads through here then depends on just the facts that decided it.
 */
import type { Knowledge } from '../knowledge/knowledge';
import type { Assessment } from './assessment';
import { conditionCompiler } from './conditionCompiler';
import { factSlot } from './memoTable';
import { leafKey } from './evaluateCondition';
import { applyOperator } from './operators';
import type { Condition, LeafCondition } from './ruleSchema';
import { isKnown, type Tri } from './tri';

/** A condition's value compiled for one knowledge base, evaluated on an assessment over it. */
export type CompiledValue = (a: Assessment) => Tri;
type Compiled = CompiledValue;

/** The Kleene value of `cond` on this assessment (see the module comment). */
export function conditionValue(a: Assessment, cond: Condition): Tri {
  return compileValue(a.kb, cond)(a);
}

/** `cond`'s value compiled for `kb`, once per condition object (frozen knowledge of that one knowledge base). */
export const compileValue: (kb: Knowledge, cond: Condition) => CompiledValue = conditionCompiler<Tri>({ all, any, leaf });

function leaf(cond: LeafCondition): Compiled {
  const slot = factSlot(leafKey(cond));
  const { fact, params, operator, value } = cond;
  return (a) => {
    const r = a.factAt(slot, fact, params).value;
    return !isKnown(r) ? 'unknown' : applyOperator(operator, r, value) ? 'true' : 'false';
  };
}

function all(parts: readonly Compiled[]): Compiled {
  return (a) => {
    let sawUnknown = false;
    for (const p of parts) {
      const v = p(a);
      if (v === 'false') return 'false';
      if (v === 'unknown') sawUnknown = true;
    }
    return sawUnknown ? 'unknown' : 'true';
  };
}

function any(parts: readonly Compiled[]): Compiled {
  return (a) => {
    let sawUnknown = false;
    for (const p of parts) {
      const v = p(a);
      if (v === 'true') return 'true';
      if (v === 'unknown') sawUnknown = true;
    }
    return sawUnknown ? 'unknown' : 'false';
  };
}
