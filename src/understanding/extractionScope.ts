/**
 * Which facts `extractFacts` could possibly find in a short reply, from its words alone, without
 * running it. Used to skip extraction when a reply was wholly consumed as the answer to the asked
 * question ("yes", "42", "£180 a week", "Renting from a private landlord"), or holds no fact at
 * all ("hi", "skip"): if no other fact can come out, extracting changes nothing.
 *
 * The test is conservative (it may say a fact is possible when it is not, never the reverse):
 * every phrase, cue and pattern behind extraction needs certain whole words, and a reply that lacks
 * them cannot produce that fact. The words come from `extraction.json` and `synonyms.json` (built
 * once) and, for the patterns in code, from the word lists kept beside them.
 *
 * Why the reply's own words suffice: extraction reads the reply after `digitise`, which only turns
 * whole number words into digits ("sixty-seven" → "67") and drops "k" after a number, so every
 * letter run it then sees is a run of the reply (apostrophes aside: "don't" may be read as "dont",
 * "don" or "t", so all are counted). Replies with letters outside a-z are not judged.
 */
import { digitise, MAY_HOLD_NUMBER } from './digitise';
import { NO_SAVINGS_WORDS } from './extractAmounts';
import { extractionData } from './extractionData';
import { ME_AGE_WORDS } from './extractAges';
import { CHILD_WORD_ENDINGS, CHILDREN_WITHOUT_NUMBER_WORDS, POSSESSIVE_WORDS, SELF_AGE_WORDS, WIDOW_WORDS, YEAR_OLD_LEAD_ENDINGS } from './extractPeople';
import { escapeRegExp, normalise } from './normalise';
import { synonymEntries } from './synonyms';

/** Longest reply judged, in words (as typed, split at spaces); longer replies are always extracted (statements, not answers). */
export const MAX_SCOPED_WORDS = 12;
/** Longest reply judged, in characters. */
const MAX_SCOPED_CHARS = 200;

/** Stands in the reply's runs for a number of one or two digits on its own (a possible bare age); never a word. */
const BARE_NUMBER = '#number';
/**
 * Stands in the reply's runs when it may hold a number at all (`MAY_HOLD_NUMBER`: a digit or a
 * number word); never a word. Extraction sees a digit only where the reply has one or `digitise`
 * wrote one, and `digitise` writes digits only into text that `MAY_HOLD_NUMBER` accepts.
 */
const SOME_NUMBER = '#some-number';
const hasNumber = (r: ReadonlySet<string>): boolean => r.has(SOME_NUMBER);

/**
 * Each alternative is a list of words that must all be in the reply; none at all = always possible.
 * Alternatives are kept by their longest word (any of their words would do, since all are needed,
 * and the longest is the rarest in replies: "rent" rather than the "i" of "i rent").
 */
class Alternatives {
  private readonly byKey = new Map<string, string[][]>();
  private always = false;

  add(words: string[]): void {
    const key = words.reduce<string | undefined>((a, w) => (a === undefined || w.length > a.length ? w : a), undefined);
    if (key === undefined) {
      this.always = true;
      return;
    }
    const list = this.byKey.get(key) ?? [];
    list.push(words);
    this.byKey.set(key, list);
  }

  /** Words one of which every alternative needs (each one's longest), or undefined when one needs none. */
  words(): string[] | undefined {
    return this.always ? undefined : [...this.byKey.keys()];
  }

  /** True when some alternative has all its words in `runs`. */
  met(runs: ReadonlySet<string>): boolean {
    if (this.always) return true;
    for (const run of runs) {
      const candidates = this.byKey.get(run);
      if (candidates) for (const words of candidates) if (words.every((w) => runs.has(w))) return true;
    }
    return false;
  }
}

/** The letter runs of a keyed phrase or cue ("council tax" → ["council", "tax"]; digits and symbols are not words). */
function runsOf(keyed: string): string[] {
  return keyed.match(/\p{L}+/gu) ?? [];
}

function alternatives(phrases: Iterable<string>): Alternatives {
  const alts = new Alternatives();
  for (const p of phrases) alts.add(runsOf(p));
  return alts;
}

/** A fact (or facts) and the groups of words it needs: one alternative of every group. */
interface Unit {
  facts: string[];
  needs: ((runs: ReadonlySet<string>) => boolean)[];
  /** Words one of which the first need cannot be met without; undefined when it has none (always tried). */
  keys?: readonly string[];
}

