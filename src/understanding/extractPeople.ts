/**
 * Household facts from an opening statement: the person's and partner's ages, whether they have a
 * partner, live alone, were recently bereaved, are expecting a baby, and their children.
 */
import type { Facts } from '../facts/facts';
import type { Clause } from './clauses';
import { escapeRegExp } from './normalise';
import { extractionData, hasAny } from './extractionData';
import { findPhrases, valuesOf } from './phrases';
import { parseNumbers } from './parseNumbers';

const CHILD_NOUN = '(?:kids|children|child|boys|girls|sons?|daughters?|twins|triplets|little ones)';
const COUNT_RE = new RegExp(`(?:^| )(\\d{1,2}) (?:kids|children|boys|girls|sons|daughters|little ones|dependent children)(?= |$)|(?:^| )(1) (?:kid|child|son|daughter|boy|girl)(?= |$)|(?:^| )(?:mum|mom|mam|mother|dad|father|parent) (?:of|to) (\\d{1,2})(?! (?:years?|yrs?|months?|weeks?|year old))(?= |$)`);
const PARENT_WORD = '(?:mum|mom|mam|mother|dad|father|parent)';
/**
 * A number list right after the children ("two kids, 9 and 12", "kids 3 and 7", "my little one (1)",
 * where `digitise` has made "one" 1,
 * "mum of 2 (2 and 7)"), ending at a clause break or a word that cannot be a unit ("3 days a week" is not).
 */
const BARE_AGES_RE = new RegExp(
  `(?:(?<![a-z])(?:kids|children|boys|girls|twins|triplets|little (?:ones?|1))|(?:^| )${PARENT_WORD} (?:of|to) \\d{1,2}(?: (?:kids|children))?)(?: \\|)? ((?:\\d{1,2})(?:(?: and| &| \\|(?: and)?)? \\d{1,2})*)(?: (?:years?|yrs?)(?: old)?)?(?=$| \\|| (?:and|&|im|i|we|on|in|at|who|both|are|is|live|living|but|with|have|has|need|needs)(?= |$))`,
  'g',
);
/** "my 4 year old", "mum to a 3 year old": one child each, when a child (not a car or boiler) follows or nothing does. */
const MY_YEAR_OLD_RE = new RegExp(
  `(?:(?:^| )(?:my|our)|(?:^| )${PARENT_WORD} to an?) (\\d{1,2}) (?:year|yr)s? old(?= (?:son|daughter|boy|girl|baby|child|twins|and|&|who|has|is|needs|\\|)(?= |$)|$)`,
  'g',
);
const NO_CHILDREN_RE = /(?:^| )(?:no (?:kids|children)|(?:dont|do not|havent got|have not got) (?:any )?(?:kids|children)|childless)(?= |$)/;
const AGES_RE = new RegExp(`${CHILD_NOUN}(?: who are| aged| ages| age| are| of)+ (?:(?:\\d+(?:\\.\\d+)?|and|a|an|year|years|yrs|old|months?|weeks?|under|half)(?: |$))+`, 'g');
const A_YEAR_OLD_RE = /(?:have|got|with) (?:an? \d+ (?:year|month|week)s? old(?: (?:boy|girl|son|daughter|baby))?(?: and| &)? ?)+/g;
const TWINS_RE = /(?:^| )(twins|triplets)(?= |$)/;
/** A clause about the person's own children ("my kids are 4 and 11"), though its subject is them. */
const MY_CHILDREN = /^(?:(?:and|so|but|also) )?(?:my|our) (?:kids|children|boys|girls|twins|triplets|little ones)(?= |$)/;

/*
 * Words without which the patterns above cannot match, for `extractionScope` (which skips
 * extraction when a reply cannot hold any other fact). Keep them in step with the patterns.
 */
