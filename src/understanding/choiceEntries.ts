/**
 * The phrases that can name each offered choice (its value, its title and its synonyms), and the
 * rule for turning phrase hits into values.
 */
import type { AnswerSpec, ParseContext } from './answerTypes';
import { phraseKey } from './normalise';
import { keyEntries, type PhraseEntry, type PhraseHit } from './phrases';
import { synonymEntries } from './synonyms';

/** What parsing a reply against one choice list needs, derived once per distinct list. */
export interface ChoiceData {
  /** `phraseKey` of each choice's value, in choice order. */
  valueKeys: readonly string[];
  /** `phraseKey` of each choice's title, in choice order. */
  titleKeys: readonly string[];
  /** Keyed phrase entries: each value ("rent-private" → "rent private") and title, then synonyms (built on first use). */
  entries(): readonly PhraseEntry[];
}

/** A choice list seen before: its values and titles, and what was derived from them. */
interface Seen {
  values: readonly string[];
  titles: readonly string[];
  data: ChoiceData;
}
/** Lists seen, by fact (a fact is asked with one list, or a few). */
const byFact = new Map<string, Seen[]>();
let listsKept = 0;
/** Most choice lists kept (the shipped questions have about ten); only bounds odd callers. */
const MAX_LISTS = 500;

/**
 * Data by the choice list itself (and the fact, whose synonyms it holds), for lists frozen with every
 * choice in them when first seen (as `answerSpec` sends them): such a list can never change, so
 * finding it again is one lookup.
 */
const byFrozenList = new WeakMap<object, { fact: string; data: ChoiceData }>();

/** The same values and titles, in the same order. */
function sameList(seen: Seen, choices: NonNullable<AnswerSpec['choices']>): boolean {
  if (seen.values.length !== choices.length) return false;
  return choices.every((c, i) => c.value === seen.values[i] && c.title === seen.titles[i]);
}

function buildEntries(spec: AnswerSpec): readonly PhraseEntry[] {
  const choices = spec.choices ?? [];
  const own = keyEntries(choices.flatMap((c) => [
    { value: c.value, phrase: c.value.replace(/-/g, ' ') },
    { value: c.value, phrase: c.title },
  ]));
  return Object.freeze([...own, ...synonymEntries(spec.fact, choices.map((c) => c.value))]);
}

/** The keys and keyed entries for `spec`'s choices, derived once per fact and choice list. */
export function choiceData(spec: AnswerSpec): ChoiceData {
  const choices = spec.choices ?? [];
  const frozen = byFrozenList.get(choices);
  if (frozen?.fact === spec.fact) return frozen.data;
  // Otherwise found by comparing values and titles in place (a caller may build a new spec each time).
  const seen = byFact.get(spec.fact)?.find((x) => sameList(x, choices));
  if (seen) {
    keepIfFrozen(spec.fact, choices, seen.data);
    return seen.data;
  }
  let entries: readonly PhraseEntry[] | undefined;
  const snapshot: AnswerSpec = { fact: spec.fact, kind: spec.kind, choices: choices.map((c) => ({ value: c.value, title: c.title })) };
  const data: ChoiceData = Object.freeze({
    valueKeys: Object.freeze(choices.map((c) => phraseKey(c.value))),
    titleKeys: Object.freeze(choices.map((c) => phraseKey(c.title))),
    entries: () => (entries ??= buildEntries(snapshot)),
  });
  if (listsKept >= MAX_LISTS) { byFact.clear(); listsKept = 0; }
  const values = Object.freeze(choices.map((c) => c.value));
  const titles = Object.freeze(choices.map((c) => c.title));
  byFact.set(spec.fact, [...(byFact.get(spec.fact) ?? []), { values, titles, data }]);
  listsKept += 1;
  keepIfFrozen(spec.fact, choices, data);
  return data;
}

/** Keeps `data` by the list itself when the list and every choice in it are frozen (see `byFrozenList`). */
function keepIfFrozen(fact: string, choices: NonNullable<AnswerSpec['choices']>, data: ChoiceData): void {
  if (Object.isFrozen(choices) && choices.every((c) => Object.isFrozen(c))) byFrozenList.set(choices, { fact, data });
}

/** Keyed phrase entries for every choice in `spec`: value ("rent-private" → "rent private"), title, synonyms. */
export function choiceEntries(spec: AnswerSpec): readonly PhraseEntry[] {
  return choiceData(spec).entries();
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
