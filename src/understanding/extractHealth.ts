/**
 * Health from an opening statement, said of the person: a long-term condition ("my health is bad",
 * "I'm disabled"), needs with getting around ("struggle getting about", "walking is a struggle") or
 * with daily living ("hard to wash and dress", "need help with cooking and washing"), a terminal
 * illness (a clinician's 12 months or less), an injury from service in the armed forces, and an
 * accident at work or industrial disease. Negated phrases ("not disabled", "no health problems")
 * never count, nor does anything said of someone else ("my mum struggles to walk").
 */
import type { Facts } from '../facts/facts';
import { namesSomeone, type Clause } from './clauses';
import { escapeRegExp } from './normalise';
import { extractionData } from './extractionData';
import { findPhrases, isNegatedAt } from './phrases';

/** "6 months to live", "a few weeks to live": months in group 1 when a number is given (not "more than 18 months"). */
const TIME_TO_LIVE = /(?:^| )(?<!(?:more than|over|at least|another) )(?:(\d{1,2})|a few|a couple of|few|only|some|just) (months|weeks)(?: left)? to live(?= |$)/;
/** "he's in hospital at the moment", "I'm in a care home": now, not "I was in hospital" or "I work in a hospital". */
const IN_CARE = /(?:^| )(?:im|i am|hes|shes|he is|she is|were|we are|is|are)(?: (?:currently|still|now|back))? in (?:a |the )?(?:hospital|care home|nursing home|prison|jail)(?= |$)/;
/** Words before a phrase that make it a worry or a maybe ("I might be terminally ill", "scared I have cancer"). */
const HEDGED = /(?:^| )(?:might|may|could|possibly|maybe|think|if|whether|worried|scared|afraid|in case|waiting to find out|suspected|tested for)(?: [a-z]+){0,2} $/;
/** Someone else's care within a few words after the activities ("wash and dress my son"). */
const SOMEONE_AFTER = /^(?:[a-z]+ ){0,3}(?:my|his|her|him|them|their|our|the kids|the children|the baby|the dishes|the car|the dog|the house|the clothes|kids|children|baby|son|daughter)(?= |$)/;
/** Words after an activity that make it someone else's ("washing the dishes", "dressing the kids"). */
const OTHER_OBJECT = '(?! (?:the|my|his|her|him|them|our|their|your|a|an|kids|children|baby|dishes|car|dog)(?= |$))';

interface NeedPatterns {
  /** A difficulty then the activities: "hard to wash and dress", "need help getting around and with cooking". */
  after: RegExp;
  /** The activities then a difficulty: "walking and cooking are a struggle". */
  before: RegExp;
  /** An activity of getting around, and one of daily living, within a matched list. */
  mobility: RegExp;
  daily: RegExp;
}
let needPatterns: NeedPatterns | undefined;

/**
 * Patterns built once from the difficulty and activity cues in `extraction.json`. Both need a
 * difficulty cue, as written: `needsOf` skips texts without one (keep that true when editing).
 */
function needs(): NeedPatterns {
  if (needPatterns) return needPatterns;
  const { cues } = extractionData();
  const alt = (list: string[]): string => [...list].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
  const act = `(?:${alt([...cues.mobilityActs, ...cues.dailyActs])})`;
  const acts = `(${act}${OTHER_OBJECT}(?:(?: |, )?(?:and|&|or|\\|)(?: with)? ${act}${OTHER_OBJECT})*)`;
  const difficulty = `(?:${alt(cues.needsDifficulty)})`;
  needPatterns = {
    after: new RegExp(`(?:^| )${difficulty}(?: (?:with|to|me|me with|me to|when|for me to|at))? ${acts}(?= |$)`, 'g'),
    before: new RegExp(`(?:^| )${acts} (?:is|are|has become|have become|became|is getting|are getting)(?: (?:a|really|very|so|quite|too|now|getting|more))* ${difficulty}(?= |$)`, 'g'),
    mobility: new RegExp(`(?:^| )(?:${alt(cues.mobilityActs)})(?= |$)`),
    daily: new RegExp(`(?:^| )(?:${alt(cues.dailyActs)})(?= |$)`),
  };
  return needPatterns;
}