/** The units, and which of them a reply's words could meet (see `candidates`). */
interface Units {
  all: Unit[];
  /** Units by the words in their `keys`. */
  byKey: Map<string, Unit[]>;
  /** Units without keys. */
  always: Unit[];
}

let units: Units | undefined;

const someRun = (runs: ReadonlySet<string>, test: (run: string) => boolean): boolean => {
  for (const run of runs) if (test(run)) return true;
  return false;
};

/** A test that a word ends with one of `endings` (`endings.some((e) => word.endsWith(e))`). */
function endingIn(endings: readonly string[]): RegExp {
  return new RegExp(`(?:${endings.map(escapeRegExp).join('|')})$`);
}

/** A unit whose first need is `alts` (its keys are the words the alternatives are kept by: `alts.words()`). */
function unitOf(facts: string[], alts: Alternatives, more: Unit['needs'] = []): Unit {
  return { facts, needs: [(r) => alts.met(r), ...more], keys: alts.words() };
}

/** A need met by any of `words` (which are also its keys). */
function anyOf(facts: string[], words: readonly string[], more: Unit['needs'] = []): Unit {
  return { facts, needs: [(r) => words.some((w) => r.has(w)), ...more], keys: words };
}

function buildUnits(): Unit[] {
  const { people, cues, phrases, places, atStart } = extractionData();
  const built: Unit[] = [];
  // Phrase lists matched directly (has_partner, lives_alone, pregnant, health_condition, employment; housing).
  // Needs and a terminal illness are a condition's, so they also set health_condition.
  const withCondition = new Set(['mobility_needs', 'daily_living_needs', 'terminal_illness']);
  for (const [fact, entries] of Object.entries(phrases)) {
    built.push(unitOf(withCondition.has(fact) ? [fact, 'health_condition'] : [fact], alternatives(entries.map((e) => e.phrase))));
  }
  // Work: statuses said bare or "I work"; hours need "work" or "working"; limits a limit and a health reason.
  const statuses = alternatives([...Object.values(atStart).flat().map((e) => e.phrase), ...cues.work, ...cues.workAtStart]);
  built.push(unitOf(['employment'], statuses));
  built.push(anyOf(['employment'], ['work', 'working']));
  // Hours are a number: "work 30h", "working 16 hrs".
  built.push(anyOf(['work_hours'], ['work', 'working'], [hasNumber]));
  const limits = alternatives([...cues.cannotWork, ...cues.limitsWork]);
  const reason = alternatives(cues.healthReason);
  built.push(unitOf(['limits_work', 'health_condition'], limits, [(r) => reason.met(r)]));
  // Needs: a difficulty and an activity ("hard to wash", "walking is a struggle"); "months to live"; "in hospital".
  const difficulty = alternatives(cues.needsDifficulty);
  const acts = alternatives([...cues.mobilityActs, ...cues.dailyActs]);
  built.push(unitOf(['mobility_needs', 'daily_living_needs', 'health_condition'], difficulty, [(r) => acts.met(r)]));
  built.push(anyOf(['terminal_illness', 'health_condition'], ['live'], [(r) => r.has('months') || r.has('weeks')]));
  // "in hospital", "in a care home", "in prison".
  built.push(anyOf(['in_hospital_or_care'], ['hospital', 'home', 'prison', 'jail'], [(r) => r.has('in')]));
  built.push(unitOf(['housing'], alternatives(synonymEntries('housing').map((e) => e.phrase))));
  // Nation: a residence cue and then a nation's name. Receiving: a "get" cue and a benefit's name.
  // A place alone may open a message ("Belfast, me 35..."), so any place's name will do.
  built.push(unitOf(['nation'], alternatives([...synonymEntries('nation'), ...places].map((e) => e.phrase))));
  const receive = alternatives(cues.receive);
  const benefits = alternatives(synonymEntries('receiving').filter((e) => e.value !== 'none').map((e) => e.phrase));
  built.push(unitOf(['receiving'], receive, [(r) => benefits.met(r)]));
  // Funeral: a funeral word and a duty cue ("pay for the funeral").
  const funeral = alternatives(cues.funeral);
  const duty = alternatives(cues.funeralDuty);
  built.push(unitOf(['arranging_funeral'], funeral, [(r) => duty.met(r)]));
  // Ages: "I'm 74"; "my wife is 71" (a partner word, perhaps with an "s": "my wifes 71").
  const possessive = (r: ReadonlySet<string>): boolean => POSSESSIVE_WORDS.some((w) => r.has(w));
  const partnerWords = people.partner.map(runsOf);
  const partner = (r: ReadonlySet<string>): boolean =>
    partnerWords.some((words) => {
      const last = words[words.length - 1];
      return last === undefined || (words.slice(0, -1).every((w) => r.has(w)) && (r.has(last) || r.has(`${last}s`)));
    });
  // Bare ages ("25, not working", "ex army, 50, ...") need a number of one or two digits standing alone (BARE_NUMBER) and a word.
  const selfWords = [...SELF_AGE_WORDS, ...ME_AGE_WORDS];
  // Every age pattern reads the age from digits. A bare number comes with SOME_NUMBER, so a word besides makes three runs.
  built.push({ facts: ['age'], needs: [(r) => selfWords.some((w) => r.has(w)) || (r.has(BARE_NUMBER) && r.size > 2), hasNumber], keys: [...selfWords, BARE_NUMBER] });
  // "my wife is 71", "wife 34", "he's 72" (a clause about the partner); a partner's age also sets has_partner.
  const pronouns = ['he', 'she', 'hes', 'shes', 's'];
  const pronoun = (r: ReadonlySet<string>): boolean => pronouns.some((w) => r.has(w));
  // A partner word's last word (or it with an "s") is needed, unless a partner word is empty.
  const partnerKeys = partnerWords.some((w) => w.length === 0) ? undefined : partnerWords.flatMap((w) => [w[w.length - 1] ?? '', `${w[w.length - 1] ?? ''}s`]);
  built.push({ facts: ['partner_age', 'has_partner'], needs: [(r) => partner(r) || (possessive(r) && pronoun(r))], keys: partnerKeys && [...partnerKeys, ...pronouns] });
  // "single" alone, or "live in a flat on my own".
  built.push(anyOf(['has_partner'], ['single']));
  built.push(anyOf(['has_partner', 'lives_alone'], ['live', 'living'], [(r) => r.has('own') || r.has('myself') || r.has('alone')]));
  // Bereavement: "my late husband" or "widowed", with a death cue; it also sets has_partner.
  const death = alternatives(cues.death);
  const mention = (r: ReadonlySet<string>): boolean => (possessive(r) && partner(r)) || WIDOW_WORDS.some((w) => r.has(w));
  built.push({ facts: ['bereaved', 'has_partner'], needs: [mention, (r) => death.met(r)], keys: [...POSSESSIVE_WORDS, ...WIDOW_WORDS] });
  // Children: a child noun ending a word, or "have/got/with a 5 year old".
  const childEnding = endingIn(CHILD_WORD_ENDINGS);
  const yearOldLead = endingIn(YEAR_OLD_LEAD_ENDINGS);
  const childNoun = (r: ReadonlySet<string>): boolean => someRun(r, (run) => childEnding.test(run));
  const yearOld = (r: ReadonlySet<string>): boolean => someRun(r, (run) => yearOldLead.test(run)) && someRun(r, (run) => run.startsWith('old'));
  // Counts and ages are digits, except a few words ("no kids", "twins", "aged under a year").
  const withoutNumber = (r: ReadonlySet<string>): boolean => CHILDREN_WITHOUT_NUMBER_WORDS.some((w) => r.has(w));
  // Word endings: no keys. The number need, cheaper, is tried first.
  built.push({ facts: ['children_count', 'children_ages'], needs: [(r) => hasNumber(r) || withoutNumber(r), (r) => childNoun(r) || yearOld(r)] });
  // Money: an amount (digits) with an income or savings cue, or "no income", "no savings".
  const income = alternatives(cues.income);
  const savingsCue = alternatives(cues.savings);
  const savings = alternatives([...cues.savings, ...NO_SAVINGS_WORDS]);
  // Income: a cue, "no income", or pay after a piece about work ("I work 40 hours, £350 a week").
  const noIncome = alternatives(cues.noIncome);
  const workWords = ['work', 'working', 'job', 'full', 'part', 'hours', 'hrs', 'h'];
  const incomeWords = income.words();
  const noIncomeWords = noIncome.words();
  built.push({
    facts: ['income'],
    needs: [(r) => noIncome.met(r) || (hasNumber(r) && (income.met(r) || workWords.some((w) => r.has(w))))],
    keys: incomeWords && noIncomeWords && [...incomeWords, ...noIncomeWords, ...workWords],
  });
  built.push(unitOf(['savings'], savings, [(r) => NO_SAVINGS_WORDS.some((w) => r.has(w)) || (hasNumber(r) && savingsCue.met(r))]));
  built.push(unitOf(['caring_hours'], alternatives(cues.caring)));
  return built;
}

