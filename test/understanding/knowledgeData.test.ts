import benefitIds from '../../knowledge/contract/benefit-ids.json';
import contract from '../../knowledge/contract/facts.json';
import { CRISIS_CATEGORIES } from '../../src/understanding/crisisCategories';
import { crisisPatterns } from '../../src/understanding/crisisPatterns';
import { extractionData } from '../../src/understanding/extractionData';
import { helplinesFor } from '../../src/understanding/helplines';
import { synonyms } from '../../src/understanding/synonyms';

type ContractFact = { id: string; values?: unknown };
const allFacts = [...contract.facts, ...contract.control] as ContractFact[];

test('the data files load and validate', () => {
  expect(() => synonyms()).not.toThrow();
  expect(() => extractionData()).not.toThrow();
  expect(() => helplinesFor('danger-now')).not.toThrow();
  expect(crisisPatterns().categories.map((c) => c.id).sort()).toEqual([...CRISIS_CATEGORIES].sort());
});

test('synonym values exist in the contract (choice facts) or are benefit ids (receiving)', () => {
  const benefits = new Set([...benefitIds.current.map((b) => b.id), ...benefitIds.legacy_or_rule.map((b) => b.id), 'none']);
  for (const [fact, byValue] of Object.entries(synonyms())) {
    const known = fact === 'receiving' ? [...benefits] : (allFacts.find((f) => f.id === fact)?.values as string[] | undefined);
    expect(known).toBeDefined();
    for (const value of Object.keys(byValue)) expect(known).toContain(value);
  }
});

test('extraction phrases name real fact values', () => {
  const { phrases } = extractionData();
  for (const [fact, entries] of Object.entries(phrases)) {
    const declared = allFacts.find((f) => f.id === fact)?.values as string[] | undefined;
    for (const { value } of entries) expect(declared ? declared.includes(value) : ['true', 'false'].includes(value)).toBe(true);
  }
});
