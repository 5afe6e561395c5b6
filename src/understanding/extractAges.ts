/**
 * The person's age and their partner's from an opening statement: "I'm 74", "me 32 and my partner
 * 30", "me and my wife are 74 and 71", a bare age opening the message ("25, not working") or between
 * commas after something said of the person ("ex army, 50, injured..."). Orders that do not say who
 * is who ("we're 76 and 74", "my husband and I are 70 and 69") set neither. Children's ages, money,
 * hours and years are never read as the person's age.
 */
import type { Facts } from '../facts/facts';
import type { Clause } from './clauses';
import { escapeRegExp } from './normalise';
import { extractionData } from './extractionData';

/** Words after a number that show it is not an age ("I'm 5 months pregnant", "I'm 74 next week"). */
const NOT_AN_AGE =
  /^(?:hours?|hrs?|h|weeks?|months?|days?|minutes?|mins?|percent|%|k|grand|pounds?|quid|kids|children|stone|st|miles|kg|times|pm|am|next|in|soon|this|later|and a half|or|to|plus|ish|\+|£|bed|bedroom|a week|a month|pw|pcm)(?= |$)|^on(?! (?:uc|universal credit|benefits|pension|pension credit|esa|pip|jsa|dla|the sick|sick|my own|disability|income support|carers)(?= |$))/;
const SELF_AGE = /(?:^| )(?:im|i am|iam|i turned|i just turned|ive just turned|im now|i am now|im aged|i am aged)(?: an?)? (\d{1,3})(?: years? old| yrs? old| yo)?(?= |$)/g;
/** "me 32", "me, 38": the person's age written after "me" at the start of a piece. */
const ME_AGE = /(?:^|\| )(?:me|myself)(?: \|)? (\d{1,3})(?= \||$| and | &| my | our )/g;
/** "he's 72" in a clause about the partner (after "my husband..."). */
const PRONOUN_AGE = /^(?:(?:and|so|but) )?(?:hes|shes|he is|she is)(?: aged)? (\d{1,3})(?: years? old| yrs? old)?(?= |$)/;
/** A whole clause that is only an age: "31", "28 years", "80 yr old". */
const BARE_AGE = /^(\d{1,2})(?: (?:years?|yrs?|yr)(?: old)?| yo| y o)?$/;
/** A message opening with an age then a state: "19 and pregnant", "45 and on my own". */
const OPENING_AGE_AND = /^(\d{1,2})(?: (?:years?|yrs?|yr)(?: old)?| yo)? and (?:pregnant|single|retired|unemployed|disabled|homeless|not|still|live|living|on|out|working|looking|a|im|i|have|got)(?= |$)/;
/** A clause of numbers only ("20", "9 and 12"): the number before it is one of a list, not an age. */
const NUMBER_LIST = /^\d{1,3}(?: (?:and|&) \d{1,3})*$/;
const GREETING = /^(?:hi|hello|hiya|hey|hi there|hello there|good morning|good afternoon|good evening|morning|evening|dear sir or madam|ok|okay)$/;
/** A clause that names the person as a single parent before a bare age: "single mum of 2". */
const SINGLE_PARENT_OF = /(?:mum|mom|mam|mother|dad|father|parent) (?:of|to) \d{1,2}$/;
const CHILDISH = /(?:^| )(?:kids?|children|child|sons?|daughters?|boys?|girls?|babies|baby|twins|little ones?)(?= |$)/;
const SELF_IDENTITY = /^(?:im|i am) (?:a |an )?(?:single |lone )?(?:mum|mom|mam|mother|dad|father|parent)(?= |$)|(?:^| )(?:single|lone) (?:mum|mom|mam|mother|dad|father|parent)(?= |$)/;

/** The bare-age patterns need a clause break or one of these words next to the number (for `extractionScope`). */
export const ME_AGE_WORDS: readonly string[] = ['me', 'myself'];

interface AgePatterns {
  /** "my wife is 71", "my husband 68", "partner's 34": the partner's age in group 1 (global). */
  partner: RegExp;
  /** "me and my wife are 74 and 71": the person's then the partner's. */
  couple: RegExp;
  /** "my wife", "our partner", "husband" at a clause start: a clause naming someone other than the person. */
  someone: RegExp;
}
let patterns: AgePatterns | undefined;