/** SELF_AGE starts with one of these words ("im", "i am", "iam", "ive just turned"). */
export const SELF_AGE_WORDS: readonly string[] = ['im', 'i', 'iam', 'ive'];
/** COUNT_RE, NO_CHILDREN_RE, TWINS_RE, AGES_RE and BARE_AGES_RE need a word ending in one of these ("grandchildren" too), or "childless". */
export const CHILD_WORD_ENDINGS: readonly string[] = [
  'kids', 'children', 'child', 'childless', 'boys', 'girls', 'son', 'sons', 'daughter', 'daughters', 'twins', 'triplets', 'ones',
  'one', 'little', 'mum', 'mom', 'mam', 'mother', 'dad', 'father', 'parent',
];
/**
 * Without a number (digits or number words) the children patterns can still match only through
 * one of these words: NO_CHILDREN_RE ("no kids", "childless"), TWINS_RE, and AGES_RE on "aged under a year".
 */
export const CHILDREN_WITHOUT_NUMBER_WORDS: readonly string[] = ['kids', 'children', 'childless', 'twins', 'triplets', 'under'];
/** A_YEAR_OLD_RE and MY_YEAR_OLD_RE need a word ending in one of these and a word starting with "old". */
export const YEAR_OLD_LEAD_ENDINGS: readonly string[] = ['have', 'got', 'with', 'my', 'our', 'to'];
/** The partner patterns need "my" or "our"; the bereavement pattern may instead name one of WIDOW_WORDS. */
export const POSSESSIVE_WORDS: readonly string[] = ['my', 'our'];
export const WIDOW_WORDS: readonly string[] = ['widow', 'widower', 'widowed'];

const AGES_SPEC = { fact: 'children_ages', kind: 'numbers' as const, min: 0, max: 120, integer: true };

function ages(keyed: string, re: RegExp): number[] {
  const found: number[] = [];
  for (const m of keyed.matchAll(re)) {
    const parsed = parseNumbers(AGES_SPEC, m[0].trim());
    if (parsed.ok && Array.isArray(parsed.value)) found.push(...(parsed.value as number[]));
  }
  return found;
}

/** Ages in the number lists after a children's mention; empty when any is not a child's age. */
function bareAges(keyed: string): number[] {
  const found: number[] = [];
  for (const m of keyed.matchAll(BARE_AGES_RE)) {
    const list = (m[1]?.match(/\d+/g) ?? []).map(Number);
    if (list.length === 0 || list.some((a) => a > 19)) return [];
    found.push(...list);
  }
  return found;
}

/** Children living with the person: count and ages, only where the statement is clear. */
export function extractChildren(clauses: Clause[]): Partial<Facts> {
  const own = clauses.filter((c) => c.subject !== 'other' || MY_CHILDREN.test(c.text)).map((c) => c.text).join(' | ');
  const facts: Partial<Facts> = {};
  const count = COUNT_RE.exec(own);
  const twins = TWINS_RE.exec(own);
  let n: number | undefined = count ? Number(count[1] ?? count[2] ?? count[3]) : NO_CHILDREN_RE.test(own) ? 0 : undefined;
  if (n === undefined && twins) n = twins[1] === 'twins' ? 2 : 3;
  const yearOlds = [...own.matchAll(MY_YEAR_OLD_RE)].map((m) => Number(m[1]));
  const list = [...ages(own, AGES_RE), ...ages(own, A_YEAR_OLD_RE), ...yearOlds];
  if (list.length === 0) list.push(...bareAges(own));
  if (list.some((a) => a > 19)) return {};
  if (n === undefined && list.length > 0) n = list.length;
  if (n !== undefined) facts.children_count = n;
  if (list.length > 0 && list.length === n) facts.children_ages = list;
  return facts;
}

/** Patterns built from the partner words in `extraction.json`, once. */
interface PartnerPatterns {
  /** "my wife", "our late husband", "widowed". */
  mention: RegExp;
}
let partnerPatterns: PartnerPatterns | undefined;

function partnerRegExps(): PartnerPatterns {
  if (partnerPatterns) return partnerPatterns;
  const { people } = extractionData();
  const partner = `(?:${people.partner.map(escapeRegExp).join('|')})`;
  partnerPatterns = {
    mention: new RegExp(`(?:^| )(?:my|our) (?:late )?${partner}(?= |$)|(?:^| )(?:widow|widower|widowed)(?= |$)`),
  };
  return partnerPatterns;
}

let otherRelativeRe: RegExp | undefined;
/** A relative other than a partner named in a clause ("his dad", "my mum"). */
function otherRelative(): RegExp {
  otherRelativeRe ??= new RegExp(`(?:^| )(?:my|his|her|our|their) (?:${extractionData().people.family.map(escapeRegExp).join('|')})(?= |$)`);
  return otherRelativeRe;
}

