/**
 * Yes/no replies in people's own words: "yeah", "yep", "I do", "that's right"; "nope", "no I don't",
 * "not really", "I'm not", "never". Hedges ("maybe", "don't know") are not understood, and a reply
 * that says both ("yes and no", "no I do") is ambiguous.
 */
import { fail, ok, type ParseResult } from './answerTypes';
import { isUncertainKey } from './isUncertain';
import { extractionData } from './extractionData';
import { escapeRegExp, MAX_ANSWER_CHARS, phraseKey } from './normalise';
import { booleanIn } from './recognise';

/** A no at the start of the reply, whatever follows ("no I don't", "I'm not pregnant"). */
const NO_LEAD = new RegExp(
  '^(?:no+|nope|nah|naw|na|n|nay|never|not really|not at all|not now|no way|negative|false|none|not me|not us|' +
    'i dont|i do not|im not|i am not|i havent|i have not|i didnt|i did not|i wont|i will not|i cant|i cannot|' +
    'we dont|we do not|were not|we are not|we havent|we have not|it isnt|its not|it is not|thats wrong|' +
    'that is wrong|incorrect|wrong|he isnt|she isnt|hes not|shes not|they arent|theyre not|not)(?=$|\\s|\\|)',
);
/** A yes at the start of the reply, whatever follows ("yes I do", "yeah, with my wife"). */
const YES_LEAD = new RegExp(
  '^(?:yes+|yeah|yeh|yea|yep|yup|ya|yah|y|yh|ye|yss|aye|sure|of course|course|correct|definitely|absolutely|certainly|indeed|' +
    'affirmative|ok|okay|true|thats right|that is right|thats correct|that is correct)(?=$|\\s|\\|)',
);
/** A yes only when it is the whole reply ("I do", "I am"): "I'm single" must not read as yes. */
const YES_WHOLE = new RegExp(
  '^(?:i do|i am|im|i have|ive|i did|i will|we do|we are|were|we have|weve|it is|its|he is|hes|she is|shes|' +
    'they are|theyre|i have got|ive got|right|exactly|always|too right|go ahead|please do|please|thats it|' +
    'totally|i certainly do|we certainly do|i do indeed|i am indeed)' +
    '(?:\\s+(?:yes|yeah|yep|thanks|thank you|please|mate|love|indeed|i do|i am|x+))*$',
);
const FILLER = /^(?:oh|um+|erm+|er|well|hmm+|uh+|ah|so|and|but|\||,)\s+/;
/** A description of what someone cannot do ("I can't walk far", "I struggle to cook"): not a plain no. */
const INABILITY = /^(?:(?:i|we|he|she|they|my \w+)\s+)?(?:cant|cannot|can not|am unable to|im unable to|is unable to|unable to|struggle to|struggle with|find it hard to|find it difficult to|need help to|need help with|have trouble)\s+\S/;
/** "No one", "nobody": a pronoun, not a no ("no one else lives here"). */
const NO_ONE = /^(?:no one|noone|nobody|no body)(?=$|\s)/;
/** A no that goes on to say someone else does ("no but my partner is", "not me, my girlfriend is"). */
const SOMEONE_ELSE = /^(?:but\s+)?(?:my|our|his|her|the)\s+\w+(?:\s+\w+)?\s+(?:is|does|has|was|will|gets)(?=$|\s)/;
/** Replies that start with "no" but agree ("no problem", "no worries"). */
const AGREE = /^(?:no problem|no problems|no worries|no bother|no probs|go on|go on then|go ahead|ok then|okay then|sounds good|lets do it|lets go)(?=$|\s)/;

function afterLead(key: string, lead: string): string {
  let rest = key.slice(lead.length).trim();
  while (FILLER.test(`${rest} `) && rest.length > 0) rest = `${rest} `.replace(FILLER, '').trim();
  return rest.replace(/^\|\s*/, '');
}

/**
 * What may follow a yes without changing it ("yes I do", "yes, with my wife"). A yes with a detail that
 * may contradict the question ("yes, 3 years ago", "yes but it was my dad", "yes in 2020", "yes PIP
 * mobility only", "yes but I lost it") is not understood: the question is asked again.
 */
