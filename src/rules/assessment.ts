/**
 * One assessment: the facts known so far, the date, and memoised results. Every rule reads facts
 * through here, so each fact is computed once per assessment and feeds every rule (tell us once).
 */
import { isFactId, type Facts } from '../facts/facts';
import type { Knowledge } from '../knowledge/knowledge';
import { rateAt } from '../knowledge/rateAt';
import { SignpostError } from '../errors';
import { known, unknown, type FactParams, type FactResult } from './derived';
import { DERIVED_FACTS } from './facts';
import { evaluateBenefit, type BenefitResult } from './evaluateBenefit';
import { evaluateCondition } from './evaluateCondition';
import type { Condition } from './ruleSchema';
import type { FactId } from '../facts/facts';

/** The known contract facts a condition reads (why an unasked fact is implied). */
function relevantFacts(a: Assessment, cond: Condition): FactId[] {
  const out = new Set<FactId>();
  const walk = (c: Condition): void => {
    if ('all' in c) return c.all.forEach(walk);
    if ('any' in c) return c.any.forEach(walk);
    if ('condition' in c) { const n = a.kb.conditions[c.condition]; if (n) walk(n); return; }
    a.fact(c.fact, c.params).used.forEach((f) => out.add(f));
  };
  walk(cond);
  return [...out];
}

/** Rule params objects are frozen knowledge, so their key is computed once per object. */
const paramKeys = new WeakMap<object, string>();
function paramKey(params: FactParams): string {
  let k = paramKeys.get(params);
  if (k === undefined) {
    k = JSON.stringify(params);
    paramKeys.set(params, k);
  }
  return k;
}

export class Assessment {
  private readonly factMemo = new Map<string, FactResult>();
  private readonly benefitMemo = new Map<string, BenefitResult>();
  private readonly inProgress = new Set<string>();
  private readonly rateMemo = new Map<string, number>();
  private readonly gateMemo = new Map<string, unknown>();

  constructor(readonly kb: Knowledge, readonly facts: Readonly<Facts>, readonly date: Date) {}

  /** A contract or derived fact. Unknown screening facts read as false (not indicated). */
  fact(name: string, params?: FactParams): FactResult {
    return this.factByKey(params ? `${name}${paramKey(params)}` : name, name, params);
  }

  /** As `fact`, with the memo key already built (compiled conditions build it once). */
  factByKey(key: string, name: string, params?: FactParams): FactResult {
    const hit = this.factMemo.get(key);
    if (hit) return hit;
    const result = this.computeFact(name, params ?? {});
    this.factMemo.set(key, result);
    return result;
  }

  private computeFact(name: string, params: FactParams): FactResult {
    if (isFactId(name)) {
      const v = this.facts[name];
      if (v !== undefined) return known(v, [name]);
      const implied = this.implied(name);
      if (implied) return implied;
      return this.kb.screeningFacts.has(name) ? known(false, []) : unknown([name]);
    }
    const derived = DERIVED_FACTS.get(name);
    if (!derived) throw new SignpostError('SP_FACT_UNKNOWN', name);
    return derived.compute(this, params);
  }

  /**
   * Whether the household is known to get this benefit already: it is in `receiving` (the full list, once
   * asked), or, before that, the person mentioned getting it (`receiving_mentioned`). False means not
   * known to be received, which before `receiving` is asked is not the same as known not received.
   */
  received(id: string): boolean {
    const list = this.facts.receiving ?? this.facts.receiving_mentioned;
    return list !== undefined && list.includes(id);
  }

  /** The value a question's `whenNotAsked` gives while its `askWhen` is known false. */
  private implied(name: string): FactResult | undefined {
    const q = this.kb.questionByFact.get(name);
    if (!q || q.whenNotAsked === undefined || !q.askWhen) return undefined;
    const relevant = evaluateCondition(this, q.askWhen);
    return relevant.value === 'false' ? known(q.whenNotAsked, relevantFacts(this, q.askWhen)) : undefined;
  }

  /** A rate or parameter in force on the assessment date (pence for money). */
  rate(id: string): number {
    let v = this.rateMemo.get(id);
    if (v === undefined) {
      v = rateAt(this.kb, id, this.date);
      this.rateMemo.set(id, v);
    }
    return v;
  }

  /** Memoises a per-assessment value that several benefits share (e.g. a nation gate). */
  shared<T>(key: string, compute: () => T): T {
    if (this.gateMemo.has(key)) return this.gateMemo.get(key) as T;
    const v = compute();
    this.gateMemo.set(key, v);
    return v;
  }

  /** How a benefit comes out for this household, memoised; cycles are a knowledge error. */
  benefit(id: string): BenefitResult {
    const hit = this.benefitMemo.get(id);
    if (hit) return hit;
    if (this.inProgress.has(id)) throw new SignpostError('SP_KNOWLEDGE_CYCLE', id);
    this.inProgress.add(id);
    try {
      const result = evaluateBenefit(this, id);
      this.benefitMemo.set(id, result);
      return result;
    } finally {
      this.inProgress.delete(id);
    }
  }
}
