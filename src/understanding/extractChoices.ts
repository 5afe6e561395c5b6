/**
 * Choice facts from an opening statement: housing, nation and benefits already received (work is
 * read by `extractWork`, health by `extractHealth`). Phrases come from `extraction.json` (first-person forms) and
 * `synonyms.json`; a clause about someone else ("my son is unemployed") does not count.
 */
import type { Facts } from '../facts/facts';
import { NATIONS } from '../facts/facts';
import type { Clause, Subject } from './clauses';
import { escapeRegExp } from './normalise';
import { extractionData, hasAny } from './extractionData';
import { findPhrases, isNegatedAt, valuesOf, type PhraseEntry } from './phrases';
import { synonymEntries } from './synonyms';

type Nation = (typeof NATIONS)[number];

function valuesIn(clauses: Clause[], entries: readonly PhraseEntry[], subjects: Subject[]): string[] {
  const values = new Set<string>();
  for (const c of clauses.filter((x) => subjects.includes(x.subject))) valuesOf(findPhrases(c.text, entries)).forEach((v) => values.add(v));
  return [...values];
}

interface PlacePatterns {
  /** Up to four words after a residence cue ("live in", "based in"). */
  residence: RegExp;
  /** Up to four words after a housing word and "in" ("council flat in Stoke", "renting privately in Cardiff"). */
  housing: RegExp;
  /** Nation names and places, ambiguous ones left out ("Newport", "Bangor"). */
  places: readonly PhraseEntry[];
  /** Places that are also first names, not read when opening a message ("Barry, 45, ..." is a name). */
  nameLike: ReadonlySet<string>;
}
let placePatterns: PlacePatterns | undefined;

/** Residence patterns and place entries, built once from `extraction.json` and the nation synonyms. */
function placeRegExps(): PlacePatterns {
  if (placePatterns) return placePatterns;
  const { cues, places } = extractionData();
  const ambiguous = new Set(cues.ambiguousPlaces);
  const words = '(?=((?:[a-z&]+ ?){1,4}))';
  placePatterns = {
    residence: new RegExp(`(?:^| )(?:${cues.residence.map(escapeRegExp).join('|')}) (?:the )?${words}`, 'g'),
    housing: new RegExp(`(?:^| )(?:${cues.placeLead.map(escapeRegExp).join('|')}) in (?:the )?${words}`, 'g'),
    places: Object.freeze([...synonymEntries('nation'), ...places].filter((e) => !ambiguous.has(e.phrase))),
    nameLike: new Set(cues.nameLikePlaces),
  };
  return placePatterns;
}

let receivingEntries: readonly PhraseEntry[] | undefined;
/** Benefit phrases that name something received (every receiving synonym but "none"), filtered once. */
function receivedEntries(): readonly PhraseEntry[] {
  receivingEntries ??= Object.freeze(synonymEntries('receiving').filter((e) => e.value !== 'none'));
  return receivingEntries;
}

/** The nation a place opening `words` names; null when it names two; undefined when none. */
function placeAt(words: string, entries: readonly PhraseEntry[]): string | null | undefined {
  const values = valuesOf(findPhrases(words, entries).filter((h) => h.start === 0));
  if (values.length > 1) return null;
  return values[0];
}

/** A clause that is only a place, perhaps with "here" ("Belfast, me 35 and..."), not a first name. */
function wholePlace(text: string, p: PlacePatterns): string | undefined {
  const bare = text.replace(/ (?:here|based|area)$/, '');
  const hit = findPhrases(bare, p.places).find((h) => h.start === 0 && h.end === bare.length);
  return hit && !p.nameLike.has(hit.phrase) ? hit.value : undefined;
}

/**
 * Where the person lives: a place after "live in", after a housing word and "in" ("council flat in
 * Stoke"), or a place alone opening the message. Never from "born in", "moved from", a relative's
 * home, work or study ("my mum's house in Leeds", "at college in Swansea"): the few words before a
 * housing word must not say so. Two nations leave it unknown.
 */
