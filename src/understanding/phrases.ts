/**
 * Whole-word phrase matching with a negation guard, used for choices, benefits and extraction.
 * Texts and phrases are compared as `phraseKey`s, so case, apostrophes and punctuation do not matter.
 */
import { escapeRegExp, phraseKey } from './normalise';

/** A phrase that means `value`. */
export interface PhraseEntry {
  value: string;
  phrase: string;
}

/** Where a phrase was found in a keyed text (end exclusive). */
export interface PhraseHit extends PhraseEntry {
  start: number;
  end: number;
}

/** Words that negate a phrase when they come shortly before it in the same clause. */
const NEGATORS = new Set([
  'not', 'never', 'dont', 'doesnt', 'didnt', 'isnt', 'arent', 'wasnt', 'werent', 'havent', 'hasnt', 'hadnt',
  'cant', 'cannot', 'wont', 'wouldnt', 'shouldnt', 'couldnt', 'aint', 'without', 'nor', 'neither', 'nt', 'longer', 'formerly', 'ex',
]);
/** Words that end a clause for the negation look-back. */
const CLAUSE_BREAKS = new Set(['|', 'but', 'and', 'although', 'though', 'however', 'whereas', 'yet', 'so']);
const LOOK_BACK_WORDS = 3;

/**
 * True when the words just before `start` (up to three, within the clause) negate what follows:
 * "not British", "I don't rent privately". "no" only negates the word right after it ("no savings"),
 * or a list joined by "or" ("no disability or health problems").
 * "used to" also counts ("I used to get PIP").
 */
export function isNegatedAt(keyed: string, start: number): boolean {
  const before = keyed.slice(0, start).trim().split(' ').filter(Boolean);
  let listed = false;
  for (let i = 0; i < LOOK_BACK_WORDS && before.length > 0; i += 1) {
    const word = before.pop() ?? '';
    if (CLAUSE_BREAKS.has(word)) return false;
    if (NEGATORS.has(word)) return true;
    if (word === 'no' && (i === 0 || listed)) return true;
    if (word === 'or') listed = true;
    if (word === 'to' && before[before.length - 1] === 'used') return true;
  }
  return false;
}

function startsNegated(phrase: string): boolean {
  const space = phrase.indexOf(' ');
  const first = space === -1 ? phrase : phrase.slice(0, space);
  return NEGATORS.has(first) || first === 'no';
}

/** Keys every phrase once; drop empty ones. */
export function keyEntries(entries: PhraseEntry[]): PhraseEntry[] {
  return entries.map((e) => ({ value: e.value, phrase: phraseKey(e.phrase) })).filter((e) => e.phrase.length > 0);
}

/** Most compiled phrase patterns kept; the shipped data and choice lists come to about a thousand, so this only bounds odd callers. */
const MAX_COMPILED = 10_000;
const compiledPhrases = new Map<string, RegExp>();

/**
 * The whole-word pattern for a keyed phrase, compiled once and reused. It is global: callers set
 * `lastIndex` to 0 before an `exec` loop (which leaves it at 0 again when it runs out of matches).
 */
function phraseRegExp(phrase: string): RegExp {
  let re = compiledPhrases.get(phrase);
  if (re === undefined) {
    if (compiledPhrases.size >= MAX_COMPILED) compiledPhrases.clear();
    re = new RegExp(`(?<![\\p{L}\\p{N}£])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'gu');
    compiledPhrases.set(phrase, re);
  }
  return re;
}

/** A run of letters and digits: the characters a phrase's pattern must not have either side of it. */
const WORD_RE = /[\p{L}\p{N}]+/gu;
/** Shortest list worth indexing; shorter ones are scanned. */
const MIN_INDEXED = 16;

/** Positions in a list of its entries by their phrase's longest word; `others` have no letter or digit. */
interface PhraseIndex {
  byWord: Map<string, number[]>;
  others: number[];
}
const indexes = new WeakMap<readonly PhraseEntry[], PhraseIndex>();

function indexOf(entries: readonly PhraseEntry[]): PhraseIndex {
  let index = indexes.get(entries);
  if (index === undefined) {
    index = { byWord: new Map(), others: [] };
    for (let i = 0; i < entries.length; i += 1) {
      const words = entries[i]?.phrase.match(WORD_RE) ?? [];
      const longest = words.reduce<string | undefined>((a, w) => (a === undefined || w.length > a.length ? w : a), undefined);
      if (longest === undefined) index.others.push(i);
      else index.byWord.set(longest, [...(index.byWord.get(longest) ?? []), i]);
    }
    indexes.set(entries, index);
  }
  return index;
}

/**
 * The positions, in list order, of the entries that could be found in `keyed`. A phrase is found
 * only where each of its words (runs of letters and digits) is a whole word of the text: its
 * pattern allows no letter or digit just before or after it, and inside it words are parted by
 * spaces or marks. So a phrase whose longest word is not in the text cannot be found. Only
 * frozen lists are indexed (the index is kept per list, so the list must not change), and only
 * long ones.
 */
function candidates(keyed: string, entries: readonly PhraseEntry[]): readonly number[] | undefined {
  if (entries.length < MIN_INDEXED || !Object.isFrozen(entries)) return undefined;
  const index = indexOf(entries);
  let found: number[] | undefined;
  for (const word of keyed.match(WORD_RE) ?? []) {
    const at = index.byWord.get(word);
    if (at !== undefined) (found ??= [...index.others]).push(...at);
  }
  if (found === undefined) return index.others;
  // In list order, each once (a word said twice adds its entries twice).
  found.sort((a, b) => a - b);
  return found.filter((p, i) => i === 0 || p !== found[i - 1]);
}

/** Adds to `hits` every place `entry`'s phrase is found in `keyed` as whole words. */
function collect(keyed: string, entry: PhraseEntry, hits: PhraseHit[]): void {
  // A phrase's pattern matches only the phrase itself, so one that is not a substring cannot match.
  if (!keyed.includes(entry.phrase)) return;
  const re = phraseRegExp(entry.phrase);
  re.lastIndex = 0;
  for (let m = re.exec(keyed); m !== null; m = re.exec(keyed)) {
    hits.push({ ...entry, start: m.index, end: m.index + m[0].length });
  }
}

/**
 * Every phrase found in `keyed` (a `phraseKey`ed text) as whole words, keeping only the longest of
 * overlapping hits (so "not working" beats "working", "pre settled" beats "settled") and dropping
 * negated hits unless the phrase itself carries the negation ("no recourse", "not sure").
 * `entries` must already be keyed (see `keyEntries`).
 */
export function findPhrases(keyed: string, entries: readonly PhraseEntry[]): PhraseHit[] {
  const hits: PhraseHit[] = [];
  // Long lists are looked up by the text's words (same hits, in the same order); short ones scanned.
  const tried = candidates(keyed, entries);
  if (tried === undefined) for (const entry of entries) collect(keyed, entry, hits);
  else for (const i of tried) collect(keyed, entries[i] as PhraseEntry, hits);
  if (hits.length === 0) return hits;
  const longest = hits.filter(
    (h) => !hits.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start),
  );
  return longest.filter((h) => startsNegated(h.phrase) || !isNegatedAt(keyed, h.start));
}

/** The distinct values of `hits`, in order of first appearance. */
export function valuesOf(hits: PhraseHit[]): string[] {
  return [...new Set([...hits].sort((a, b) => a.start - b.start).map((h) => h.value))];
}