function agePatterns(): AgePatterns {
  if (patterns) return patterns;
  const { people } = extractionData();
  const partner = `(?:${people.partner.map(escapeRegExp).join('|')})`;
  const anyone = `(?:${[...people.partner, ...people.family].map(escapeRegExp).join('|')})`;
  patterns = {
    partner: new RegExp(`(?:(?:^| )(?:my|our|and) |^|\\| )${partner}(?:s| is| who is| whos| aged| is aged)?(?: \\|)? (\\d{1,3})(?: years? old| yrs? old)?(?= |$)`, 'g'),
    couple: new RegExp(`(?:^| )me and (?:my |the )?${partner} (?:are|r|were)(?: both)?(?: aged)? (\\d{1,3}) (?:and|&) (\\d{1,3})(?= |$)`, 'g'),
    someone: new RegExp(`(?:^| )(?:my|our|his|her|their) (?:[a-z]+ )?${anyone}s?(?= |$)`),
  };
  return patterns;
}

function isAge(keyed: string, end: number): boolean {
  return !NOT_AN_AGE.test(keyed.slice(end).trim());
}

/** Ages from patterns that name the person or partner explicitly. */
function namedAges(keyed: string, clauses: Clause[], self: Set<number>, partner: Set<number>): void {
  const p = agePatterns();
  for (const c of clauses.filter((x) => x.subject === 'partner')) {
    const m = PRONOUN_AGE.exec(c.text);
    if (m && isAge(c.text, m[0].length)) partner.add(Number(m[1]));
  }
  for (const re of [SELF_AGE, ME_AGE]) {
    for (const m of keyed.matchAll(re)) if (isAge(keyed, (m.index ?? 0) + m[0].length)) self.add(Number(m[1]));
  }
  for (const m of keyed.matchAll(p.partner)) if (isAge(keyed, (m.index ?? 0) + m[0].length)) partner.add(Number(m[1]));
  for (const m of keyed.matchAll(p.couple)) {
    if (!isAge(keyed, (m.index ?? 0) + m[0].length)) continue;
    self.add(Number(m[1]));
    partner.add(Number(m[2]));
  }
}

/** May `prev` (the clause before a bare number) introduce the person's age? Returns the lowest age then allowed. */
function leadsToAge(prev: Clause): number | undefined {
  if (prev.subject !== 'self') return undefined;
  const text = prev.text;
  if (/\d/.test(text)) return SINGLE_PARENT_OF.test(text) ? 20 : undefined;
  if (agePatterns().someone.test(text) && !SELF_IDENTITY.test(text)) return undefined;
  if (CHILDISH.test(text)) return undefined;
  return 16;
}

/** Bare ages: one opening the message ("25, not working", "19 and pregnant") or between commas after the person. */
function bareAges(clauses: Clause[], self: Set<number>): void {
  const texts = clauses.map((c) => c.text);
  let first = 0;
  while (first < texts.length && GREETING.test(texts[first] ?? '')) first += 1;
  const opening = texts[first] ?? '';
  // A lone number is an answer, not an age: the opening age needs something said after it.
  // Nor is the first of a list of numbers ("19, 20, 21 are my kids' ages").
  const bare = texts.length > first + 1 && !NUMBER_LIST.test(texts[first + 1] ?? '') ? BARE_AGE.exec(opening) : null;
  const lead = bare ?? OPENING_AGE_AND.exec(opening);
  if (lead && Number(lead[1]) >= 16) self.add(Number(lead[1]));
  for (let i = first + 1; i < clauses.length; i += 1) {
    const m = BARE_AGE.exec(texts[i] ?? '');
    if (!m || NUMBER_LIST.test(texts[i + 1] ?? '')) continue;
    const min = leadsToAge(clauses[i - 1] as Clause);
    if (min !== undefined && Number(m[1]) >= min) self.add(Number(m[1]));
  }
}

/**
 * The person's age and their partner's. A bare number is read as an age only when no other question
 * is pending (`question` undefined or "age"): as a reply to "how many hours?" it is that answer.
 * @returns age and partner_age, each only where the statement gives one value
 */
export function extractAges(keyed: string, clauses: Clause[], question?: string): Partial<Facts> {
  const self = new Set<number>();
  const partner = new Set<number>();
  namedAges(keyed, clauses, self, partner);
  if (question === undefined || question === 'age') bareAges(clauses, self);
  const facts: Partial<Facts> = {};
  if (self.size === 1) facts.age = [...self][0];
  if (partner.size === 1) facts.partner_age = [...partner][0];
  return facts;
}
