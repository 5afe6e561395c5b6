/**
 * What evaluating one benefit needs from the knowledge, gathered once per knowledge and benefit: its
 * gates, its signpost rules and the passports-to edges into it, with the memo slots they read.
 */
import type { Knowledge } from '../knowledge/knowledge';
import type { FactParams } from './derived';
import { nationGate, PUBLIC_FUNDS_GATE, type Gate } from './gates';
import { compileCondition, type CompiledCondition } from './evaluateCondition';
import { factSlot } from './memoTable';
import type { Condition, Likelihood } from './ruleSchema';

/** A passports-to edge into the benefit. */
export interface EdgeRoute {
  /** The benefit that opens the door (it goes in `via`). */
  readonly from: string;
  /** The memo slot and params of the `gets` fact for `from`. */
  readonly getsSlot: number;
  readonly getsParams: FactParams;
  /** Extra conditions; undefined: none. */
  readonly when: CompiledCondition | undefined;
  readonly max: Likelihood;
}

export interface BenefitPlan {
  readonly nation: Gate;
  /** Undefined: the benefit is not a public fund. */
  readonly publicFunds: Gate | undefined;
  readonly rules: readonly { readonly test: CompiledCondition; readonly max: Likelihood }[];
  readonly edges: readonly EdgeRoute[];
}

const plans = new WeakMap<Knowledge, Map<string, BenefitPlan>>();

/** The plan for a benefit id of this knowledge (an id with no card has no nations, rules or edges). */
export function benefitPlan(kb: Knowledge, id: string): BenefitPlan {
  let byId = plans.get(kb);
  if (!byId) {
    byId = new Map();
    plans.set(kb, byId);
  }
  let plan = byId.get(id);
  if (!plan) {
    plan = makePlan(kb, id);
    byId.set(id, plan);
  }
  return plan;
}

function makePlan(kb: Knowledge, id: string): BenefitPlan {
  return {
    nation: nationGate(kb.benefits.get(id)?.nations),
    publicFunds: kb.settings.publicFunds.includes(id) ? PUBLIC_FUNDS_GATE : undefined,
    rules: (kb.signpostRules.get(id) ?? []).map((r) => ({ test: compileCondition(kb, r.conditions), max: r.event.params.max })),
    edges: (kb.passportsTo.get(id) ?? []).map((e) => {
      const getsParams = { benefit: e.from };
      return { from: e.from, getsSlot: factSlot(`gets${JSON.stringify(getsParams)}`), getsParams, when: e.when ? compileCondition(kb, e.when as Condition) : undefined, max: e.max };
    }),
  };
}