function nationOf(clauses: Clause[], ownSegments: Clause[]): Nation | undefined {
  const p = placeRegExps();
  const { cues } = extractionData();
  const found = new Set<string>();
  const own = [...clauses.filter((x) => x.subject !== 'other'), ...ownSegments];
  for (const c of own) {
    for (const re of [p.residence, p.housing]) {
      for (const m of c.text.matchAll(re)) {
        const start = (m.index ?? 0) + (m[0].startsWith(' ') ? 1 : 0);
        if (isNegatedAt(c.text, start)) continue;
        // Five words before the cue and its first word: "grew up in", "my mum's house in", "at college in" (not "single mum in").
        const window = `${c.text.slice(0, start).trim().split(' ').slice(-6).join(' ')} ${m[0].trim().split(' ')[0] ?? ''}`;
        if (hasAny(window, cues.notResidence)) continue;
        const value = placeAt(m[1] ?? '', p.places);
        if (value === null) return undefined;
        if (value) found.add(value);
      }
    }
  }
  const opening = clauses.find((c) => !/^(?:hi|hello|hiya|hey|hi there|hello there)$/.test(c.text));
  if (opening && opening.subject !== 'other') {
    const value = wholePlace(opening.text, p);
    if (value) found.add(value);
  }
  const only = found.size === 1 ? [...found][0] : undefined;
  return (NATIONS as readonly string[]).includes(only ?? '') ? (only as Nation) : undefined;
}

let othersBenefitRe: RegExp | undefined;
/** The words just before a benefit name someone else as getting it: "my mum who gets", "dad is on", "my son's". */
function othersBenefit(): RegExp {
  if (othersBenefitRe) return othersBenefitRe;
  const family = extractionData().people.family.map(escapeRegExp).join('|');
  othersBenefitRe = new RegExp(`(?:^| )(?:${family})s?(?: who| that)?(?: is| s| also)? (?:gets?|getting|receives?|on|has|claims?)(?: the)? $`);
  return othersBenefitRe;
}

/** Benefits the household gets: named after "get", "on", "receive"..., not after "applied for", "don't get". */
function receivingOf(clauses: Clause[], nation: Nation | undefined): string[] {
  const { cues } = extractionData();
  const entries = receivedEntries();
  const found: string[] = [];
  for (const clause of clauses.filter((c) => c.subject !== 'other')) {
    let receiving = false;
    for (const seg of clause.text.split(/ (?:and|plus|&|as well as) /)) {
      if (hasAny(seg, cues.notReceive)) receiving = false;
      else if (hasAny(seg, cues.receive)) receiving = true;
      if (!receiving) continue;
      const bySpan = new Map<string, Set<string>>();
      for (const h of findPhrases(seg, entries)) {
        // "looking after my mum who gets PIP": someone else's benefit.
        if (othersBenefit().test(seg.slice(Math.max(0, h.start - 40), h.start))) continue;
        bySpan.set(`${h.start}`, (bySpan.get(`${h.start}`) ?? new Set()).add(h.value));
      }
      for (const set of bySpan.values()) {
        const values = [...set];
        const pick = values.length > 1 && nation ? values.filter((v) => v.endsWith(`-${nation}`)) : values;
        if (pick.length === 1 && !found.includes(pick[0] ?? '')) found.push(pick[0] ?? '');
      }
    }
  }
  // "the savings credit part of pension credit": Savings Credit, not Guarantee Credit as well.
  if (found.includes('pension-credit-savings') && found.includes('pension-credit-guarantee') && !clauses.some((c) => c.text.includes('guarantee'))) {
    found.splice(found.indexOf('pension-credit-guarantee'), 1);
  }
  return found;
}

/**
 * Housing, nation and benefits received, where clear. `segments` add the person's own pieces of a
 * clause about someone else ("my mum lives in Glasgow and I rent privately").
 */
export function extractChoices(clauses: Clause[], segments: Clause[] = []): Partial<Facts> {
  const facts: Partial<Facts> = {};
  // Not a home of the past: "I grew up in a council house".
  const pieces = [...clauses, ...segments.filter((s) => s.subject === 'self')].filter((c) => !hasAny(c.text, extractionData().cues.past));
  const housing = valuesIn(pieces, synonymEntries('housing'), ['self', 'partner']);
  if (housing.length === 1) facts.housing = housing[0] as Facts['housing'];
  const nation = nationOf(clauses, segments.filter((s) => s.subject === 'self'));
  if (nation) facts.nation = nation;
  const receiving = receivingOf(clauses, nation);
  if (receiving.length > 0) facts.receiving = receiving;
  return facts;
}
