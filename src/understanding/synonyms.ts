/**
 * The paraphrase table `knowledge/content/en/synonyms.json`: for each fact, for each choice value,
 * phrases a person might use instead of the title ("council house" → `rent-social`). Validated
 * with zod when first loaded; a bad file throws with the problem listed.
 */
import { z } from 'zod';
import raw from '../../knowledge/content/en/synonyms.json';
import { keyEntries, type PhraseEntry } from './phrases';

const valueId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'values are kebab-case ids');
/** Schema of the synonyms file: `{ "<fact>": { "<value>": ["phrase", ...] } }`. */
export const synonymsSchema = z.record(
  z.string().regex(/^[a-z][a-z0-9_]*$/, 'facts are snake_case ids'),
  z.record(valueId, z.array(z.string().trim().min(1).max(80)).min(1)),
);
/** The synonyms table: fact → value → phrases. */
export type Synonyms = z.infer<typeof synonymsSchema>;

let table: Synonyms | undefined;

/** The validated synonyms table (loaded once). */
export function synonyms(): Synonyms {
  table ??= synonymsSchema.parse(raw);
  return table;
}

/**
 * Keyed phrase entries for `fact`, restricted to `values` when given. Empty when the fact has
 * no synonyms.
 */
export function synonymEntries(fact: string, values?: readonly string[]): PhraseEntry[] {
  const byValue = synonyms()[fact] ?? {};
  const entries: PhraseEntry[] = [];
  for (const [value, phrases] of Object.entries(byValue)) {
    if (values && !values.includes(value)) continue;
    for (const phrase of phrases) entries.push({ value, phrase });
  }
  return keyEntries(entries);
}
