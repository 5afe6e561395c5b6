/**
 * `evaluate(facts, date)`: what is likely, what is worth checking, what must go to a human, and how
 * the benefits affect each other. Pure and synchronous; no botbuilder. Rules are json-rules-engine
 * JSON evaluated in three-valued logic (docs/adr/0001-rule-evaluation.md).
 */
import type { FactId, Facts } from '../facts/facts';
import type { Knowledge } from '../knowledge/knowledge';
import type { Assessment } from './assessment';
import { conditionValue } from './conditionValue';
import { evaluateCondition } from './evaluateCondition';
import { sharedSlot } from './memoTable';
import type { EscalationLevel } from './ruleSchema';
import type { Escalation, Outcome, Signpost, Warning } from './outcome';

const LEVEL_ORDER: EscalationLevel[] = ['urgent', 'adviser', 'offer'];
const WARNING_TYPES = new Set(['removes', 'excludes', 'overlaps-with', 'counts-as-income-for']);

/**
 * The outcome for an assessment, reusing every benefit it has already evaluated (the planner's
 * assessment of the same turn, say).
 */
export function outcomeOf(a: Assessment): Outcome {
  const { kb } = a;
  const signposts: Signpost[] = [];
  for (const id of kb.benefitIds) {
    const r = a.benefit(id);
    if (!r.likelihood) continue;
    const s: Signpost = { benefit: id, likelihood: r.likelihood, because: [...new Set(r.because)], claim: kb.benefits.get(id)?.claim.short ?? '' };
    if (r.received) s.received = true;
    if (r.via.length > 0) s.via = [...r.via];
    signposts.push(s);
  }
  const { escalation } = escalationOf(a);
  const outcome: Outcome = { signposts: order(kb, signposts), warnings: warnings(kb, signposts), facts: contractFacts(a.facts) };
  if (escalation) outcome.escalation = escalation;
  return outcome;
}

/** Unknown facts that could trigger an escalation someone should be asked about (`askFor`). */
export function escalationBlocking(a: Assessment): Set<FactId> {
  return escalationOf(a).blocking;
}

/** The facts as the contract reports them: the knowledge base's own (`receiving_mentioned`) left out. */
function contractFacts(facts: Facts): Facts {
  const { receiving_mentioned: _mentioned, ...rest } = facts;
  return rest;
}

const ESCALATION = sharedSlot('escalation');

/** The escalation rules' result, worked out once per assessment (the planner and the outcome share it). */
function escalationOf(a: Assessment): ReturnType<typeof escalate> {
  return a.shared(ESCALATION, escalate);
}

function escalate(a: Assessment): { escalation?: Escalation; blocking: Set<FactId> } {
  const reasons: string[] = [];
  let level: EscalationLevel | undefined;
  const blocking = new Set<FactId>();
  for (const rule of a.kb.escalationRules) {
    // The value alone decides unless it is unknown and worth asking about.
    const value = conditionValue(a, rule.conditions);
    if (value === 'unknown' && rule.event.params.askFor) evaluateCondition(a, rule.conditions).blocking.forEach((f) => blocking.add(f));
    if (value !== 'true') continue;
    if (!reasons.includes(rule.event.params.reason)) reasons.push(rule.event.params.reason);
    const l = rule.event.params.level;
    if (!level || LEVEL_ORDER.indexOf(l) < LEVEL_ORDER.indexOf(level)) level = l;
  }
  return { escalation: level ? { level, reasons } : undefined, blocking };
}

/** Likely first, then possible; within each, by theme, then contract order. */
function order(kb: Knowledge, list: Signpost[]): Signpost[] {
  const rank = ranks(kb);
  return list.sort((x, y) =>
    (x.likelihood === y.likelihood ? 0 : x.likelihood === 'likely' ? -1 : 1)
    || (rank.get(x.benefit) ?? 0) - (rank.get(y.benefit) ?? 0));
}


const rankCache = new WeakMap<Knowledge, Map<string, number>>();
/** Presentation rank of each benefit: theme order, then contract order. Computed once per knowledge. */
function ranks(kb: Knowledge): Map<string, number> {
  let r = rankCache.get(kb);
  if (!r) {
    r = new Map(kb.benefitIds.map((id, i) => [id, kb.settings.themeOrder.indexOf(kb.benefits.get(id)?.theme ?? '') * 1000 + i]));
    rankCache.set(kb, r);
  }
  return r;
}

/** Warnings from edges whose two ends are both in play (or, for `removes`, whose source is). */
function warnings(kb: Knowledge, signposts: Signpost[]): Warning[] {
  const inPlay = new Set(signposts.map((s) => s.benefit));
  const out: Warning[] = [];
  for (const e of kb.edges) {
    if (!WARNING_TYPES.has(e.type) || !inPlay.has(e.from)) continue;
    if (e.type !== 'removes' && !inPlay.has(e.to)) continue;
    out.push({ edge: e.id, type: e.type, from: e.from, to: e.to, text: e.explain });
  }
  return out;
}
