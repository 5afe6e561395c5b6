/**
 * The words for an outcome (`knowledge/content/<lang>/outcome.json`), validated at load.
 * Dialogs and renderers look text up by id here; no sentence lives in code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { DEFAULT_KNOWLEDGE_DIR } from '../knowledge/loadKnowledge';

export const outcomeContentSchema = z.object({
  headings: z.record(z.string()),
  themes: z.record(z.string()),
  because: z.record(z.string()),
  via: z.string(),
  reasons: z.record(z.string()),
  levels: z.record(z.string()),
}).strict();
export type OutcomeContent = z.infer<typeof outcomeContentSchema>;

const cache = new Map<string, OutcomeContent>();

/** Outcome words for a language ('en' now; 'cy' when the Welsh files exist). */
export function outcomeContent(lang = 'en', dir = DEFAULT_KNOWLEDGE_DIR): OutcomeContent {
  const key = `${dir}:${lang}`;
  let c = cache.get(key);
  if (!c) {
    c = outcomeContentSchema.parse(JSON.parse(readFileSync(join(dir, 'content', lang, 'outcome.json'), 'utf8')));
    cache.set(key, c);
  }
  return c;
}
