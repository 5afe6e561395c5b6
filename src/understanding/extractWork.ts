/**
 * Work from an opening statement: the person's main work status ("I'm self-employed", "25, not
 * working", "work full time"), their usual hours of paid work a week ("I work 20 hours", "work 30h"),
 * and whether a health condition limits the work they can do ("can't work because of my health",
 * "my condition limits what I can do"). Only the person's own work counts: not a partner's, not
 * hours of caring, not "if I work 16 hours" or "I used to work".
 */
import type { Facts } from '../facts/facts';
import { namesSomeone, type Clause } from './clauses';
import { extractionData, hasAny } from './extractionData';
import { findPhrases, isNegatedAt, valuesOf, type PhraseEntry, type PhraseHit } from './phrases';

/**
 * "I work 20 hours", "work 30h", "working 16 hrs a week", "I work 25hrs": hours in group 1. Not
 * another person's ("we work", "she works"), not hours a day or a month.
 */
const WORK_HOURS =
  /(?:^| )(?<!(?:we|they|he|she|both|partner|wife|husband) )(?:work|working)(?: (?:about|around|roughly|approx|approximately|just|only|nearly|almost|usually|normally|over|under|up to))? (\d{1,2}(?:\.\d)?) ?(?:hours|hrs|hr|h)(?! (?:a|per|each|every|in a|in the) (?:day|night|month|fortnight|year|shift)(?= |$))(?: (?:a|per|each|every) (?:week|wk)| pw| weekly)?(?= |$)/g;
/** Words that may open a piece before a bare status: "still working full time", "im 30 not working". */
const STATUS_LEAD = /^(?:(?:and|so|but|also|well|still|currently|now|just|at the moment|atm|im|i am|am|ive been|been|totally|completely|fully|\d{1,2}|\|)(?: |$))+/;
/** Words after "can't work" that make it a limit on when, not whether ("can't work weekends"). */
const NOT_WHETHER = /^(?:weekends?|nights?|evenings?|mornings?|full time|more|long|late|early|shifts?|overtime|there|here|from home|(?:at|on) (?:nights?|weekends?|the weekend|sundays?|saturdays?)|with (?:the )?(?:kids|children|baby) (?:at home|around))(?= |$)/;
/** Words after a status at the start that make it something else ("not working out", "student loan"). */
const NOT_A_STATUS = /^(?:out|properly|right|loan|loans|finance|debt|visa|card|discount|for me|well)(?= |$)/;
/** The word just before `start` in `keyed`. */
function wordBefore(keyed: string, start: number): string {
  const before = keyed.slice(0, start).trim().split(' ');
  return before[before.length - 1] ?? '';
}

/** A hit of generic work ("i work", "work 30 hours") said as a fact, not a hope or a question. */
function stated(keyed: string, start: number): boolean {
  const { cues } = extractionData();
  return !isNegatedAt(keyed, start) && !cues.workModal.includes(wordBefore(keyed, start)) && !/(?:^| )(?:if|when|whether|can i|could i)(?: [a-z]+){0,2} $/.test(keyed.slice(0, start));
}

/** Usual hours of paid work a week, said of the person, when one value is given. */
function hoursOf(segments: Clause[]): Set<number> {
  const { cues } = extractionData();
  const hours = new Set<number>();
  for (const s of segments.filter((x) => x.subject === 'self' && !hasAny(x.text, cues.caring))) {
    for (const m of s.text.matchAll(WORK_HOURS)) {
      const start = (m.index ?? 0) + (m[0].startsWith(' ') ? 1 : 0);
      if (stated(s.text, start)) hours.add(Number(m[1]));
    }
  }
  return hours;
}

/** Keeps a "can't work" hit only when it says whether, not when ("can't work weekends"). */
function whether(text: string, h: PhraseHit): boolean {
  if (!/(?:^| )(?:cant|cannot|unable to) work$/.test(text.slice(0, h.end))) return true;
  return !NOT_WHETHER.test(text.slice(h.end).trim());
}

interface StatusEntries {
  /** Statuses said anywhere ("I'm self-employed"), and "I work" as 'working' (a job of unknown kind). */
  anywhere: PhraseEntry[];
  /** Statuses said bare at the start of a piece ("not working", "work full time"). */
  atStart: PhraseEntry[];
}
let statusEntries: StatusEntries | undefined;

/** Status phrases with the generic work cues as 'working', built once. */
function statusPhrases(): StatusEntries {
  if (statusEntries) return statusEntries;
  const { phrases, atStart, cues } = extractionData();
  const working = (list: string[]): PhraseEntry[] => list.map((phrase) => ({ value: 'working', phrase }));
  statusEntries = {
    anywhere: [...(phrases['employment'] ?? []), ...working(cues.work)],
    atStart: [...(atStart['employment'] ?? []), ...working(cues.workAtStart)],
  };
  return statusEntries;
}

/** Work statuses said of the person, 'working' standing for a job of unknown kind. */
function statusesOf(segments: Clause[], worksHours: boolean): Set<string> {
  const entries = statusPhrases();
  const values = new Set<string>();
  for (const s of segments.filter((x) => x.subject === 'self')) {
    const hits = findPhrases(s.text, entries.anywhere).filter((h) => whether(s.text, h) && (h.value !== 'working' || stated(s.text, h.start)));
    valuesOf(hits).forEach((v) => values.add(v));
    const lead = STATUS_LEAD.exec(s.text)?.[0] ?? '';
    const rest = s.text.slice(lead.length);
    const first = findPhrases(rest, entries.atStart).filter((h) => h.start === 0 && whether(rest, h) && !NOT_A_STATUS.test(rest.slice(h.end).trim()));
    valuesOf(first).forEach((v) => values.add(v));
  }
  if (worksHours) values.add('working');
  return values;
}

/** One main status from those said: self-employed people "work" too; a job of unknown kind is employment. */
function mainStatus(values: Set<string>): Facts['employment'] | undefined {
  if (values.has('working') && (values.has('self-employed') || values.has('employed'))) values.delete('working');
  if (values.size !== 1) return undefined;
  const only = [...values][0];
  return (only === 'working' ? 'employed' : only) as Facts['employment'];
}

/** Whether a health condition limits work: a limit or "can't work" with a health reason in the same clause. */
function limitsOf(clauses: Clause[]): Facts['limits_work'] | undefined {
  const { cues } = extractionData();
  const found = new Set<Facts['limits_work']>();
  for (const c of clauses.filter((x) => x.subject === 'self')) {
    if (!hasAny(c.text, cues.healthReason) || namesSomeone(c.text)) continue;
    const limit = findPhrases(c.text, cues.limitsWork.map((phrase) => ({ value: 'limits', phrase })));
    const cannot = findPhrases(c.text, cues.cannotWork.map((phrase) => ({ value: 'cannot-work', phrase }))).filter((h) => whether(c.text, h));
    if (limit.length > 0 && /(?:^| )(?:work|working|job|hours)(?= |$)/.test(c.text)) found.add('limits');
    else if (cannot.length > 0) found.add('cannot-work');
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Employment, work hours and limits on work, each only where clear. */
export function extractWork(clauses: Clause[], segments: Clause[]): Partial<Facts> {
  const facts: Partial<Facts> = {};
  const hours = hoursOf(segments);
  const employment = mainStatus(statusesOf(segments, hours.size > 0));
  if (employment) facts.employment = employment;
  if (hours.size === 1 && (employment === 'employed' || employment === 'self-employed')) facts.work_hours = [...hours][0];
  const limits = limitsOf(clauses);
  if (limits) {
    facts.limits_work = limits;
    facts.health_condition = true;
  }
  return facts;
}
