/**
 * Splitting an opening statement into clauses and telling who each clause is about, so that
 * "my son is unemployed" is not read as the person's own work status.
 */
import { escapeRegExp } from './normalise';
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

/** "husband and i", "other half & me": a partner named together with the person. */
const WITH_ME = /^(?:[a-z]+ ){0,2}(?:and|&) (?:i|me|myself)(?: |$)/;

const CHILD_BY_AGE = /^(?:\d+ (?:year|yr|month|week)s? old|\d+ (?:yo|y o)|little one|eldest|youngest|oldest|middle one|twins|baby)(?: |$)/;

/** Who a keyed clause is about, from its first words. */
export function subjectOf(clause: string): Subject {
  const { people } = extractionData();
  const start = clause.replace(LEADING_FILLER, '');
  const m = POSSESSIVE.exec(start);
  if (m) {
    const rest = m[1] ?? '';
    const names = (list: string[]): boolean => list.some((w) => rest === w || rest.startsWith(`${w} `) || rest.startsWith(`${w}s `));
    // "my husband and I are retired": both of them, so the person too.
    if (names(people.partner)) return start.startsWith('me and') || WITH_ME.test(rest) ? 'self' : 'partner';
    if (names(people.family)) return start.startsWith('me and') ? 'self' : 'other';
    // "our 7 year old", "my little one", "my eldest": a child, not the person.
    if (CHILD_BY_AGE.test(rest)) return / and (?:me|i)(?: |$)/.test(rest) ? 'self' : 'other';
    return 'self';
  }
  const first = start.split(' ')[0] ?? '';
  return people.others.includes(first) ? 'other' : 'self';
}

/**
 * Who "he" or "she" most likely means at the end of `text`: the partner when the last person named
 * ("my wife", "my dad") is a partner, someone else otherwise (or when nobody is named).
 */
function lastPersonNamed(text: string): Subject {
  const { people } = extractionData();
  let best: { at: number; subject: Subject } = { at: -1, subject: 'other' };
  for (const [list, subject] of [[people.partner, 'partner'], [people.family, 'other']] as const) {
    for (const w of list) {
      const at = text.lastIndexOf(` ${w}`);
      if (at > best.at && /(?:^| )(?:my|our)(?: [a-z]+)? $/.test(text.slice(Math.max(0, at - 14), at + 1))) best = { at, subject };
    }
  }
  return best.subject;
}

/** Clauses split at punctuation and "but" (not at "and", so lists stay together). */
export function clausesOf(keyed: string): Clause[] {
  const { people } = extractionData();
  const texts = keyed
    .split(/\s*\|\s*|\s+(?:but|whereas|while|although|though)\s+/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
  const clauses: Clause[] = [];
  texts.forEach((text, i) => {
    const subject = subjectOf(text);
    const first = text.replace(LEADING_FILLER, '').split(' ')[0] ?? '';
    // "my wife is 71 | she gets PIP": a pronoun takes the last person named before it.
    if (subject === 'other' && people.others.includes(first) && i > 0) clauses.push({ text, subject: lastPersonNamed(` ${texts.slice(0, i).join(' ')}`) });
    // "my son | 19 | lives with me and is unemployed": a clause with no subject of its own goes on about that person.
    else if (i > 0 && (THIRD_PERSON_VERB.test(first) || /^\d+$/.test(first)) && clauses[i - 1]?.subject !== 'self') clauses.push({ text, subject: clauses[i - 1]?.subject ?? subject });
    else clauses.push({ text, subject });
  });
  return clauses;
}

/** Verbs of someone named before ("lives", "works", "is"): a clause opening with one has no subject of its own. */
const THIRD_PERSON_VERB = /^(?:is|was|has|lives|works|gets|earns|does|doesnt|isnt|hasnt|wasnt|needs|goes|stays|brings|takes|cares|receives|claims)$/;

/** Words that open a piece about the person themselves ("I", "I'm", "we"...), as keyed. */
const FIRST_PERSON = new Set(['i', 'im', 'ive', 'id', 'ill', 'we', 'weve', 'wed']);

/**
 * Smaller pieces for money and duties: clauses split again at "and", "plus", "so", "also". A piece
 * keeps its clause's subject ("my son is 20 and unemployed") unless it opens with "I" or "we"
 * ("my mum died and I'm sorting the funeral").
 */
export function segmentsOf(keyed: string): Clause[] {
  return clausesOf(keyed).flatMap((c) =>
    c.text
      .split(/\s+(?:and|plus|so|also|then|&)\s+/)
      .map((text) => text.trim())
      .filter((text) => text.length > 0)
      .map((text) => {
        const own = subjectOf(text);
        if (own !== 'self') return { text, subject: own };
        return { text, subject: FIRST_PERSON.has(text.replace(LEADING_FILLER, '').split(' ')[0] ?? '') ? 'self' : c.subject };
      }),
  );
}

/** True when any clause of `clauses` with an allowed subject contains one of `cues`. */
export function clauseHas(clauses: Clause[], cues: string[], subjects: Subject[] = ['self', 'partner', 'other']): boolean {
  return clauses.some((c) => subjects.includes(c.subject) && hasAny(c.text, cues));
}

let someoneRe: RegExp | undefined;
/** True when `text` names someone else by a possessive ("my mum", "her dad", "our disabled son"). */
export function namesSomeone(text: string): boolean {
  if (!someoneRe) {
    const { people } = extractionData();
    const anyone = [...people.partner, ...people.family].map(escapeRegExp).join('|');
    someoneRe = new RegExp(`(?:^| )(?:my|our|his|her|their) (?:[a-z]+ )?(?:${anyone})s?(?= |$)`);
  }
  return someoneRe.test(text);
}
