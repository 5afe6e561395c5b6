/**
 * The loaded, validated knowledge base: what the engine, the planner and the channels read.
 * Built once by `loadKnowledge()` and frozen.
 */
import type { Benefit, DocumentItem, Edge, Secondary, Series, Source } from './schemas';
import type { Question, QuestionCopy } from './questionSchema';
import type { Condition, EscalationRule, SignpostRule } from '../rules/ruleSchema';

/** Settings the generic gates read (`knowledge/rules/settings.json`). */
export interface RuleSettings {
  /** Benefits that are "public funds": not for people with no recourse to public funds. */
  publicFunds: readonly string[];
  /** Theme order for presenting an outcome. */
  themeOrder: readonly string[];
  /**
   * Smaller, easy-to-check schemes: no question is asked only to settle one of these; they stay
   * "worth checking" instead. Keeps a triage short without hiding anything.
   */
  minorBenefits: readonly string[];
  /**
   * Help that follows from another benefit (passported: Cold Weather Payment, free prescriptions...) or
   * is discretionary (local crisis funds), or is only signposted when already received (Guardian's
   * Allowance). The answers that decide the main benefits settle these, so no question is asked only for
   * one of them; until then they stay "worth checking".
   */
  followOnBenefits: readonly string[];
  /**
   * Benefits a household cannot be getting unless a condition holds (State Pension age, children...).
   * While `receiving` is unknown, a benefit whose condition is known false counts as not received.
   */
  receivableOnlyWhen: Readonly<Record<string, Condition>>;
}

export interface Knowledge {
  /** The contract's "current" benefit ids, in contract order. */
  readonly benefitIds: readonly string[];
  readonly benefits: ReadonlyMap<string, Benefit>;
  readonly secondary: ReadonlyMap<string, Secondary>;
  readonly series: ReadonlyMap<string, Series>;
  readonly documents: ReadonlyMap<string, DocumentItem>;
  readonly sources: ReadonlyMap<string, Source>;
  readonly edges: readonly Edge[];
  /** Passports-to edges by target benefit id. */
  readonly passportsTo: ReadonlyMap<string, readonly Edge[]>;
  readonly signpostRules: ReadonlyMap<string, readonly SignpostRule[]>;
  readonly escalationRules: readonly EscalationRule[];
  readonly conditions: Readonly<Record<string, Condition>>;
  /** In priority order. */
  readonly questions: readonly Question[];
  readonly questionByFact: ReadonlyMap<string, Question>;
  readonly questionCopy: Readonly<Record<string, QuestionCopy>>;
  readonly screeningFacts: ReadonlySet<string>;
  /** Kind (and money period) of every contract fact and control id, from the contract. */
  readonly factKinds: ReadonlyMap<string, { kind: string; period?: string }>;
  readonly settings: RuleSettings;
}
