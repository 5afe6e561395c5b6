/**
 * How one benefit comes out: already received; likely (a route's conditions are all met); possible
 * (a route depends on an unknown fact, or the scheme is discretionary); or not applicable. Routes
 * are the benefit's own rules and the passports-to edges into it; the nation and public-funds gates
 * apply to every route.
 */
import type { FactId } from '../facts/facts';
import type { Assessment } from './assessment';
import { factSlot } from './memoTable';
import { evaluateCondition, type CondResult } from './evaluateCondition';
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
 * One way into the benefit: a rule, or a passports-to edge (`via`), with the gates that apply to it.
 * Its `because` and `blocking` are read off its parts only for the routes that decide the result.
 */
interface Route { value: Tri; max: Likelihood; cond: CondResult; gates: readonly CondResult[]; via?: string }

const TRUE: CondResult = { value: 'true', because: [], blocking: [] };
const NONE: readonly never[] = [];

export function evaluateBenefit(a: Assessment, id: string): BenefitResult {
  if (a.received(id)) {
    return { likelihood: 'likely', received: true, because: ['receiving'], blocking: NONE, via: NONE };
  }
  const nation = nationGate(a, id);
  const funds = publicFundsGate(a, id);
  // A gate that is known false closes every route: nothing else needs evaluating.
  if (nation.value === 'false' || funds.value === 'false') return NOT_APPLICABLE;
  const gates = [nation, funds];
  const routes: Route[] = [];
  for (const rule of a.kb.signpostRules.get(id) ?? []) {
    const r = route(gates, evaluateCondition(a, rule.conditions), rule.event.params.max);
    if (r.value === 'true' && r.max === 'likely') return result('likely', [r], NONE);
    if (r.value !== 'false') routes.push(r);
  }
  for (const edge of a.kb.passportsTo.get(id) ?? []) {
    const gets = a.factAt(getsSlot(edge.from), 'gets', { benefit: edge.from });
    if (gets.value === false) continue;
    const getsCond: CondResult = isKnown(gets.value)
      ? { value: 'true', because: gets.used, blocking: NONE }
      : { value: 'unknown', because: NONE, blocking: gets.missing };
    const when = edge.when ? evaluateCondition(a, edge.when as never) : TRUE;
    const r = route([nation, funds, getsCond], when, edge.max, edge.from);
    if (r.value === 'true' && r.max === 'likely') return result('likely', [r], NONE);
    if (r.value !== 'false') routes.push(r);
  }
  return decide(routes);
}

const NOT_APPLICABLE: BenefitResult = { likelihood: undefined, received: false, because: NONE, blocking: NONE, via: NONE };

/** The memo slot of `gets` for a benefit (its key as `Assessment.fact` builds it); found once per benefit id. */
function getsSlot(benefit: string): number {
  let slot = getsSlots.get(benefit);
  if (slot === undefined) {
    slot = factSlot(`gets{"benefit":"${benefit}"}`);
    getsSlots.set(benefit, slot);
  }
  return slot;
}

const getsSlots = new Map<string, number>();

/** A route's value: the Kleene AND of its condition and its gates. */
function route(gates: readonly CondResult[], cond: CondResult, max: Likelihood, via?: string): Route {
  let value: Tri = cond.value;
  for (const g of gates) {
    if (g.value === 'false') value = 'false';
    else if (g.value === 'unknown' && value === 'true') value = 'unknown';
  }
  return { value, max, cond, gates, via };
}

/** Adds the facts not already listed, keeping first-seen order. */
function addNew<T>(to: T[], from: readonly T[]): void {
  for (const f of from) if (!to.includes(f)) to.push(f);
}

function decide(routes: readonly Route[]): BenefitResult {
  const sure: Route[] = [];
  const open: Route[] = [];
  for (const r of routes) {
    if (r.value === 'true') sure.push(r);
    else open.push(r);
  }
  if (sure.some((r) => r.max === 'likely')) return result('likely', sure.filter((r) => r.max === 'likely'), NONE);
  // Blocking facts: those that could still upgrade the benefit, or settle a route that is in doubt.
  const upgrading = sure.length === 0 ? open : open.filter((r) => r.max === 'likely');
  if (sure.length > 0 || open.length > 0) return result('possible', sure.length > 0 ? sure : open, upgrading);
  return NOT_APPLICABLE;
}

/**
 * The benefit's result from the routes that decide it (their `because`, each fact once, and `via`)
 * and the unknown routes that could still change it (their `blocking`, each fact once).
 */
function result(likelihood: Likelihood, deciding: readonly Route[], open: readonly Route[]): BenefitResult {
  const because: FactId[] = [];
  const via: string[] = [];
  for (const r of deciding) {
    addNew(because, r.cond.because);
    for (const g of r.gates) addNew(because, g.because);
    if (r.via !== undefined && !via.includes(r.via)) via.push(r.via);
  }
  const blocking: FactId[] = [];
  for (const r of open) {
    addNew(blocking, r.cond.blocking);
    for (const g of r.gates) addNew(blocking, g.blocking);
  }
  return { likelihood, received: false, because, blocking: blocking.length > 0 ? blocking : NONE, via: via.length > 0 ? via : NONE };
}

function nationGate(a: Assessment, id: string): CondResult {
  const nations = a.kb.benefits.get(id)?.nations;
  let key = nationKeys.get(id);
  if (key === undefined) {
    key = `nation:${nations?.join(',') ?? ''}`;
    nationKeys.set(id, key);
  }
  return a.shared(key, () => computeNationGate(a, nations));
}

const nationKeys = new Map<string, string>();

function computeNationGate(a: Assessment, nations: readonly string[] | undefined): CondResult {
  const nation = a.fact('nation');
  if (!isKnown(nation.value)) return { value: 'unknown', because: [], blocking: ['nation'] };
  const ok = nations !== undefined && nations.includes(nation.value as string);
  return { value: ok ? 'true' : 'false', because: ['nation'], blocking: [] };
}

function publicFundsGate(a: Assessment, id: string): CondResult {
  if (!a.kb.settings.publicFunds.includes(id)) return TRUE;
  return a.shared('public-funds', () => computePublicFundsGate(a));
}

function computePublicFundsGate(a: Assessment): CondResult {
  const ok = a.fact('public_funds_ok');
  if (!isKnown(ok.value)) return { value: 'unknown', because: [], blocking: ok.missing };
  return { value: ok.value === true ? 'true' : 'false', because: ok.used, blocking: [] };
}
