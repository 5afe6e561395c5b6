/** Three-valued evaluation on toy conditions: Kleene tables, because and blocking. */
import { Assessment } from '../../src/rules/assessment';
import { evaluateCondition } from '../../src/rules/evaluateCondition';
import type { Condition } from '../../src/rules/ruleSchema';
import { triAll, triAny, triNot, type Tri } from '../../src/rules/tri';
import { testEngine, TODAY } from '../support/knowledge';

const kb = testEngine().kb;
const leaf = (fact: string, operator: 'equal' | 'greaterThan', value: unknown): Condition => ({ fact, operator, value } as Condition);

describe('Kleene logic', () => {
  const V: Tri[] = ['true', 'false', 'unknown'];
  it.each(V.flatMap((x) => V.map((y) => [x, y] as const)))('%s and/or %s', (x, y) => {
    const and = x === 'false' || y === 'false' ? 'false' : x === 'unknown' || y === 'unknown' ? 'unknown' : 'true';
    const or = x === 'true' || y === 'true' ? 'true' : x === 'unknown' || y === 'unknown' ? 'unknown' : 'false';
    expect(triAll([x, y])).toBe(and);
    expect(triAny([x, y])).toBe(or);
  });
  it('not swaps true and false and keeps unknown', () => {
    expect(V.map(triNot)).toEqual(['false', 'true', 'unknown']);
  });
});

describe('evaluateCondition', () => {
  const cases: { name: string; facts: object; cond: Condition; value: Tri; because?: string[]; blocking?: string[] }[] = [
    { name: 'known and met', facts: { age: 70 }, cond: { all: [leaf('age', 'greaterThan', 65)] }, value: 'true', because: ['age'] },
    { name: 'known and not met', facts: { age: 30 }, cond: { all: [leaf('age', 'greaterThan', 65)] }, value: 'false' },
    { name: 'unknown blocks', facts: {}, cond: { all: [leaf('age', 'greaterThan', 65)] }, value: 'unknown', blocking: ['age'] },
    { name: 'false beats unknown in all', facts: { has_partner: false }, cond: { all: [leaf('age', 'greaterThan', 65), leaf('has_partner', 'equal', true)] }, value: 'false' },
    { name: 'true beats unknown in any', facts: { has_partner: true }, cond: { any: [leaf('age', 'greaterThan', 65), leaf('has_partner', 'equal', true)] }, value: 'true', because: ['has_partner'] },
    { name: 'derived fact reports the contract facts it used', facts: { age: 70 }, cond: { all: [leaf('over_spa', 'equal', true)] }, value: 'true', because: ['age'] },
    { name: 'age 66 in 2026 needs a date of birth', facts: { age: 66 }, cond: { all: [leaf('over_spa', 'equal', true)] }, value: 'unknown', blocking: ['date_of_birth'] },
    { name: 'unknown screening fact reads as not indicated', facts: {}, cond: { all: [leaf('bereaved', 'equal', true)] }, value: 'false' },
  ];
  it.each(cases)('$name', ({ facts, cond, value, because, blocking }) => {
    const r = evaluateCondition(new Assessment(kb, facts, TODAY), cond);
    expect(r.value).toBe(value);
    if (because) expect([...r.because].sort()).toEqual([...because].sort());
    if (blocking) expect([...r.blocking].sort()).toEqual([...blocking].sort());
  });
});
