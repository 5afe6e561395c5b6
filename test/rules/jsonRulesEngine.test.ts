/**
 * The rules are real json-rules-engine rules. This runs every rule through json-rules-engine itself
 * (its Engine, named conditions and fact functions) and checks that Signpost's three-valued evaluator
 * agrees: with unknown facts failing every comparison, the engine passes a rule exactly when Signpost
 * says `true`; with unknown facts passing every comparison, exactly when Signpost does not say `false`.
 */
import { Engine, type RuleProperties } from 'json-rules-engine';
import { Assessment } from '../../src/rules/assessment';
import { evaluateCondition } from '../../src/rules/evaluateCondition';
import { OPERATORS } from '../../src/rules/ruleSchema';
import { applyOperator } from '../../src/rules/operators';
import { isKnown } from '../../src/rules/tri';
import type { Facts } from '../../src/facts/facts';
import { testEngine, TODAY } from '../support/knowledge';
import { partialFacts, randomHousehold, seeded } from '../support/randomFacts';

const UNKNOWN_TOKEN = '__signpost_unknown__';
const kb = testEngine().kb;
const allRules = [...[...kb.signpostRules.values()].flat(), ...kb.escalationRules];

function jreEngine(mode: 'optimistic' | 'pessimistic', facts: Facts): Engine {
  const e = new Engine([], { allowUndefinedFacts: false });
  for (const op of OPERATORS) {
    e.addOperator(op, (a: unknown, b: unknown) => (a === UNKNOWN_TOKEN ? mode === 'optimistic' : applyOperator(op, a, b)));
  }
  for (const [name, cond] of Object.entries(kb.conditions)) e.setCondition(name, cond as never);
  const a = new Assessment(kb, facts, TODAY);
  const names = new Set<string>();
  const collect = (c: unknown): void => {
    if (c && typeof c === 'object') {
      if ('fact' in c) names.add((c as { fact: string }).fact);
      Object.values(c).forEach(collect);
    }
  };
  allRules.forEach((r) => collect(r.conditions));
  Object.values(kb.conditions).forEach(collect);
  for (const name of names) {
    e.addFact(name, (params: Record<string, string | number>) => {
      const r = a.fact(name, params && Object.keys(params).length > 0 ? params : undefined);
      return isKnown(r.value) ? r.value : UNKNOWN_TOKEN;
    });
  }
  allRules.forEach((r) => e.addRule({ ...(r as unknown as RuleProperties), name: r.name }));
  return e;
}

async function passing(mode: 'optimistic' | 'pessimistic', facts: Facts): Promise<Set<string>> {
  const { results } = await jreEngine(mode, facts).run();
  return new Set(results.map((r) => (r as unknown as { name: string }).name));
}

describe('json-rules-engine agrees with the three-valued evaluator', () => {
  const r = seeded(20261122);
  const cases: Facts[] = [{}];
  for (let i = 0; i < 40; i++) cases.push(partialFacts(r, randomHousehold(r, kb.benefitIds), [0.3, 0.6, 0.9, 1][i % 4] as number));

  it.each(cases.map((f, i) => [i, f] as const))('fact set %i', async (_i, facts) => {
    const a = new Assessment(kb, facts, TODAY);
    const tri = new Map(allRules.map((rule) => [rule.name, evaluateCondition(a, rule.conditions).value]));
    const sure = await passing('pessimistic', facts);
    const maybe = await passing('optimistic', facts);
    for (const [name, value] of tri) {
      expect([name, sure.has(name)]).toEqual([name, value === 'true']);
      expect([name, maybe.has(name)]).toEqual([name, value !== 'false']);
    }
  });
});
