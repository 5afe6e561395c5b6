/**
 * What the engine works out once and keeps (rates per day, plans and compiled conditions per
 * knowledge, value-only conditions) must never go stale: a memo across an uprating day, two
 * knowledge bases in one process, and the value-only evaluation against the full one.
 */
import type { Facts } from '../../src/facts/facts';
import type { Knowledge } from '../../src/knowledge/knowledge';
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { createEngine, type EngineMemo } from '../../src/rules';
import { Assessment } from '../../src/rules/assessment';
import { conditionValue } from '../../src/rules/conditionValue';
import { evaluateCondition } from '../../src/rules/evaluateCondition';
import type { Condition } from '../../src/rules/ruleSchema';
import { testEngine, TODAY } from '../support/knowledge';
import { randomHousehold, seeded } from '../support/randomFacts';

const e = testEngine();

/** Random complete households, and the same with about half their facts left out. */
function households(seed: number, n: number): Facts[] {
  const r = seeded(seed);
  const out: Facts[] = [];
  for (let i = 0; i < n; i++) {
    const h = randomHousehold(r, e.kb.benefitIds) as Record<string, unknown>;
    out.push(h as Facts, Object.fromEntries(Object.entries(h).filter(() => r() < 0.5)) as Facts);
  }
  return out;
}

describe('rates', () => {
  // Most rates change on 6 April 2026: the last minute before it and the first after it.
  const before = new Date('2026-04-05T23:59:00Z');
  const after = new Date('2026-04-06T00:01:00Z');

  test('a memo from the day before an uprating gives the new day\'s rates', () => {
    // Single pensioners with incomes around the Pension Credit guarantee, which the uprating moves.
    const pensioners = Array.from({ length: 9 }, (_, i) => ({
      nation: 'england', age: 75, has_partner: false, children_count: 0, income: 200 + 10 * i, savings: 0, housing: 'rent-private',
      health_condition: false, caring_hours: 0, immigration_status: 'british-irish', receiving: [], employment: 'retired', lives_alone: true,
    }) as Facts);
    let differs = 0;
    for (const facts of [...pensioners, ...households(606, 20)]) {
      const old = e.step(facts, before);
      const fresh = e.step(facts, after);
      const carried = e.step(facts, after, undefined, old.memo);
      expect(carried.outcome).toEqual(fresh.outcome);
      expect(carried.next?.fact).toBe(fresh.next?.fact);
      // And back: the new day's memo does not leak its rates into the day before.
      const back = e.step(facts, before, undefined, carried.memo);
      expect(back.outcome).toEqual(old.outcome);
      if (JSON.stringify(old.outcome) !== JSON.stringify(fresh.outcome)) differs++;
    }
    // The check means something only if the uprating changes some outcomes.
    expect(differs).toBeGreaterThan(0);
  });
});

describe('two knowledge bases in one process', () => {
  /** The shipped knowledge with Universal Credit for England only and out of the public funds rule. */
  function altered(kb: Knowledge): Knowledge {
    const uc = kb.benefits.get('universal-credit');
    if (!uc) throw new Error('universal-credit missing');
    const benefits = new Map(kb.benefits);
    benefits.set('universal-credit', { ...uc, nations: ['england'] });
    const publicFunds = kb.settings.publicFunds.filter((id) => id !== 'universal-credit');
    return { ...kb, benefits, settings: { ...kb.settings, publicFunds } };
  }

  test('each engine evaluates with its own knowledge, in any order', () => {
    const other = createEngine(altered(loadKnowledge()));
    const wales = { nation: 'wales', age: 30, has_partner: false, children_count: 0, income: 0, savings: 0, employment: 'not-working', housing: 'rent-private', immigration_status: 'british-irish' } as Facts;
    const nrpf = { ...wales, nation: 'england', immigration_status: 'limited-leave-nrpf' } as Facts;
    const uc = (o: { signposts: { benefit: string }[] }) => o.signposts.some((s) => s.benefit === 'universal-credit');
    const first = [e.evaluate(wales, TODAY), e.evaluate(nrpf, TODAY)];
    expect(first.map(uc)).toEqual([true, false]);
    expect([other.evaluate(wales, TODAY), other.evaluate(nrpf, TODAY)].map(uc)).toEqual([false, true]);
    expect([e.evaluate(wales, TODAY), e.evaluate(nrpf, TODAY)]).toEqual(first);
  });

  test('a memo from another knowledge base is not reused', () => {
    const other = createEngine(altered(loadKnowledge()));
    const facts = { nation: 'wales', age: 30, has_partner: false, children_count: 0, income: 0, savings: 0, employment: 'not-working', housing: 'rent-private' } as Facts;
    const memo: EngineMemo = e.step(facts, TODAY).memo;
    expect(other.evaluate(facts, TODAY, memo)).toEqual(other.evaluate(facts, TODAY));
  });
});

describe('value-only condition evaluation', () => {
  test('gives the value the full evaluation gives, for every condition in the knowledge', () => {
    const kb = e.kb;
    const conditions: Condition[] = [
      ...Object.values(kb.conditions),
      ...[...kb.signpostRules.values()].flat().map((r) => r.conditions),
      ...kb.escalationRules.map((r) => r.conditions),
      ...kb.questions.flatMap((q) => (q.askWhen ? [q.askWhen as Condition] : [])),
      ...Object.values(kb.settings.receivableOnlyWhen),
    ];
    for (const facts of [{} as Facts, ...households(707, 30)]) {
      // A fresh assessment for each, so the value-only pass cannot lean on facts the full pass worked out.
      const values = conditions.map((c) => conditionValue(new Assessment(kb, facts, TODAY), c));
      expect(values).toEqual(conditions.map((c) => evaluateCondition(new Assessment(kb, facts, TODAY), c).value));
    }
  });
});