/** Mobility and daily-living needs the person says they have. */
function needsOf(texts: string[]): { mobility: boolean; daily: boolean } {
  const p = needs();
  const { cues } = extractionData();
  const found = { mobility: false, daily: false };
  for (const text of texts) {
    // Both patterns need one of the difficulty cues as it stands: without one, neither can match.
    if (!cues.needsDifficulty.some((d) => text.includes(d))) continue;
    for (const re of [p.after, p.before]) {
      for (const m of text.matchAll(re)) {
        const start = (m.index ?? 0) + (m[0].startsWith(' ') ? 1 : 0);
        if (isNegatedAt(text, start) || HEDGED.test(text.slice(0, start)) || SOMEONE_AFTER.test(text.slice((m.index ?? 0) + m[0].length).trim())) continue;
        const list = m[1] ?? '';
        if (p.mobility.test(list)) found.mobility = true;
        if (p.daily.test(list)) found.daily = true;
      }
    }
  }
  return found;
}

/** A clinician's 12 months or less: "terminally ill", "less than a year to live", "6 months to live". */
function terminal(texts: string[]): boolean {
  const { phrases } = extractionData();
  for (const text of texts) {
    if (findPhrases(text, phrases['terminal_illness'] ?? []).some((h) => !HEDGED.test(text.slice(0, h.start)))) return true;
    const m = TIME_TO_LIVE.exec(text);
    if (m && !isNegatedAt(text, m.index) && !HEDGED.test(text.slice(0, m.index + 1)) && (m[2] === 'weeks' || m[1] === undefined || Number(m[1]) <= 12)) return true;
  }
  return false;
}

/** The person or their partner is in hospital, a care home or prison now. */
function inCare(clauses: Clause[]): boolean {
  return clauses.some((c) => {
    if (c.subject === 'other') return false;
    const m = IN_CARE.exec(c.text);
    return m !== null && !isNegatedAt(c.text, m.index + (m[0].startsWith(' ') ? 1 : 0));
  });
}

/** First-person words: after one, a phrase is the person's again ("my husband died and I have depression"). */
const FIRST_PERSON = /(?:^| )(?:i|im|ive|id|me|myself)(?= |$)/;
/** A possessive followed by a person word ("my disabled mum"): the phrase between is theirs. */
const POSSESSIVE_BEFORE = /(?:^| )(?:my|our|his|her|their)$/;

/**
 * A phrase said of someone just named: "my son who is disabled" (someone named in the five words
 * before, with no "I" since), "my disabled mum" (a possessive right before and a person right after).
 */
function theirs(text: string, start: number, end: number): boolean {
  const before = text.slice(0, start).trim().split(' ').slice(-6).join(' ');
  if (POSSESSIVE_BEFORE.test(before) && namesSomeone(`my ${text.slice(end).trim().split(' ')[0] ?? ''}`)) return true;
  if (!namesSomeone(before)) return false;
  const since = ` ${before}`.split(/ (?:my|our|his|her|their) /).pop() ?? '';
  return !FIRST_PERSON.test(since.split(' ').slice(1).join(' '));
}

/** Health facts said of the person (hospital: or their partner); only `true` values (a missed "no" costs one question). */
export function extractHealth(clauses: Clause[]): Partial<Facts> {
  const { phrases } = extractionData();
  const texts = clauses.filter((c) => c.subject === 'self').map((c) => c.text);
  const has = (fact: string): boolean =>
    texts.some((t) => findPhrases(t, phrases[fact] ?? []).some((h) => h.value === 'true' && !HEDGED.test(t.slice(0, h.start)) && !theirs(t, h.start, h.end)));
  const facts: Partial<Facts> = {};
  const found = needsOf(texts);
  if (found.mobility || has('mobility_needs')) facts.mobility_needs = true;
  if (found.daily || has('daily_living_needs')) facts.daily_living_needs = true;
  if (terminal(texts)) facts.terminal_illness = true;
  if (has('veteran_injury')) facts.veteran_injury = true;
  if (has('work_injury')) facts.work_injury = true;
  if (inCare(clauses)) facts.in_hospital_or_care = true;
  // Needs for getting around or daily living are, by their meaning, those of a condition.
  if (has('health_condition') || facts.terminal_illness || facts.mobility_needs || facts.daily_living_needs) facts.health_condition = true;
  return facts;
}
