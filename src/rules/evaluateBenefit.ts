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
import { isKnown, triAll, type Tri } from './tri';

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

interface Route { value: Tri; max: Likelihood; because: ReadonlySet<FactId>; blocking: ReadonlySet<FactId>; via?: string }

const TRUE: CondResult = { value: 'true', because: new Set(), blocking: new Set() };

export function evaluateBenefit(a: Assessment, id: string): BenefitResult {
  const receiving = a.fact('receiving');
  if (isKnown(receiving.value) && (receiving.value as string[]).includes(id)) {
    return { likelihood: 'likely', received: true, because: ['receiving'], blocking: [], via: [] };
  }
  const gates = [nationGate(a, id), publicFundsGate(a, id)];
  const routes: Route[] = [];
  for (const rule of a.kb.signpostRules.get(id) ?? []) {
    routes.push(route(gates, evaluateCondition(a, rule.conditions), rule.event.params.max));
  }
  for (const edge of a.kb.passportsTo.get(id) ?? []) {
    const gets = a.fact('gets', { benefit: edge.from });
    const getsCond: CondResult = isKnown(gets.value)
      ? { value: gets.value === true ? 'true' : 'false', because: new Set(gets.used), blocking: new Set() }
      : { value: 'unknown', because: new Set(), blocking: new Set(gets.missing) };
    const when = edge.when ? evaluateCondition(a, edge.when as never) : TRUE;
    routes.push({ ...route([...gates, getsCond], when, edge.max), via: edge.from });
  }
  return decide(routes);
}

function route(gates: CondResult[], cond: CondResult, max: Likelihood): Route {
  const parts = [...gates, cond];
  const value = triAll(parts.map((p) => p.value));
  const because = new Set<FactId>();
  const blocking = new Set<FactId>();
  if (value !== 'false') {
    for (const p of parts) {
      p.because.forEach((f) => because.add(f));
      if (value === 'unknown') p.blocking.forEach((f) => blocking.add(f));
    }
  }
  return { value, max, because, blocking };
}

function decide(routes: Route[]): BenefitResult {
  const likely = routes.filter((r) => r.value === 'true' && r.max === 'likely');
  if (likely.length > 0) return result('likely', likely, []);
  const sure = routes.filter((r) => r.value === 'true');
  const open = routes.filter((r) => r.value === 'unknown');
  // Blocking facts: those that could still upgrade the benefit, or settle a route that is in doubt.
  const upgrading = open.filter((r) => r.max === 'likely' || sure.length === 0);
  if (sure.length > 0 || open.length > 0) return result('possible', sure.length > 0 ? sure : open, upgrading);
  return { likelihood: undefined, received: false, because: [], blocking: [], via: [] };
}

function result(likelihood: Likelihood, deciding: Route[], open: Route[]): BenefitResult {
  const because = new Set<FactId>();
  const blocking = new Set<FactId>();
  const via = new Set<string>();
  for (const r of deciding) {
    r.because.forEach((f) => because.add(f));
    if (r.via) via.add(r.via);
  }
  for (const r of open) r.blocking.forEach((f) => blocking.add(f));
  return { likelihood, received: false, because: [...because], blocking: [...blocking], via: [...via] };
}

function nationGate(a: Assessment, id: string): CondResult {
  const benefit = a.kb.benefits.get(id);
  const nation = a.fact('nation');
  if (!isKnown(nation.value)) return { value: 'unknown', because: new Set(), blocking: new Set(['nation']) };
  const ok = benefit !== undefined && (benefit.nations as string[]).includes(nation.value as string);
  return { value: ok ? 'true' : 'false', because: new Set(['nation']), blocking: new Set() };
}

function publicFundsGate(a: Assessment, id: string): CondResult {
  if (!a.kb.settings.publicFunds.includes(id)) return TRUE;
  const ok = a.fact('public_funds_ok');
  if (!isKnown(ok.value)) return { value: 'unknown', because: new Set(), blocking: new Set(ok.missing) };
  return { value: ok.value === true ? 'true' : 'false', because: new Set(ok.used), blocking: new Set() };
}