function partnerDeath(clauses: Clause[], now: Date): 'recent' | 'old' | 'unknown' | undefined {
  const { cues } = extractionData();
  const { mention } = partnerRegExps();
  for (const { text } of clauses) {
    if (!mention.test(text) || !hasAny(text, cues.death)) continue;
    // "my husband was a carer for his dad until he died": whose death is unclear, so nothing is kept.
    if (otherRelative().test(text)) continue;
    const year = /(?:^| )(?:in )?(19\d\d|20\d\d)(?= |$)/.exec(text);
    const yearsAgo = /(?:^| )(\d+|two|three|four|five|six|seven|eight|nine|ten|many|several|a few|a couple of) years ago/.exec(text);
    if (yearsAgo || (year && Number(year[1]) < now.getUTCFullYear() - 1)) return 'old';
    return hasAny(text, cues.recent) || year ? 'recent' : 'unknown';
  }
  return undefined;
}

/** "live in a council flat on my own": living alone said around the home ("with" anyone is not alone). */
const LIVE_ON_OWN = /(?:^| )(?:live|living)(?: [a-z]+){0,6} (?:on my own|by myself|alone)(?= |$)/;
/** A piece that is only "single" (a status, not "single room" or "single person discount"). */
const SINGLE_ALONE = /^(?:im |i am |and |currently |totally |still )?single(?: now| at the moment| atm)?$/;

/**
 * Partner, living alone and bereavement. Conflicting signals leave a fact unknown.
 * @param partnerAged a partner's age was found ("wife 34"): a partner lives with them unless said otherwise
 */
export function extractPartner(clauses: Clause[], now: Date, partnerAged = false): Partial<Facts> {
  const { phrases, cues } = extractionData();
  const partnerValues = new Set<string>();
  const aloneValues = new Set<string>();
  if (partnerAged) partnerValues.add('true');
  for (const c of clauses) {
    if (c.subject === 'self' && c.text.split(/ (?:and|&) /).some((piece) => SINGLE_ALONE.test(piece))) partnerValues.add('false');
    if (c.subject === 'self' && LIVE_ON_OWN.test(c.text) && !/(?:^| )with(?= |$)/.test(c.text)) {
      aloneValues.add('true');
      partnerValues.add('false');
    }
    const hits = findPhrases(c.text, phrases['has_partner'] ?? []);
    for (const v of valuesOf(hits)) if (!(v === 'true' && hasAny(c.text, cues.partnerEnded))) partnerValues.add(v);
    if (c.subject !== 'other') valuesOf(findPhrases(c.text, phrases['lives_alone'] ?? [])).forEach((v) => aloneValues.add(v));
  }
  const facts: Partial<Facts> = {};
  const death = partnerDeath(clauses, now);
  if (death === 'recent') facts.bereaved = true;
  if (death === 'recent' || death === 'unknown') partnerValues.add('false');
  if (partnerValues.size === 1) facts.has_partner = partnerValues.has('true');
  if (aloneValues.size === 1 && aloneValues.has('true')) facts.lives_alone = true;
  return facts;
}

/**
 * Responsible for paying for a funeral: "I have to pay for the funeral", "I'm the one sorting the
 * funeral", said of the person themselves (not "my brother is paying for it").
 */
export function extractFuneral(clauses: Clause[]): Partial<Facts> {
  const { cues } = extractionData();
  for (const c of clauses.filter((x) => x.subject === 'self')) {
    if (hasAny(c.text, cues.funeral) && hasAny(c.text, cues.funeralDuty) && !hasAny(c.text, cues.notFuneralDuty)) return { arranging_funeral: true };
  }
  return {};
}

/** Pregnancy of the person or their partner. */
export function extractPregnancy(clauses: Clause[]): Partial<Facts> {
  const values = new Set<string>();
  for (const c of clauses.filter((x) => x.subject !== 'other')) {
    valuesOf(findPhrases(c.text, extractionData().phrases['pregnant'] ?? [])).forEach((v) => values.add(v));
  }
  return values.size === 1 ? { pregnant: values.has('true') } : {};
}
