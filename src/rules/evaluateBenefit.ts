/**
 * How one benefit comes out: already received; likely (a route's conditions are all met); possible
 * (a route depends on an unknown fact, or the scheme is discretionary); or not applicable. Routes
 * are the benefit's own rules and the passports-to edges into it; the nation and public-funds gates
 * apply to every route.
 */
import type { FactId } from '../facts/facts';
import type { Assessment } from './assessment';
import { benefitPlan, type BenefitPlan } from './benefitPlan';
import { OPEN_GATE } from './gates';
import type { CondResult } from './evaluateCondition';
import type { Likelihood } from './ruleSchema';
import { isKnown, type Tri } from './tri';

export interface BenefitResult {
  /** Undefined: does not apply. */
  readonly likelihood: Likelihood | undefined;
  readonly received: boolean;
  /** Contract facts that decided it. */
  readonly because: readonly FactId[];
  /** Unknown contract facts that could still change it. */
  readonly blocking: readonly FactId[];
  /** Benefits that opened the door to it (passports-to edges that fired). */
  readonly via: readonly string[];
}

/**
 * One way into the benefit that is not known false: a rule, or a passports-to edge (`via`), with the
 * gates that apply to it. Its `because` and `blocking` are read off its parts only for the routes
 * that decide the result.
 */
interface Route { value: Tri; max: Likelihood; cond: CondResult; nation: CondResult; funds: CondResult; gets?: CondResult; via?: string }

const NONE: readonly never[] = [];

export function evaluateBenefit(a: Assessment, id: string): BenefitResult {
  if (a.received(id)) {
    return { likelihood: 'likely', received: true, because: ['receiving'], blocking: NONE, via: NONE };
  }
  const plan = benefitPlan(a.kb, id);
  // A gate that is known false closes every route. The nation gate is read first: it is the first
  // question and rarely changes after. The public funds gate is read only once a route's own
  // conditions are not known false, so a benefit none of whose routes can open does not depend on
  // it (answering the immigration status does not evaluate it again).
  const nation = a.shared(plan.nation.slot, plan.nation.compute);
  if (nation.value === 'false') return NOT_APPLICABLE;
  let gates: Gates | undefined;
  // Every route that is likely returns at once, so these are the true ones that are only possible...
  let sure: Route[] | undefined;
  // ...and the unknown ones.
  let open: Route[] | undefined;
  for (const rule of plan.rules) {
    const cond = rule.test(a);
    if (cond.value === 'false') continue;
    gates ??= gatesOf(a, plan, nation);
    if (gates.value === 'false') return NOT_APPLICABLE;
    const value = and(cond.value, gates.value);
    const r: Route = { value, max: rule.max, cond, nation: gates.nation, funds: gates.funds };
    if (value === 'unknown') (open ??= []).push(r);
    else if (r.max === 'likely') return result('likely', [r], NONE);
    else (sure ??= []).push(r);
  }
  for (const edge of plan.edges) {
    const got = a.factAt(edge.getsSlot, 'gets', edge.getsParams);
    if (got.value === false) continue;
    const gets: CondResult = isKnown(got.value)
      ? { value: 'true', because: got.used, blocking: NONE }
      : { value: 'unknown', because: NONE, blocking: got.missing };
    const cond = edge.when ? edge.when(a) : OPEN_GATE;
    if (cond.value === 'false') continue;
    gates ??= gatesOf(a, plan, nation);
    if (gates.value === 'false') return NOT_APPLICABLE;
    const value = and(and(cond.value, gates.value), gets.value);
    const r: Route = { value, max: edge.max, cond, nation: gates.nation, funds: gates.funds, gets, via: edge.from };
    if (value === 'unknown') (open ??= []).push(r);
    else if (r.max === 'likely') return result('likely', [r], NONE);
    else (sure ??= []).push(r);
  }
  if (sure) return result('possible', sure, open?.filter((r) => r.max === 'likely') ?? NONE);
  // Blocking facts: those that could still upgrade the benefit, or settle a route that is in doubt.
  if (open) return result('possible', open, open);
  return NOT_APPLICABLE;
}

/** The benefit's two gates and their Kleene AND. */
interface Gates { nation: CondResult; funds: CondResult; value: Tri }

function gatesOf(a: Assessment, plan: BenefitPlan, nation: CondResult): Gates {
  const funds = plan.publicFunds ? a.shared(plan.publicFunds.slot, plan.publicFunds.compute) : OPEN_GATE;
  return { nation, funds, value: and(nation.value, funds.value) };
}

const NOT_APPLICABLE: BenefitResult = { likelihood: undefined, received: false, because: NONE, blocking: NONE, via: NONE };

/** Kleene AND of two values. */
function and(x: Tri, y: Tri): Tri {
  return x === 'false' || y === 'false' ? 'false' : x === 'unknown' || y === 'unknown' ? 'unknown' : 'true';
}

/** Adds the facts not already listed, keeping first-seen order. */
function addNew<T>(to: T[], from: readonly T[]): void {
  for (const f of from) if (!to.includes(f)) to.push(f);
}

/**
 * The benefit's result from the routes that decide it (their `because`, each fact once, and `via`)
 * and the unknown routes that could still change it (their `blocking`, each fact once). A route's
 * lists are its condition's, then the nation gate's, the public funds gate's and, for an edge, the
 * `gets` fact's.
 */
function result(likelihood: Likelihood, deciding: readonly Route[], open: readonly Route[]): BenefitResult {
  const because: FactId[] = [];
  const via: string[] = [];
  for (const r of deciding) {
    addNew(because, r.cond.because);
    addNew(because, r.nation.because);
    addNew(because, r.funds.because);
    if (r.gets) addNew(because, r.gets.because);
    if (r.via !== undefined && !via.includes(r.via)) via.push(r.via);
  }
  const blocking: FactId[] = [];
  for (const r of open) {
    addNew(blocking, r.cond.blocking);
    addNew(blocking, r.nation.blocking);
    addNew(blocking, r.funds.blocking);
    if (r.gets) addNew(blocking, r.gets.blocking);
  }
  return { likelihood, received: false, because, blocking: blocking.length > 0 ? blocking : NONE, via: via.length > 0 ? via : NONE };
}
