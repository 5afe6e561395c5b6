/**
 * The phrases that can name each offered choice (its value, its title and its synonyms), and the
 * rule for turning phrase hits into values.
 */
import type { AnswerSpec, ParseContext } from './answerTypes';
import { keyEntries, type PhraseEntry, type PhraseHit } from './phrases';
import { synonymEntries } from './synonyms';

/** Keyed phrase entries for every choice in `spec`: value ("rent-private" → "rent private"), title, synonyms. */
export function choiceEntries(spec: AnswerSpec): PhraseEntry[] {
  const choices = spec.choices ?? [];
  const own = keyEntries(choices.flatMap((c) => [
    { value: c.value, phrase: c.value.replace(/-/g, ' ') },
    { value: c.value, phrase: c.title },
  ]));
  return [...own, ...synonymEntries(spec.fact, choices.map((c) => c.value))];
}

/**
 * The distinct values named by `hits`, in order. Where one phrase names several values (the same
 * words for `council-tax-reduction-england` and `-wales`), the person's nation picks one; without
 * it, or if it does not settle it, the answer is ambiguous.
 */
export function hitValues(hits: PhraseHit[], nation: ParseContext['nation']): string[] | 'ambiguous' {
  const bySpan = new Map<string, Set<string>>();
  for (const hit of [...hits].sort((a, b) => a.start - b.start)) {
    const key = `${hit.start}:${hit.end}`;
    bySpan.set(key, (bySpan.get(key) ?? new Set<string>()).add(hit.value));
  }
  const values: string[] = [];
  for (const group of bySpan.values()) {
    let options = [...group];
    if (options.length > 1 && nation) options = options.filter((v) => v.endsWith(`-${nation}`));
    if (options.length !== 1) return 'ambiguous';
    const value = options[0] ?? '';
    if (!values.includes(value)) values.push(value);
  }
  return values;
}
