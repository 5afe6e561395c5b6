/**
 * Loads `knowledge/`, validates every file with its zod schema, checks every cross-reference, and
 * returns a frozen `Knowledge`. Any problem stops start-up with all problems listed
 * (SP_KNOWLEDGE_INVALID), so a bad edit never reaches a conversation.
 */
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { SignpostError } from '../errors';
import {
  benefitSchema, documentSchema, edgeSchema, secondarySchema, seriesSchema, sourceSchema,
  type Benefit, type Edge, type Series,
} from './schemas';
import { questionCopyFileSchema, questionSchema } from './questionSchema';
import { namedConditionsSchema, ruleFileSchema, type EscalationRule, type SignpostRule } from '../rules/ruleSchema';
import type { Knowledge } from './knowledge';
import { jsonFiles, readJson } from './readJson';
import { checkKnowledge } from './checkKnowledge';

/** The knowledge folder shipped with the service. */
export const DEFAULT_KNOWLEDGE_DIR = resolve(__dirname, '..', '..', 'knowledge');

const contractIdsSchema = z.object({ current: z.array(z.object({ id: z.string() }).passthrough()) }).passthrough();
const contractFactsSchema = z.object({
  facts: z.array(z.object({ id: z.string(), kind: z.string(), period: z.string().optional() }).passthrough()),
  control: z.array(z.object({ id: z.string(), kind: z.string() }).passthrough()),
}).passthrough();
const settingsSchema = z.object({
  publicFunds: z.array(z.string()),
  themeOrder: z.array(z.string()),
  minorBenefits: z.array(z.string()).default([]),
  followOnBenefits: z.array(z.string()).default([]),
  receivableOnlyWhen: z.record(z.unknown()).default({}).transform((r) => Object.fromEntries(Object.entries(r).filter(([k]) => !k.startsWith('_')))),
}).strict();

export function loadKnowledge(dir: string = DEFAULT_KNOWLEDGE_DIR): Knowledge {
  const problems: string[] = [];
  const contract = readJson(join(dir, 'contract', 'benefit-ids.json'), contractIdsSchema, problems);
  const contractFacts = readJson(join(dir, 'contract', 'facts.json'), contractFactsSchema, problems);
  const benefits = jsonFiles(join(dir, 'benefits')).map((f) => readJson(f, benefitSchema, problems)).filter(isDef);
  const rates = jsonFiles(join(dir, 'rates')).flatMap((f) => readJson(f, z.array(seriesSchema), problems) ?? []);
  const parameters = readJson(join(dir, 'parameters.json'), z.array(seriesSchema), problems) ?? [];
  const sources = jsonFiles(join(dir, 'sources')).flatMap((f) => readJson(f, z.array(sourceSchema), problems) ?? []);
  const documents = readJson(join(dir, 'documents.json'), z.array(documentSchema), problems) ?? [];
  const edges = readJson(join(dir, 'edges.json'), z.array(edgeSchema), problems) ?? [];
  const secondary = readJson(join(dir, 'secondary.json'), z.array(secondarySchema), problems) ?? [];
  const questions = readJson(join(dir, 'questions.json'), z.array(questionSchema), problems) ?? [];
  const copy = readJson(join(dir, 'content', 'en', 'questions.json'), questionCopyFileSchema, problems) ?? {};
  const conditions = readJson(join(dir, 'rules', 'conditions.json'), namedConditionsSchema, problems) ?? {};
  const settings = readJson(join(dir, 'rules', 'settings.json'), settingsSchema, problems);
  const rules = jsonFiles(join(dir, 'rules'))
    .filter((f) => !f.endsWith('conditions.json') && !f.endsWith('settings.json'))
    .flatMap((f) => readJson(f, ruleFileSchema, problems) ?? []);

  const signpostRules = new Map<string, SignpostRule[]>();
  const escalationRules: EscalationRule[] = [];
  for (const r of rules) {
    if (isSignpost(r)) {
      const id = r.event.params.benefit;
      signpostRules.set(id, [...(signpostRules.get(id) ?? []), r]);
    } else escalationRules.push(r);
  }
  const passportsTo = new Map<string, Edge[]>();
  for (const e of edges) {
    if (e.type !== 'passports-to' || e.scope === 'explain-only') continue;
    passportsTo.set(e.to, [...(passportsTo.get(e.to) ?? []), e]);
  }
  const kb: Knowledge = {
    benefitIds: contract?.current.map((b) => b.id) ?? [],
    benefits: byId(benefits, problems, 'benefit'),
    secondary: byId(secondary, problems, 'secondary id'),
    series: byId<Series>([...rates, ...parameters], problems, 'rate or parameter'),
    documents: byId(documents, problems, 'document'),
    sources: new Map(sources.map((s) => [s.key, s])),
    edges,
    passportsTo,
    signpostRules,
    escalationRules,
    conditions,
    questions: [...questions].sort((x, y) => x.priority - y.priority),
    questionByFact: new Map(questions.map((q) => [q.fact, q])),
    questionCopy: copy,
    screeningFacts: new Set(questions.filter((q) => q.screening).map((q) => q.fact)),
    settings: (settings ?? { publicFunds: [], themeOrder: [], minorBenefits: [], followOnBenefits: [], receivableOnlyWhen: {} }) as Knowledge['settings'],
    factKinds: new Map([...(contractFacts?.facts ?? []), ...(contractFacts?.control ?? [])]
      .map((f) => [f.id, { kind: f.kind, ...('period' in f && typeof f.period === 'string' ? { period: f.period } : {}) }])),
  };
  if (problems.length === 0) problems.push(...checkKnowledge(kb, sources.map((s) => s.key), dir));
  if (problems.length > 0) {
    throw new SignpostError('SP_KNOWLEDGE_INVALID', `\n  - ${problems.slice(0, 40).join('\n  - ')}${problems.length > 40 ? `\n  ... and ${problems.length - 40} more` : ''}`);
  }
  return deepFreeze(kb);
}

function isSignpost(r: SignpostRule | EscalationRule): r is SignpostRule {
  return r.event.type === 'signpost';
}

function isDef<T>(x: T | undefined): x is T {
  return x !== undefined;
}

function byId<T extends { id: string }>(items: T[], problems: string[], what: string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    if (map.has(item.id)) problems.push(`duplicate ${what} id: ${item.id}`);
    map.set(item.id, item);
  }
  return map;
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object' && !Object.isFrozen(o)) {
    Object.freeze(o);
    if (o instanceof Map) o.forEach((v) => deepFreeze(v));
    else Object.values(o as object).forEach((v) => deepFreeze(v));
  }
  return o;
}

export type { Benefit };
