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

/** A language's command phrases, and what matching a message against them needs, built once. */
interface CommandWords {
  phrases: Record<string, string[]>;
  /** Each whole-message phrase and its command (the first in `COMMANDS` order that lists it). */
  byPhrase: Map<string, Command>;
  /** A correction's opening words followed by a space or a comma ("actually ", "actually,"). */
  changeLeads: string[];
}

const cache = new Map<string, CommandWords>();
function commandWords(lang: string): CommandWords {
  let words = cache.get(lang);
  if (!words) {
    const p = commandsSchema.parse(JSON.parse(readFileSync(join(DEFAULT_KNOWLEDGE_DIR, 'content', lang, 'commands.json'), 'utf8'))) as Record<string, string[]>;
    const byPhrase = new Map<string, Command>();
    for (const c of COMMANDS) for (const phrase of p[c] ?? []) if (!byPhrase.has(phrase)) byPhrase.set(phrase, c);
    words = { phrases: p, byPhrase, changeLeads: (p.change ?? []).flatMap((w) => [`${w} `, `${w},`]) };
    cache.set(lang, words);
  }
  return words;
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
  const { byPhrase, changeLeads } = commandWords(lang);
  const command = byPhrase.get(t);
  if (command) return command;
  return changeLeads.some((lead) => t.startsWith(lead)) ? 'change' : undefined;
}

/** The text after a correction's opening words ("actually I'm 66" gives "I'm 66"). */
export function correctionBody(text: string, lang = 'en'): string {
  const t = text.trim();
  const lower = normaliseCommand(t);
  for (const w of commandWords(lang).phrases.change ?? []) {
    if (lower.startsWith(w)) return t.slice(t.toLowerCase().indexOf(w) + w.length).replace(/^[\s,:-]+/, '');
  }
  return t;
}
