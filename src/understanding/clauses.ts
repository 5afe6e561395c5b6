/**
 * Splitting an opening statement into clauses and telling who each clause is about, so that
 * "my son is unemployed" is not read as the person's own work status.
 */
import { extractionData, hasAny } from './extractionData';

/** Who a clause is about: the person (or "we"), their partner, or someone else. */
export type Subject = 'self' | 'partner' | 'other';

/** A clause of keyed text and its subject. */
export interface Clause {
  text: string;
  subject: Subject;
}

const LEADING_FILLER = /^(?:(?:and|so|but|also|well|then|plus|oh|um|erm|because|cos|as)\s+)+/;
const POSSESSIVE = /^(?:my|our|me and my|me and our)\s+(?:(?:late|ex|little|eldest|youngest|oldest|older|younger|new)\s+)?(.+)$/;

/** Who a keyed clause is about, from its first words. */
export function subjectOf(clause: string): Subject {
  const { people } = extractionData();
  const start = clause.replace(LEADING_FILLER, '');
  const m = POSSESSIVE.exec(start);
  if (m) {
    const rest = m[1] ?? '';
    const names = (list: string[]): boolean => list.some((w) => rest === w || rest.startsWith(`${w} `) || rest.startsWith(`${w}s `));
    if (names(people.partner)) return start.startsWith('me and') ? 'self' : 'partner';
    if (names(people.family)) return start.startsWith('me and') ? 'self' : 'other';
    return 'self';
  }
  const first = start.split(' ')[0] ?? '';
  return people.others.includes(first) ? 'other' : 'self';
}

/** Clauses split at punctuation and "but" (not at "and", so lists stay together). */
export function clausesOf(keyed: string): Clause[] {
  return keyed
    .split(/\s*\|\s*|\s+(?:but|whereas|while|although|though)\s+/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0)
    .map((text) => ({ text, subject: subjectOf(text) }));
}

/** Smaller pieces for money: clauses split again at "and", "plus", "so", "also". */
export function segmentsOf(keyed: string): Clause[] {
  return clausesOf(keyed).flatMap((c) =>
    c.text
      .split(/\s+(?:and|plus|so|also|then|&)\s+/)
      .map((text) => text.trim())
      .filter((text) => text.length > 0)
      .map((text) => ({ text, subject: subjectOf(text) === 'self' ? c.subject : subjectOf(text) })),
  );
}

/** True when any clause of `clauses` with an allowed subject contains one of `cues`. */
export function clauseHas(clauses: Clause[], cues: string[], subjects: Subject[] = ['self', 'partner', 'other']): boolean {
  return clauses.some((c) => subjects.includes(c.subject) && hasAny(c.text, cues));
}