const QUALIFIED = /(?:^| )(?:but|though|although|however|except|apart from|used to|not|never|no longer|before|until|mobility only|only the mobility|only mobility|lowest rate|low rate)(?= |$)/;
const SMALL_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  few: 3, couple: 2, several: 3, many: 10,
};
const DURATION = /(?:^| )(\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|couple|several|many)(?: of)? (years?|months?|weeks?|days?)(?= |$)/g;

/**
 * Whether a detail after a yes goes past a time limit (`limitMonths`): "yes, 3 years ago" (21 months),
 * "yes, about 2 years" (12 months), "yes in 2020", or "years ago". Shorter times ("yes 6 months",
 * "18 months ago") keep the yes.
 */
function pastLimit(raw: string, limitMonths: number, now: Date): boolean {
  if (/(?:^| )years ago(?= |$)/.test(raw)) return true;
  for (const m of raw.matchAll(/(?:^| )((?:19|20)\d\d)(?= |$)/g)) {
    if ((now.getUTCFullYear() - Number(m[1])) * 12 + now.getUTCMonth() > limitMonths) return true;
  }
  for (const m of raw.matchAll(DURATION)) {
    const n = SMALL_NUMBERS[m[1] ?? ''] ?? Number(m[1]);
    const unit = m[2] ?? '';
    const months = unit.startsWith('year') ? n * 12 : unit.startsWith('month') ? n : 0;
    if (months > limitMonths) return true;
  }
  return false;
}

let relativeRe: RegExp | undefined;
/** Another relative named after a yes ("yes my mum"): a partner is not one of them. */
function relative(): RegExp {
  relativeRe ??= new RegExp(`(?:^| )(?:my|our|his|her|their) (?:${extractionData().people.family.map(escapeRegExp).join('|')})(?= |$)`);
  return relativeRe;
}

function read(key: string, opts: YesNoOptions): boolean | 'both' | undefined {
  const no = NO_LEAD.exec(key);
  const yes = YES_LEAD.exec(key);
  if (yes && !(no && no[0].length > yes[0].length)) {
    const rest = afterLead(key, yes[0]);
    if (/^(?:not|never)(?=$|\s)/.test(rest)) return false; // "sure not", rarely
    if (NO_LEAD.test(rest)) return 'both';
    const raw = key.slice(yes[0].length);
    if (QUALIFIED.test(raw) || (opts.limitMonths !== undefined && pastLimit(raw, opts.limitMonths, opts.now ?? new Date()))
      || (opts.selfOrPartner && relative().test(` ${rest}`))) return 'both';
    return true;
  }
  if (no) {
    const rest = afterLead(key, no[0]);
    return YES_LEAD.test(rest) || YES_WHOLE.test(rest) || SOMEONE_ELSE.test(rest) ? 'both' : false;
  }
  if (YES_WHOLE.test(key)) return true;
  return undefined;
}

/** How a yes/no question reads replies beyond yes and no. */
export interface YesNoOptions {
  /** A question about difficulty: "I can't walk far" is yes (otherwise it is not understood). */
  inabilityMeansYes?: boolean;
  /** A question about the person or their partner: "yes my mum" is not understood. */
  selfOrPartner?: boolean;
  /** A question with a time limit, in months: "yes, 3 years ago" past it is not understood. */
  limitMonths?: number;
  /** Today, for years said ("yes in 2020"). */
  now?: Date;
}

/** Reads a yes/no reply: `true` for yes, `false` for no. */
export function parseYesNo(text: string, opts: YesNoOptions = {}): ParseResult {
  if (typeof text !== 'string' || text.length > MAX_ANSWER_CHARS) return fail('not-understood');
  const keyed = phraseKey(text);
  let key = keyed;
  while (FILLER.test(key)) key = key.replace(FILLER, '');
  if (key.length === 0 || isUncertainKey(keyed)) return fail('not-understood');
  if (INABILITY.test(key)) return opts.inabilityMeansYes ? ok(true) : fail('not-understood');
  if (AGREE.test(key)) return ok(true);
  if (NO_ONE.test(key)) return fail('not-understood');
  const reading = read(key, opts);
  if (reading === 'both') return fail('ambiguous');
  if (reading !== undefined) return ok(reading);
  const recognised = key.split(' ').length <= 4 ? booleanIn(key) : undefined;
  return recognised === undefined ? fail('not-understood') : ok(recognised);
}
