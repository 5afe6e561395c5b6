/**
 * The bot's words (`knowledge/content/<lang>/bot.json`), validated at load. Dialogs look text up by
 * id; `{name}` placeholders are filled by `fill`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/loadKnowledge';

export const botContentSchema = z.object({
  greeting: z.array(z.string()).min(1),
  safetyLead: z.record(z.string()),
}).catchall(z.union([z.string(), z.array(z.string()), z.record(z.string())]));
export type BotContent = z.infer<typeof botContentSchema>;

const cache = new Map<string, BotContent>();

export function botContent(lang = 'en'): BotContent {
  let c = cache.get(lang);
  if (!c) {
    c = botContentSchema.parse(JSON.parse(readFileSync(join(DEFAULT_KNOWLEDGE_DIR, 'content', lang, 'bot.json'), 'utf8')));
    cache.set(lang, c);
  }
  return c;
}

/** A single message by id, with `{placeholders}` filled. Unknown ids are a programming error. */
export function say(c: BotContent, id: string, vars: Record<string, string | number> = {}): string {
  const v = c[id];
  if (typeof v !== 'string') throw new Error(`no bot message ${id}`);
  return fill(v, vars);
}

export function fill(text: string, vars: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}