/**
 * Every word extraction could see in `text`, or undefined when the reply is not judged (too long,
 * or letters outside a-z).
 * @param bareAges whether extraction reads a bare number as the person's age (see `extractAges`):
 *   only then does a lone number of one or two digits count (BARE_NUMBER)
 */
function replyRuns(text: string, bareAges = true): Set<string> | undefined {
  if (text.length > MAX_SCOPED_CHARS) return undefined;
  const plain = normalise(text);
  if (!/^[\x20-\x7e£]*$/.test(plain)) return undefined;
  if (wordCount(plain) > MAX_SCOPED_WORDS) return undefined;
  const runs = new Set<string>();
  // Number words count too: extraction reads "twenty" as 20.
  if (MAY_HOLD_NUMBER.test(plain)) {
    runs.add(SOME_NUMBER);
    if (bareAges && /(?<![\d£.,])\d{1,2}(?![\d.,]?\d)/.test(digitise(plain) ?? plain)) runs.add(BARE_NUMBER);
  }
  for (const token of plain.match(/[a-z']+/g) ?? []) {
    if (!token.includes("'")) {
      runs.add(token);
      continue;
    }
    const parts = token.split("'").filter((p) => p.length > 0);
    for (let i = 0; i < parts.length; i += 1) {
      for (let j = i; j < parts.length; j += 1) runs.add(parts.slice(i, j + 1).join(''));
    }
  }
  return runs;
}

/** `text.split(' ').length`, without building the array. */
function wordCount(text: string): number {
  let count = 1;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) count += 1;
  return count;
}

function indexed(): Units {
  if (units) return units;
  const all = buildUnits();
  const byKey = new Map<string, Unit[]>();
  for (const u of all) for (const k of new Set(u.keys ?? [])) byKey.set(k, [...(byKey.get(k) ?? []), u]);
  units = { all, byKey, always: all.filter((u) => u.keys === undefined) };
  return units;
}

/**
 * The units `runs` could meet: those without keys, and those with a key among the runs (a unit
 * whose first need has none of its keys cannot be met, so leaving it out changes no answer).
 */
function candidates(runs: ReadonlySet<string>): Unit[] {
  const { byKey, always } = indexed();
  const found = new Set(always);
  for (const run of runs) for (const u of byKey.get(run) ?? []) found.add(u);
  return [...found];
}

/** Whether `runs` meet `u` and it finds a fact other than `fact`. */
function meets(u: Unit, runs: ReadonlySet<string>, fact: string | undefined): boolean {
  return u.facts.some((f) => f !== fact) && u.needs.every((need) => need(runs));
}

/** `candidates(runs).some((u) => meets(u, runs, fact))`, stopping at the first unit met and building no list. */
function someCandidateMeets(runs: ReadonlySet<string>, fact: string | undefined): boolean {
  const { byKey, always } = indexed();
  for (const u of always) if (meets(u, runs, fact)) return true;
  for (const run of runs) {
    const keyed = byKey.get(run);
    if (keyed) for (const u of keyed) if (meets(u, runs, fact)) return true;
  }
  return false;
}

/**
 * True when `extractFacts(text, { question })` could find some fact other than `fact` (any fact at
 * all when `fact` is undefined); false only when it surely cannot: a short reply without the words
 * any other fact needs ("yes", "42", "skip", "hi"). Never throws.
 * @param question the question pending, as passed to `extractFacts` (a bare number then answers it, and is no age)
 */
export function couldExtractOtherFacts(text: string, fact?: string, question?: string): boolean {
  try {
    if (typeof text !== 'string') return true;
    const runs = replyRuns(text, question === undefined || question === 'age');
    if (runs === undefined) return true;
    return someCandidateMeets(runs, fact);
  } catch {
    return true;
  }
}

/**
 * For tests of the word index: the facts of every unit that `text`'s words meet but that
 * `candidates` leaves out (always none when the units' keys are right).
 */
export function unitsMissedByIndex(text: string): string[][] {
  const runs = replyRuns(text);
  if (runs === undefined) return [];
  const tried = new Set(candidates(runs));
  return indexed().all.filter((u) => !tried.has(u) && u.needs.every((need) => need(runs))).map((u) => u.facts);
}
