/**
 * Cross-reference checks over a loaded knowledge base: no dangling id, every benefit with a rule,
 * every source and document known, every contract fact with a question and words, no cycle
 * between benefits. Returns the problems found (empty when sound).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { FACT_IDS, CONTROL_IDS } from '../facts/facts';
import { DERIVED_FACTS } from '../rules/facts';
import { AMOUNT_PARAMS } from '../rules/facts/work';
import { conditionSchema, type Condition } from '../rules/ruleSchema';
import { themeSchema } from './schemas';
import type { Knowledge } from './knowledge';

const contractFactsSchema = z.object({
  facts: z.array(z.object({ id: z.string(), kind: z.string(), values: z.unknown().optional() }).passthrough()),
  control: z.array(z.object({ id: z.string(), kind: z.string(), values: z.unknown().optional() }).passthrough()),
}).passthrough();

export function checkKnowledge(kb: Knowledge, sourceKeys: string[], dir: string): string[] {
  const p: string[] = [];
  const sources = new Set(sourceKeys);
  const knownId = (id: string) => kb.benefits.has(id) || kb.secondary.has(id);
  if (new Set(sourceKeys).size !== sourceKeys.length) p.push('duplicate source keys');

  for (const id of kb.benefitIds) {
    if (!kb.benefits.has(id)) p.push(`no benefit card for contract id ${id}`);
    if (!(kb.signpostRules.get(id)?.length)) p.push(`benefit ${id} has no rule`);
  }
  for (const [id, b] of kb.benefits) {
    if (!kb.benefitIds.includes(id)) p.push(`benefit card ${id} is not a contract id`);
    b.sources.forEach((s) => sources.has(s) || p.push(`benefit ${id}: unknown source ${s}`));
    b.documents.forEach((d) => kb.documents.has(d) || p.push(`benefit ${id}: unknown document ${d}`));
  }
  for (const [id, s] of kb.series) {
    if (s.benefit && !kb.benefits.has(s.benefit)) p.push(`series ${id}: unknown benefit ${s.benefit}`);
    s.values.forEach((v) => sources.has(v.source) || p.push(`series ${id}: unknown source ${v.source}`));
  }
  for (const e of kb.edges) {
    if (!knownId(e.from)) p.push(`edge ${e.id}: unknown from ${e.from}`);
    if (!knownId(e.to)) p.push(`edge ${e.id}: unknown to ${e.to}`);
    e.sources.forEach((s) => sources.has(s) || p.push(`edge ${e.id}: unknown source ${s}`));
    if (e.when !== undefined) checkCondition(kb, conditionSchema.safeParse(e.when), `edge ${e.id}`, p);
  }
  if (new Set(kb.edges.map((e) => e.id)).size !== kb.edges.length) p.push('duplicate edge ids');
  for (const [id, rules] of kb.signpostRules) {
    if (!kb.benefits.has(id)) p.push(`rule for unknown benefit ${id}`);
    rules.forEach((r) => checkCondition(kb, { success: true, data: r.conditions }, `rule ${r.name}`, p));
  }
  kb.escalationRules.forEach((r) => checkCondition(kb, { success: true, data: r.conditions }, `rule ${r.name}`, p));
  const names = [...kb.signpostRules.values()].flat().map((r) => r.name).concat(kb.escalationRules.map((r) => r.name));
  if (new Set(names).size !== names.length) p.push('duplicate rule names');
  Object.entries(kb.conditions).forEach(([n, c]) => checkCondition(kb, { success: true, data: c }, `condition ${n}`, p));
  kb.settings.publicFunds.forEach((id) => kb.benefits.has(id) || p.push(`settings.publicFunds: unknown ${id}`));
  kb.settings.minorBenefits.forEach((id) => kb.benefits.has(id) || p.push(`settings.minorBenefits: unknown ${id}`));
  kb.settings.followOnBenefits.forEach((id) => kb.benefits.has(id) || p.push(`settings.followOnBenefits: unknown ${id}`));
  for (const [id, cond] of Object.entries(kb.settings.receivableOnlyWhen)) {
    if (!kb.benefits.has(id)) p.push(`settings.receivableOnlyWhen: unknown ${id}`);
    checkCondition(kb, conditionSchema.safeParse(cond), `settings.receivableOnlyWhen ${id}`, p);
  }
  themeSchema.options.forEach((t) => kb.settings.themeOrder.includes(t) || p.push(`settings.themeOrder lacks ${t}`));
  checkQuestions(kb, dir, p);
  checkCycles(kb, p);
  return p;
}

function checkCondition(kb: Knowledge, parsed: { success: boolean; data?: unknown }, where: string, p: string[]): void {
  if (!parsed.success) { p.push(`${where}: not a valid condition`); return; }
  const walk = (c: Condition): void => {
    if ('all' in c) return c.all.forEach(walk);
    if ('any' in c) return c.any.forEach(walk);
    if ('condition' in c) { if (!kb.conditions[c.condition]) p.push(`${where}: unknown named condition ${c.condition}`); return; }
    const derived = DERIVED_FACTS.get(c.fact);
    if (!derived && !(FACT_IDS as string[]).includes(c.fact)) p.push(`${where}: unknown fact ${c.fact}`);
    derived?.params?.forEach((k) => c.params?.[k] !== undefined || p.push(`${where}: ${c.fact} needs param ${k}`));
    const limit = c.params?.limit;
    if (typeof limit === 'string' && !kb.series.has(limit)) p.push(`${where}: unknown limit series ${limit}`);
    if (c.params?.per !== undefined && !['week', 'month', 'year', 'none'].includes(String(c.params.per))) p.push(`${where}: per must be week, month, year or none`);
    if (c.fact === 'amount_vs_limit') {
      for (const [k, allowed] of Object.entries(AMOUNT_PARAMS)) {
        const v = c.params?.[k];
        if (v !== undefined && !(allowed as readonly string[]).includes(String(v))) p.push(`${where}: amount_vs_limit ${k} cannot be ${v}`);
      }
    }
    for (const key of ['benefit', 'benefits'] as const) {
      const v = c.params?.[key];
      if (typeof v === 'string') v.split(',').forEach((id) => kb.benefits.has(id.trim()) || kb.secondary.has(id.trim()) || p.push(`${where}: unknown benefit ${id}`));
    }
  };
  walk(parsed.data as Condition);
}

function checkQuestions(kb: Knowledge, dir: string, p: string[]): void {
  const raw = JSON.parse(readFileSync(join(dir, 'contract', 'facts.json'), 'utf8'));
  const contract = contractFactsSchema.parse(raw);
  const asked = new Set(kb.questions.map((q) => q.fact));
  for (const q of kb.questions) {
    if (!(FACT_IDS as string[]).includes(q.fact)) p.push(`question for unknown fact ${q.fact}`);
    if (q.askWhen) checkCondition(kb, { success: true, data: q.askWhen }, `question ${q.fact}`, p);
  }
  for (const f of [...contract.facts, ...contract.control]) {
    const isControl = (CONTROL_IDS as readonly string[]).includes(f.id);
    if (!isControl && !asked.has(f.id)) p.push(`no question for contract fact ${f.id}`);
    const words = kb.questionCopy[f.id];
    if (!words) { p.push(`no words for question ${f.id}`); continue; }
    if (Array.isArray(f.values)) {
      for (const v of f.values as string[]) if (!words.choices?.[v]) p.push(`question ${f.id}: no title for choice ${v}`);
      for (const v of Object.keys(words.choices ?? {})) if (!(f.values as string[]).includes(v)) p.push(`question ${f.id}: choice ${v} not in contract`);
    }
  }
}

/** Benefits depend on each other through `gets` conditions and passports-to edges: no cycles. */
function checkCycles(kb: Knowledge, p: string[]): void {
  const deps = new Map<string, Set<string>>();
  const add = (from: string, to: string) => deps.set(from, (deps.get(from) ?? new Set()).add(to));
  const collect = (id: string, c: Condition): void => {
    if ('all' in c) return c.all.forEach((x) => collect(id, x));
    if ('any' in c) return c.any.forEach((x) => collect(id, x));
    if ('condition' in c) { const n = kb.conditions[c.condition]; if (n) collect(id, n); return; }
    const list = c.params?.benefit ?? c.params?.benefits;
    if ((c.fact === 'gets' || c.fact === 'gets_any') && typeof list === 'string') list.split(',').forEach((b) => kb.benefits.has(b.trim()) && add(id, b.trim()));
  };
  for (const [id, rules] of kb.signpostRules) rules.forEach((r) => collect(id, r.conditions));
  for (const [to, edges] of kb.passportsTo) edges.forEach((e) => { add(to, e.from); if (e.when) collect(to, e.when as Condition); });
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (id: string, path: string[]): void => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') { p.push(`cycle: ${[...path, id].join(' -> ')}`); return; }
    state.set(id, 'visiting');
    deps.get(id)?.forEach((d) => visit(d, [...path, id]));
    state.set(id, 'done');
  };
  [...deps.keys()].forEach((id) => visit(id, []));
}
