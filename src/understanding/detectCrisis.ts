/**
 * The safety check run on every message before anything else. Deterministic phrase patterns from
 * `knowledge/crisis.json`, direct and indirect ("I want to kill myself", "everyone would be better
 * off without me"). It prefers a false alarm to a miss, but ordinary money worries ("I'm broke
 * until payday", "my rent is killing me"), bereavement ("my mum died last year") and plain
 * homelessness ("I'm homeless", a housing fact) are not crises. "Nowhere to sleep tonight",
 * "sleeping rough" and "been kicked out" are (`homeless-tonight`).
 */
import type { CrisisCategory } from './crisisCategories';
import { crisisPatterns } from './crisisPatterns';
import { normalise } from './normalise';

export type { CrisisCategory } from './crisisCategories';
export { CRISIS_CATEGORIES } from './crisisCategories';

/** A safety concern found in a message: its category and the words that showed it. */
export interface CrisisSignal {
  category: CrisisCategory;
  /** The matched words, lower-cased; undefined only if a pattern matched empty text. */
  phrase?: string;
}

/** `text` with every match of `guards` blanked; a guard whose filter finds none of its text is not run (it could match nothing). */
function blank(text: string, guards: RegExp[], filters: (RegExp | undefined)[]): string {
  let t = text;
  for (let i = 0; i < guards.length; i += 1) {
    if (filters[i]?.test(t) === false) continue;
    t = t.replace(guards[i] as RegExp, (m) => ' '.repeat(m.length));
  }
  return t;
}

/**
 * The first safety category a message shows (in priority order: danger now, suicide or self-harm,
 * child at risk, domestic abuse, homeless tonight, no food or money), or undefined when none.
 * Never throws; any text is accepted, however long.
 */
export function detectCrisis(text: string): CrisisSignal | undefined {
  if (typeof text !== 'string' || text.trim().length === 0) return undefined;
  const { guards, guardsMayMatch, guardFilters, categories } = crisisPatterns();
  const plain = normalise(text);
  // Guards and patterns are skipped only where text that every match of them needs is missing:
  // then none can match, and blanking or trying them would change nothing (see `crisisPatterns`).
  const message = guardsMayMatch && !guardsMayMatch.test(plain) ? plain : blank(plain, guards, guardFilters);
  for (const category of categories) {
    const checked = blank(message, category.guards, category.guardFilters);
    if (category.mayMatch && !category.mayMatch.test(checked)) continue;
    for (let i = 0; i < category.patterns.length; i += 1) {
      if (category.patternFilters[i]?.test(checked) === false) continue;
      const re = category.patterns[i] as RegExp;
      re.lastIndex = 0;
      const m = re.exec(checked);
      if (m) {
        const phrase = m[0].trim();
        return phrase.length > 0 ? { category: category.id, phrase } : { category: category.id };
      }
    }
  }
  return undefined;
}
