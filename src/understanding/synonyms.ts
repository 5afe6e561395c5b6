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

const keyedByFact = new Map<string, readonly PhraseEntry[]>();
const keyedBySelection = new Map<string, readonly PhraseEntry[]>();
/** Most restricted lists kept (one per distinct offered choice list); only bounds odd callers. */
const MAX_SELECTIONS = 500;

/** Every keyed entry for `fact`, in file order (keyed once per fact in the file). */
function allEntries(fact: string): readonly PhraseEntry[] {
  const cached = keyedByFact.get(fact);
  if (cached) return cached;
  const table = synonyms();
  const byValue = table[fact] ?? {};
  const raw: PhraseEntry[] = [];
  for (const [value, phrases] of Object.entries(byValue)) {
    for (const phrase of phrases) raw.push({ value, phrase });
  }
  const entries = Object.freeze(keyEntries(raw).map((e) => Object.freeze(e)));
  if (Object.prototype.hasOwnProperty.call(table, fact)) keyedByFact.set(fact, entries);
  return entries;
}

/**
 * Keyed phrase entries for `fact`, restricted to `values` when given. Empty when the fact has
 * no synonyms. Keyed once and shared: the list and its entries are frozen.
 */
export function synonymEntries(fact: string, values?: readonly string[]): readonly PhraseEntry[] {
  const all = allEntries(fact);
  if (!values) return all;
  const key = JSON.stringify([fact, values]);
  let picked = keyedBySelection.get(key);
  if (picked === undefined) {
    if (keyedBySelection.size >= MAX_SELECTIONS) keyedBySelection.clear();
    picked = Object.freeze(all.filter((e) => values.includes(e.value)));
    keyedBySelection.set(key, picked);
  }
  return picked;
}
