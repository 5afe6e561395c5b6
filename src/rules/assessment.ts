/**
 * One assessment: the facts known so far, the date, and memoised results. Every rule reads facts
 * through here, so each fact is computed once per assessment and feeds every rule (tell us once).
 */
import { FACT_IDS, isFactId, type Facts } from '../facts/facts';
import type { Knowledge } from '../knowledge/knowledge';
import { rateAt } from '../knowledge/rateAt';
import { SignpostError } from '../errors';
import { known, unknown, type FactParams, type FactResult } from './derived';
import { DERIVED_FACTS } from './facts';
import { evaluateBenefit, type BenefitResult } from './evaluateBenefit';
import { conditionValue } from './conditionValue';
import { BENEFIT_KEYS, FACT_KEYS, factSlot, MemoTable, SHARED_KEYS } from './memoTable';
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

/** The facts the rules can read: the contract's and the knowledge base's own `receiving_mentioned`. */
const READABLE_FACTS: readonly string[] = [...FACT_IDS, 'receiving_mentioned'];
const FACT_BITS: ReadonlyMap<string, number> = new Map(READABLE_FACTS.map((f, i) => [f, 1 << (i % 31)]));

/**
 * A fact's bit in a dependency mask. With more than 31 readable facts two facts share a bit: a change
 * to either then invalidates what read the other too (less reuse), never the reverse, so it stays exact.
 */
export function factBit(fact: string): number {
  return FACT_BITS.get(fact) ?? 0;
}

const RECEIVED_DEPS = factBit('receiving') | factBit('receiving_mentioned');

/** Equal fact values: primitives by identity, lists element by element (facts are JSON). */
export function sameValue(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => sameValue(v, y[i]));
  if (typeof x === 'object' && x !== null && typeof y === 'object' && y !== null) return JSON.stringify(x) === JSON.stringify(y);
  return false;
}

/** The bits of every readable fact whose value differs between two fact sets (added, removed or changed). */
function changedBits(before: Readonly<Facts>, after: Readonly<Facts>): number {
  let bits = 0;
  const b = before as Record<string, unknown>;
  const c = after as Record<string, unknown>;
  for (const f of READABLE_FACTS) if (!sameValue(b[f], c[f])) bits |= factBit(f);
  return bits;
}

/** The UTC day: every rule reads the assessment date to the day (ages, State Pension age, rates). */
const dayOf = (d: Date): number => Math.floor(d.getTime() / 86_400_000);

export class Assessment {
  /** Memoised values, each with the bits of every fact read while computing it, directly or through other memoised values. */
  private readonly factMemo: MemoTable<FactResult>;
  private readonly benefitMemo: MemoTable<BenefitResult>;
  private readonly gateMemo: MemoTable<unknown>;
  /** The benefits being evaluated, outermost first (a few at most). */
  private readonly inProgress: string[] = [];
  /** Rates by series id. Rates depend only on the knowledge and the UTC day, so assessments on one day share it. */
  private readonly rateMemo: Map<string, number>;
  /** The facts read so far by the value being computed (a bit mask; see {@link factBit}). */
  private reads = 0;

  /**
   * @param facts must not change after this (the engine passes its own validated copy)
   * @param previous an earlier assessment over the same knowledge (the conversation's last turn, say):
   *   every value it worked out that read none of the facts that differ, on the same day, is reused
   *   instead of worked out again. Undefined: everything is worked out afresh. Either way the results
   *   are the same; `test/rules/incremental.test.ts` checks this on every household.
   * @param changed the bits of the facts that differ from `previous.facts`, when the caller has already
   *   compared them; undefined: worked out here
   */
  constructor(readonly kb: Knowledge, readonly facts: Readonly<Facts>, readonly date: Date, previous?: Assessment, changed?: number) {
    if (previous && previous.kb === kb && dayOf(previous.date) === dayOf(date)) {
      changed ??= changedBits(previous.facts, facts);
      this.factMemo = new MemoTable(FACT_KEYS, previous.factMemo, changed);
      this.benefitMemo = new MemoTable(BENEFIT_KEYS, previous.benefitMemo, changed);
      this.gateMemo = new MemoTable(SHARED_KEYS, previous.gateMemo, changed);
      this.rateMemo = previous.rateMemo;
    } else {
      this.factMemo = new MemoTable(FACT_KEYS);
      this.benefitMemo = new MemoTable(BENEFIT_KEYS);
      this.gateMemo = new MemoTable(SHARED_KEYS);
      this.rateMemo = new Map();
    }
  }

  /** A contract or derived fact. Unknown screening facts read as false (not indicated). */
  fact(name: string, params?: FactParams): FactResult {
    return this.factAt(factSlot(params ? `${name}${paramKey(params)}` : name), name, params);
  }

  /** As `fact`, with the memo slot of its key already found (see {@link factSlot}; compiled conditions find it once). */
  factAt(slot: number, name: string, params?: FactParams): FactResult {
    return this.lookup(this.factMemo, slot) ?? this.remember(this.factMemo, slot, () => this.computeFact(name, params ?? {}));
  }

  /**
   * A memoised value, or undefined when the slot has none; a value found counts the facts it read
   * toward the value being computed.
   */
  private lookup<T>(table: MemoTable<T>, slot: number): T | undefined {
    const deps = table.depsAt(slot);
    if (deps < 0) return undefined;
    this.reads |= deps;
    return table.valueAt(slot);
  }

  /**
   * Works a value out and keeps it with the bits of every fact read meanwhile; those reads also count
   * toward the value being computed around it. Memoised values are never undefined.
   */
  private remember<T>(table: MemoTable<T>, slot: number, compute: () => T): T {
    const outer = this.reads;
    this.reads = 0;
    try {
      const value = compute();
      table.set(slot, value, this.reads);
      return value;
    } finally {
      this.reads |= outer;
    }
  }

  private computeFact(name: string, params: FactParams): FactResult {
    if (isFactId(name)) {
      this.reads |= factBit(name);
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
    this.reads |= RECEIVED_DEPS;
    const list = this.facts.receiving ?? this.facts.receiving_mentioned;
    return list !== undefined && list.includes(id);
  }

  /** The value a question's `whenNotAsked` gives while its `askWhen` is known false. */
  private implied(name: string): FactResult | undefined {
    const q = this.kb.questionByFact.get(name);
    if (!q || q.whenNotAsked === undefined || !q.askWhen) return undefined;
    return conditionValue(this, q.askWhen) === 'false' ? known(q.whenNotAsked, relevantFacts(this, q.askWhen)) : undefined;
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

  /**
   * Memoises a per-assessment value that several benefits share (e.g. a nation gate).
   * @param slot the value's key's slot (see `sharedSlot`)
   * @param compute must read facts only through the assessment it is given (this one), so the value
   *   is reused only while those facts stand
   */
  shared<T>(slot: number, compute: (a: Assessment) => T): T {
    return (this.lookup(this.gateMemo, slot) ?? this.remember(this.gateMemo, slot, () => compute(this))) as T;
  }

  /** How a benefit comes out for this household, memoised; cycles are a knowledge error. */
  benefit(id: string): BenefitResult {
    const slot = BENEFIT_KEYS.slot(id);
    const hit = this.lookup(this.benefitMemo, slot);
    if (hit) return hit;
    if (this.inProgress.includes(id)) throw new SignpostError('SP_KNOWLEDGE_CYCLE', id);
    this.inProgress.push(id);
    try {
      return this.remember(this.benefitMemo, slot, () => evaluateBenefit(this, id));
    } finally {
      this.inProgress.pop();
    }
  }
}
