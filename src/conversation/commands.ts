/**
 * Commands a person can use at any point (help, back, start again, talk to a person, delete my
 * data, stop, show more, skip, carry on, save, corrections). Phrases are data in
 * `knowledge/content/<lang>/commands.json`. Framework-free.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/loadKnowledge';

export const COMMANDS = ['help', 'back', 'restart', 'human', 'delete', 'stop', 'more', 'skip', 'start', 'resume', 'save'] as const;
export type Command = (typeof COMMANDS)[number] | 'change';

const commandsSchema = z.object({
  about: z.string().optional(),
  ...Object.fromEntries([...COMMANDS, 'change'].map((c) => [c, z.array(z.string().min(1))])),
}).strict();

const cache = new Map<string, Record<string, string[]>>();
function phrases(lang: string): Record<string, string[]> {
  let p = cache.get(lang);
  if (!p) {
    p = commandsSchema.parse(JSON.parse(readFileSync(join(DEFAULT_KNOWLEDGE_DIR, 'content', lang, 'commands.json'), 'utf8'))) as Record<string, string[]>;
    cache.set(lang, p);
  }
  return p;
}

/** Lower case, straight quotes, no surrounding punctuation or filler ("please", "ok"). */
export function normaliseCommand(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim()
    .replace(/^(ok|okay|please|um|erm)[, ]+/, '').replace(/[, ]+(please|thanks|thank you)$/, '')
    .replace(/^[^a-z0-9?']+|[^a-z0-9?']+$/g, '');
}

/**
 * The command a message is, or undefined. Whole-message match, so "I want to stop smoking" is not
 * "stop"; a correction ("actually I'm 66") is recognised by its opening words and returns 'change'.
 */
export function detectCommand(text: string, lang = 'en'): Command | undefined {
  const t = normaliseCommand(text);
  if (!t) return undefined;
  const p = phrases(lang);
  for (const c of COMMANDS) if (p[c]?.includes(t)) return c;
  if (p.change?.some((w) => t.startsWith(`${w} `) || t.startsWith(`${w},`))) return 'change';
  return undefined;
}

/** The text after a correction's opening words ("actually I'm 66" gives "I'm 66"). */
export function correctionBody(text: string, lang = 'en'): string {
  const t = text.trim();
  const lower = normaliseCommand(t);
  for (const w of phrases(lang).change ?? []) {
    if (lower.startsWith(w)) return t.slice(t.toLowerCase().indexOf(w) + w.length).replace(/^[\s,:-]+/, '');
  }
  return t;
}
