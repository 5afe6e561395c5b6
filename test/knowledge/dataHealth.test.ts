/**
 * Data health of the shipped knowledge: it loads and validates; ids are unique; every rule's event is
 * a known benefit; every question's fact is in the contract; every amount has a source and an
 * effective date; the contract copy matches shared/contracts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FACT_IDS } from '../../src/facts/facts';
import { dataHealth } from '../../src/knowledge/dataHealth';
import { DEFAULT_KNOWLEDGE_DIR } from '../../src/knowledge/loadKnowledge';
import { testEngine } from '../support/knowledge';

const kb = testEngine().kb;

describe('knowledge base health', () => {
  it('has no data-health problems', () => {
    expect(dataHealth(kb)).toEqual([]);
  });
  it('has a card and a rule for every contract benefit id (66)', () => {
    expect(kb.benefitIds).toHaveLength(66);
    expect(kb.benefitIds.filter((id) => !kb.benefits.has(id))).toEqual([]);
    expect(kb.benefitIds.filter((id) => !kb.signpostRules.get(id)?.length)).toEqual([]);
  });
  it('has at least 120 relationships, each with an explanation and a source', () => {
    expect(kb.edges.length).toBeGreaterThanOrEqual(120);
    for (const e of kb.edges) {
      expect(e.explain.length).toBeGreaterThan(10);
      expect(e.sources.every((s) => kb.sources.has(s))).toBe(true);
    }
  });
  it('has unique ids across edges, series, documents and rules', () => {
    const unique = (xs: string[]) => new Set(xs).size === xs.length;
    expect(unique(kb.edges.map((e) => e.id))).toBe(true);
    const rules = [...kb.signpostRules.values()].flat().map((r) => r.name).concat(kb.escalationRules.map((r) => r.name));
    expect(unique(rules)).toBe(true);
  });
  it('points every rule event at a known benefit', () => {
    for (const rules of kb.signpostRules.values()) for (const r of rules) expect(kb.benefits.has(r.event.params.benefit)).toBe(true);
  });
  it('asks a question, with words, for every contract fact', () => {
    expect(kb.questions.map((q) => q.fact).sort()).toEqual([...FACT_IDS].sort());
    for (const f of FACT_IDS) expect(kb.questionCopy[f]?.ask).toBeTruthy();
  });
  it('gives every amount a source and an effective date', () => {
    for (const s of kb.series.values()) {
      for (const v of s.values) {
        expect(kb.sources.has(v.source)).toBe(true);
        expect(v.from).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });
  it('keeps 2026/27 rates: the Pension Credit guarantee is £238.00 a week from April 2026', () => {
    const s = kb.series.get('pension-credit-guarantee.single');
    expect(s?.values.find((v) => v.from.startsWith('2026-04'))?.value).toBe(23800);
  });
});

describe('contract copy', () => {
  const shared = resolve(__dirname, '..', '..', '..', 'shared', 'contracts');
  const run = existsSync(shared) ? it : it.skip;
  run.each(['facts.json', 'benefit-ids.json'])('knowledge/contract/%s matches shared/contracts', (file) => {
    expect(JSON.parse(readFileSync(join(DEFAULT_KNOWLEDGE_DIR, 'contract', file), 'utf8')))
      .toEqual(JSON.parse(readFileSync(join(shared, file), 'utf8')));
  });
});
