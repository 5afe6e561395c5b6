/**
 * Choice facts from an opening statement: work status, health condition, housing, nation and
 * benefits already received. Phrases come from `extraction.json` (first-person forms) and
 * `synonyms.json`; a clause about someone else ("my son is unemployed") does not count.
 */
import type { Facts } from '../facts/facts';
import { NATIONS } from '../facts/facts';
import type { Clause, Subject } from './clauses';
import { escapeRegExp } from './normalise';
import { extractionData, hasAny } from './extractionData';
import { findPhrases, valuesOf, type PhraseEntry } from './phrases';
import { synonymEntries } from './synonyms';

type Nation = (typeof NATIONS)[number];

function valuesIn(clauses: Clause[], entries: readonly PhraseEntry[], subjects: Subject[]): string[] {
  const values = new Set<string>();
  for (const c of clauses.filter((x) => subjects.includes(x.subject))) valuesOf(findPhrases(c.text, entries)).forEach((v) => values.add(v));
  return [...values];
}

let residenceAfter: RegExp | undefined;
/** Up to four words after a residence cue ("live in", "based in"), built once from the cues. */
function afterResidence(): RegExp {
  if (residenceAfter) return residenceAfter;
  const cues = extractionData().cues.residence.map(escapeRegExp).join('|');
  residenceAfter = new RegExp(`(?:^| )(?:${cues}) (?:the )?((?:[a-z&]+ ?){1,4})`, 'g');
  return residenceAfter;
}

let receivingEntries: readonly PhraseEntry[] | undefined;
/** Benefit phrases that name something received (every receiving synonym but "none"), filtered once. */
function receivedEntries(): readonly PhraseEntry[] {
  receivingEntries ??= Object.freeze(synonymEntries('receiving').filter((e) => e.value !== 'none'));
  return receivingEntries;
}

function nationOf(clauses: Clause[]): Nation | undefined {
  const after = afterResidence();
  const entries = synonymEntries('nation');
  const found = new Set<string>();
  for (const c of clauses.filter((x) => x.subject !== 'other')) {
    for (const m of c.text.matchAll(after)) {
      const hits = findPhrases(m[1] ?? '', entries).filter((h) => h.start === 0);
      const values = valuesOf(hits);
      if (values.length === 1) found.add(values[0] ?? '');
      else if (values.length > 1) return undefined;
    }
  }
  const only = found.size === 1 ? [...found][0] : undefined;
  return (NATIONS as readonly string[]).includes(only ?? '') ? (only as Nation) : undefined;
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
      for (const h of findPhrases(seg, entries)) bySpan.set(`${h.start}`, (bySpan.get(`${h.start}`) ?? new Set()).add(h.value));
      for (const set of bySpan.values()) {
        const values = [...set];
        const pick = values.length > 1 && nation ? values.filter((v) => v.endsWith(`-${nation}`)) : values;
        if (pick.length === 1 && !found.includes(pick[0] ?? '')) found.push(pick[0] ?? '');
      }
    }
  }
  return found;
}

/** Work status, health condition, housing, nation and benefits received, where clear. */
export function extractChoices(clauses: Clause[]): Partial<Facts> {
  const { phrases } = extractionData();
  const facts: Partial<Facts> = {};
  const employment = valuesIn(clauses, phrases['employment'] ?? [], ['self']);
  if (employment.length === 1) facts.employment = employment[0] as Facts['employment'];
  if (valuesIn(clauses, phrases['health_condition'] ?? [], ['self']).includes('true')) facts.health_condition = true;
  const housing = valuesIn(clauses, synonymEntries('housing'), ['self', 'partner']);
  if (housing.length === 1) facts.housing = housing[0] as Facts['housing'];
  const nation = nationOf(clauses);
  if (nation) facts.nation = nation;
  const receiving = receivingOf(clauses, nation);
  if (receiving.length > 0) facts.receiving = receiving;
  return facts;
}
