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

export class Assessment {
  private readonly factMemo = new Map<string, FactResult>();
  private readonly benefitMemo = new Map<string, BenefitResult>();
  private readonly inProgress = new Set<string>();

  constructor(readonly kb: Knowledge, readonly facts: Readonly<Facts>, readonly date: Date) {}

  /** A contract or derived fact. Unknown screening facts read as false (not indicated). */
  fact(name: string, params?: FactParams): FactResult {
    const key = params ? `${name}${JSON.stringify(params)}` : name;
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
      return this.kb.screeningFacts.has(name) ? known(false, []) : unknown([name]);
    }
    const derived = DERIVED_FACTS.get(name);
    if (!derived) throw new SignpostError('SP_FACT_UNKNOWN', name);
    return derived.compute(this, params);
  }

  /** A rate or parameter in force on the assessment date (pence for money). */
  rate(id: string): number {
    return rateAt(this.kb, id, this.date);
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
