/**
 * How one benefit comes out: already received; likely (a route's conditions are all met); possible
 * (a route depends on an unknown fact, or the scheme is discretionary); or not applicable. Routes
 * are the benefit's own rules and the passports-to edges into it; the nation and public-funds gates
 * apply to every route.
 */
import type { FactId } from '../facts/facts';
import type { Assessment } from './assessment';
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

interface Route { value: Tri; max: Likelihood; because: readonly FactId[]; blocking: readonly FactId[]; via?: string }

const TRUE: CondResult = { value: 'true', because: [], blocking: [] };

export function evaluateBenefit(a: Assessment, id: string): BenefitResult {
  if (a.received(id)) {
    return { likelihood: 'likely', received: true, because: ['receiving'], blocking: [], via: [] };
  }
  const nation = nationGate(a, id);
  const funds = publicFundsGate(a, id);
  // A gate that is known false closes every route: nothing else needs evaluating.
  if (nation.value === 'false' || funds.value === 'false') return NOT_APPLICABLE;
  const gates = [nation, funds];
  const routes: Route[] = [];
  for (const rule of a.kb.signpostRules.get(id) ?? []) {
    const r = route(gates, evaluateCondition(a, rule.conditions), rule.event.params.max);
    if (r.value === 'true' && r.max === 'likely') return result('likely', [r], []);
    routes.push(r);
  }
  for (const edge of a.kb.passportsTo.get(id) ?? []) {
    const gets = a.factByKey(getsKey(edge.from), 'gets', { benefit: edge.from });
    if (gets.value === false) continue;
    const getsCond: CondResult = isKnown(gets.value)
      ? { value: 'true', because: gets.used, blocking: [] }
      : { value: 'unknown', because: [], blocking: gets.missing };
    const when = edge.when ? evaluateCondition(a, edge.when as never) : TRUE;
    const r = route([nation, funds, getsCond], when, edge.max, edge.from);
    if (r.value === 'true' && r.max === 'likely') return result('likely', [r], []);
    routes.push(r);
  }
  return decide(routes);
}

const NOT_APPLICABLE: BenefitResult = { likelihood: undefined, received: false, because: [], blocking: [], via: [] };

/** The memo key of `gets` for a benefit, as `Assessment.fact` builds it; built once per benefit id. */
function getsKey(benefit: string): string {
  let key = getsKeys.get(benefit);
  if (key === undefined) {
    key = `gets{"benefit":"${benefit}"}`;
    getsKeys.set(benefit, key);
  }
  return key;
}

const getsKeys = new Map<string, string>();

/** Kleene AND of two values. */
function and(x: Tri, y: Tri): Tri {
  return x === 'false' || y === 'false' ? 'false' : x === 'unknown' || y === 'unknown' ? 'unknown' : 'true';
}

function route(gates: CondResult[], cond: CondResult, max: Likelihood, via?: string): Route {
  let value: Tri = cond.value;
  for (const g of gates) value = and(value, g.value);
  if (value === 'false') return via === undefined ? { value, max, because: [], blocking: [] } : { value, max, because: [], blocking: [], via };
  const because: FactId[] = [...cond.because];
  const blocking: FactId[] = value === 'unknown' ? [...cond.blocking] : [];
  for (const g of gates) {
    because.push(...g.because);
    if (value === 'unknown') blocking.push(...g.blocking);
  }
  return via === undefined ? { value, max, because, blocking } : { value, max, because, blocking, via };
}

function decide(routes: Route[]): BenefitResult {
  const likely = routes.filter((r) => r.value === 'true' && r.max === 'likely');
  if (likely.length > 0) return result('likely', likely, []);
  const sure = routes.filter((r) => r.value === 'true');
  const open = routes.filter((r) => r.value === 'unknown');
  // Blocking facts: those that could still upgrade the benefit, or settle a route that is in doubt.
  const upgrading = open.filter((r) => r.max === 'likely' || sure.length === 0);
  if (sure.length > 0 || open.length > 0) return result('possible', sure.length > 0 ? sure : open, upgrading);
  return NOT_APPLICABLE;
}

function result(likelihood: Likelihood, deciding: Route[], open: Route[]): BenefitResult {
  const because = new Set<FactId>();
  const blocking = new Set<FactId>();
  const via = new Set<string>();
  for (const r of deciding) {
    for (const f of r.because) because.add(f);
    if (r.via) via.add(r.via);
  }
  for (const r of open) for (const f of r.blocking) blocking.add(f);
  return { likelihood, received: false, because: [...because], blocking: [...blocking], via: [...via] };
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
