/**
 * The Teams adviser bot's words and data (`channels/teams/*.json`), validated once at load: terse
 * triage prompts for every contract fact, benefit aliases and card wording. No sentence lives in code.
 */
import { z } from 'zod';
import wordsJson from '../../../channels/teams/words.json';
import terseJson from '../../../channels/teams/terseQuestions.json';
import aliasesJson from '../../../channels/teams/aliases.json';
import { FACT_IDS, type FactId } from '../../facts/facts';

const factValue = z.union([z.boolean(), z.number(), z.string(), z.array(z.union([z.string(), z.number()]))]);

export const terseQuestionSchema = z.object({
  /** The terse question, e.g. "Client's nation?". */
  ask: z.string().min(3),
  /** Short label for echoes and cards, e.g. "Nation". */
  label: z.string().min(2),
  /** Words that may start a fragment naming this fact: "savings 3k", "partner 71". */
  keys: z.array(z.string().min(1)).default([]),
  /** Whole fragments that mean a value: "couple" → true, "private rent" → "rent-private". */
  words: z.record(factValue).default({}),
  /** Terse titles for choice values, for echoes and cards. */
  values: z.record(z.string()).default({}),
}).strict();
export type TerseQuestion = z.infer<typeof terseQuestionSchema>;

const terseSchema = z.record(terseQuestionSchema).superRefine((t, ctx) => {
  for (const f of FACT_IDS) if (!t[f]) ctx.addIssue({ code: 'custom', message: `terseQuestions.json has no entry for ${f}` });
});

const wordsSchema = z.object({
  help: z.string(),
  card: z.record(z.string()),
  periods: z.record(z.string()),
  edgeVerbs: z.record(z.string()),
  together: z.record(z.string()),
  levels: z.record(z.string()),
  reasons: z.record(z.string()),
}).passthrough();

const aliasesSchema = z.object({ aliases: z.record(z.array(z.string()).min(1)) }).passthrough();

export const TERSE: Readonly<Record<FactId, TerseQuestion>> = terseSchema.parse(terseJson) as Record<FactId, TerseQuestion>;
const parsedWords = wordsSchema.parse(wordsJson);
export const WORDS = parsedWords as z.infer<typeof wordsSchema> & Record<string, unknown>;
export const ALIASES: Readonly<Record<string, readonly string[]>> = aliasesSchema.parse(aliasesJson).aliases;

/** A top-level word by key, with `{name}` placeholders filled. */
export function word(key: string, vars: Record<string, string | number> = {}): string {
  const raw = (WORDS as Record<string, unknown>)[key];
  return fill(typeof raw === 'string' ? raw : key, vars);
}

/** A card word by key, with `{name}` placeholders filled. */
export function cardWord(key: string, vars: Record<string, string | number> = {}): string {
  return fill(WORDS.card[key] ?? key, vars);
}

export function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (vars[k] !== undefined ? String(vars[k]) : m));
}
