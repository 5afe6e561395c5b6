/**
 * Loads `knowledge/content/en/extraction.json`, the phrase data behind `extractFacts`: who a clause
 * is about, cue words for money, benefits, caring and bereavement, and phrases per fact value.
 * Validated with zod when first used; phrases are keyed once (see `phraseKey`).
 */
import { z } from 'zod';
import raw from '../../knowledge/content/en/extraction.json';
import { phraseKey } from './normalise';
import { keyEntries, type PhraseEntry } from './phrases';

const words = z.array(z.string().trim().min(1).max(60)).min(1);
/** Schema of `extraction.json`. */
export const extractionFileSchema = z.object({
  about: z.string().min(10),
  people: z.object({ partner: words, family: words, others: words }),
  cues: z.object({
    partnerEnded: words, death: words, recent: words, caring: words, receive: words,
    notReceive: words, income: words, notIncome: words, savings: words, residence: words,
    funeral: words, funeralDuty: words, notFuneralDuty: words, household: words, noIncome: words,
    worksNow: words, notWorkingNow: words, workModal: words, placeLead: words, ambiguousPlaces: words,
    nameLikePlaces: words, notResidence: words, healthReason: words, cannotWork: words, limitsWork: words,
    needsDifficulty: words, mobilityActs: words, dailyActs: words, work: words, workAtStart: words, past: words,
  }),
  phrases: z.record(z.string().regex(/^[a-z_]+$/), z.record(z.string().regex(/^[a-z0-9-]+$/), words)),
  /** Towns and areas beyond the nation synonyms, read only as where the person lives. */
  places: z.object({ england: words, wales: words, scotland: words, 'northern-ireland': words }),
  /** Bare statuses ("not working", "work full time") that count only where a piece about the person starts. */
  atStart: z.record(z.string().regex(/^[a-z_]+$/), z.record(z.string().regex(/^[a-z0-9-]+$/), words)),
});

/** Keyed extraction data. `cues` are keyed word lists; `phrases` are keyed entries per fact. */
export interface ExtractionData {
  people: { partner: string[]; family: string[]; others: string[] };
  cues: Record<keyof z.infer<typeof extractionFileSchema>['cues'], string[]>;
  phrases: Record<string, readonly PhraseEntry[]>;
  /** Extra places, keyed entries whose value is the nation. */
  places: readonly PhraseEntry[];
  /** Keyed entries per fact for statuses said bare at the start of a piece. */
  atStart: Record<string, readonly PhraseEntry[]>;
}

let data: ExtractionData | undefined;

const keyAll = (list: string[]): string[] => list.map(phraseKey).filter((w) => w.length > 0);

/** The validated, keyed extraction data (loaded once). */
export function extractionData(): ExtractionData {
  if (data) return data;
  const file = extractionFileSchema.parse(raw);
  const cues = Object.fromEntries(Object.entries(file.cues).map(([k, v]) => [k, keyAll(v)])) as ExtractionData['cues'];
  // Entry lists are frozen: they never change, so `findPhrases` may index them.
  const entries = (byValue: Record<string, string[]>): readonly PhraseEntry[] =>
    Object.freeze(keyEntries(Object.entries(byValue).flatMap(([value, list]) => list.map((phrase) => ({ value, phrase })))));
  const byFact = (table: Record<string, Record<string, string[]>>): Record<string, readonly PhraseEntry[]> =>
    Object.fromEntries(Object.entries(table).map(([fact, byValue]) => [fact, entries(byValue)]));
  data = {
    people: { partner: keyAll(file.people.partner), family: keyAll(file.people.family), others: keyAll(file.people.others) },
    cues,
    phrases: byFact(file.phrases),
    places: entries(file.places),
    atStart: byFact(file.atStart),
  };
  return data;
}

/** True when `text` (keyed) contains any of `list` (keyed) as whole words. */
export function hasAny(text: string, list: readonly string[]): boolean {
  const padded = ` ${text} `;
  for (const w of list) if (hasWord(padded, w)) return true;
  return false;
}

/** `padded.includes(` ${w} `)`, without building that string for every word of every list. */
function hasWord(padded: string, w: string): boolean {
  if (w.length === 0) return padded.includes('  ');
  for (let i = padded.indexOf(w, 1); i !== -1; i = padded.indexOf(w, i + 1)) {
    if (padded[i - 1] === ' ' && padded[i + w.length] === ' ') return true;
  }
  return false;
}
