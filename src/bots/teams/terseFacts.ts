/**
 * Reads an adviser's terse triage message: several facts in one line, comma- or semicolon-separated
 * ("74, couple, partner 71, private rent, £360 a week, savings 3k"). Each fragment is read on its own:
 * the question just asked first, then the terse words and keys of `channels/teams/terseQuestions.json`
 * ("couple", "savings 3k", "no kids"), bare ages, money with a period (income), choice values and the
 * shipped `extractFacts`; the whole message also goes through `extractFacts`. Nothing is guessed: a
 * fragment that fits nothing is reported back as not understood. Framework-free.
 */
import type { Knowledge } from '../../knowledge/knowledge';
import { answerSpec } from '../../knowledge/answerSpec';
import { extractFacts, parseAnswer, parseYesNo } from '../../understanding';
import { factsSchema, FACT_IDS, isFactId, type FactId, type Facts } from '../../facts/facts';
import { benefitIndex } from './benefitIndex';
import { TERSE } from './words';

export interface TerseReading {
  /** Facts found, in the order found (values valid for the contract). */
  found: Partial<Facts>;
  order: FactId[];
  /** The question asked last was answered by this message. */
  answeredPending: boolean;
  /** Fragments that fitted nothing, as typed. */
  unparsed: string[];
}

export interface TerseContext {
  known: Partial<Facts>;
  /** The fact asked last, if any. */
  pending?: string;
  now: Date;
}

/** Facts a bare choice value may name without a key ("wales", "retired", "private rent"). */
const CHOICE_SCAN: readonly FactId[] = ['nation', 'housing', 'employment', 'immigration_status', 'limits_work'];
/** Facts whose values are lists: a following fragment may continue them ("ages 3, 7", "gets PIP, AA"). */
const LIST_FACTS: ReadonlySet<string> = new Set(['children_ages', 'receiving']);
const NEGATIONS = ['no', 'not', 'non', 'never', 'nil', 'without'];
const PERIOD = /(\bpw\b|\bpcm\b|\bpm\b|\bpa\b|\/\s*(w|wk|week|m|mo|month|y|yr|year)\b|\ba (week|month|year|fortnight)\b|\bper (week|month|year|annum|fortnight)\b|\bweekly\b|\bmonthly\b|\bfortnightly\b|\bannually\b|\byearly\b|\bevery (week|month|4 weeks|four weeks)\b)/;
const MONEY = /£|\d\s*k\b|\bpounds?\b/;

/** Lower case, apostrophes dropped, spaces collapsed, surrounding punctuation trimmed. */
export function tidy(fragment: string): string {
  return fragment.toLowerCase().replace(/['’‘`]/g, '').replace(/\s+/g, ' ').replace(/^[\s.:!?-]+|[\s.!?:]+$/g, '').trim();
}

/** Splits a message into fragments on commas, semicolons and new lines, keeping "£3,000" whole. */
export function fragmentsOf(text: string): string[] {
  return text
    .replace(/(\d),(\d{3})(?!\d)/g, '$1$2')
    .split(/[,;\n]+/)
    .map((f) => f.trim())
    .filter((f) => f.length > 0);
}

function valid(fact: string, value: unknown): boolean {
  return isFactId(fact) && factsSchema.safeParse({ [fact]: value }).success;
}

const isNumeric = (s: string) => /^\d+(\.\d+)?$/.test(s);

interface Keyed { fact: FactId; key: string; negated: boolean; rest: string }

/** Every (fact, key) a fragment starts with, longest key first. */
function keyedReadings(f: string): Keyed[] {
  const out: Keyed[] = [];
  for (const fact of FACT_IDS) {
    for (const key of TERSE[fact].keys) {
      for (const neg of [false, true]) {
        const lead = neg ? NEGATIONS.map((n) => `${n} ${key}`).find((p) => startsWithWord(f, p)) : startsWithWord(f, key) ? key : undefined;
        if (!lead) continue;
        const rest = f.slice(lead.length).replace(/^[\s:=-]+/, '').trim();
        out.push({ fact, key: lead, negated: neg, rest });
      }
    }
  }
  return out.sort((a, b) => b.key.length - a.key.length);
}

function startsWithWord(f: string, phrase: string): boolean {
  return f === phrase || (f.startsWith(phrase) && /^[\s:=-]/.test(f.slice(phrase.length)));
}

export function readTerse(kb: Knowledge, text: string, ctx: TerseContext): TerseReading {
  const found: Record<string, unknown> = {};
  const order: FactId[] = [];
  const unparsed: string[] = [];
  let answeredPending = false;
  const known = (f: string) => found[f] ?? (ctx.known as Record<string, unknown>)[f];
  const parse = (fact: string, value: string) => parseAnswer(answerSpec(kb, fact), value, { now: ctx.now, nation: (known('nation') as Facts['nation']) ?? undefined });
  const set = (fact: string, value: unknown): boolean => {
    if (!valid(fact, value)) return false;
    found[fact] = value;
    if (!order.includes(fact as FactId)) order.push(fact as FactId);
    if (fact === ctx.pending) answeredPending = true;
    return true;
  };
  const benefitsIn = (s: string): string[] => {
    const allowed = new Set(answerSpec(kb, 'receiving').choices?.map((c) => c.value) ?? []);
    return benefitIndex(kb).ids(s).filter((id) => allowed.has(id));
  };
  const readReceiving = (s: string): string[] | undefined => {
    const p = parse('receiving', s);
    const ids = p.ok && Array.isArray(p.value) ? (p.value as string[]) : [];
    const merged = [...new Set([...ids, ...benefitsIn(s)])];
    return p.ok || merged.length > 0 ? merged : undefined;
  };

  /** A reading of `value` for `fact` through its words, then the shipped parser. */
  const readFor = (fact: FactId, raw: string, opts: { fromKey: boolean }): unknown => {
    const words = TERSE[fact].words;
    if (Object.prototype.hasOwnProperty.call(words, raw)) return words[raw];
    const kind = kb.factKinds.get(fact)?.kind;
    if ((kind === 'choice' || kind === 'multichoice') && isNumeric(raw) && opts.fromKey) return undefined;
    if (fact === 'receiving') return readReceiving(raw);
    const p = parse(fact, raw);
    return p.ok ? p.value : undefined;
  };

  /** The fragment's strong reading: a whole terse word, or a key with its value. */
  const strong = (f: string): { fact: FactId; value: unknown } | undefined => {
    for (const fact of FACT_IDS) {
      const words = TERSE[fact].words;
      if (Object.prototype.hasOwnProperty.call(words, f) && valid(fact, words[f])) return { fact, value: words[f] };
    }
    for (const k of keyedReadings(f)) {
      const kind = kb.factKinds.get(k.fact)?.kind;
      let value: unknown;
      if (k.rest === '') {
        if (kind === 'yesno') value = !k.negated;
        else if (k.negated && (kind === 'number' || kind === 'money')) value = 0;
        else if (k.negated && k.fact === 'receiving') value = [];
      } else if (!k.negated) {
        if (kind === 'yesno') {
          const yn = parseYesNo(k.rest);
          if (yn.ok) value = yn.value;
        } else value = readFor(k.fact, k.rest, { fromKey: true });
      }
      if (value !== undefined && valid(k.fact, value)) return { fact: k.fact, value };
    }
    return undefined;
  };

  let previous: FactId | undefined;
  for (const raw of fragmentsOf(text)) {
    const f = tidy(raw);
    if (!f) continue;
    let took: FactId | undefined;
    const strongReading = strong(f);
    const single = !f.includes(' ');
    // 1. The question just asked, unless the fragment clearly names another fact.
    if (ctx.pending && isFactId(ctx.pending) && !answeredPending && (!strongReading || strongReading.fact === ctx.pending || single)) {
      const v = strongReading?.fact === ctx.pending ? strongReading.value : readFor(ctx.pending, f, { fromKey: false });
      if (v !== undefined && set(ctx.pending, v)) took = ctx.pending;
    }
    // 2. Terse words and keys.
    if (!took && strongReading && set(strongReading.fact, strongReading.value)) took = strongReading.fact;
    // 3. A list continued from the previous fragment ("ages 3, 7"; "gets PIP, AA").
    if (!took && previous && LIST_FACTS.has(previous)) {
      const more = previous === 'receiving' ? readReceiving(f) : (() => { const p = parse(previous, f); return p.ok ? p.value : undefined; })();
      if (Array.isArray(more) && more.length > 0 && set(previous, [...new Set([...(found[previous] as unknown[]), ...more])])) took = previous;
    }
    // 4. A bare age: the client's first, then the partner's.
    if (!took && /^\d{1,3}$/.test(f)) {
      const n = Number(f);
      if (known('age') === undefined && set('age', n)) took = 'age';
      else if (known('has_partner') !== false && known('partner_age') === undefined && (known('has_partner') === true) && set('partner_age', n)) took = 'partner_age';
    }
    // 5. Money with a period is income ("£360 a week", "1200 pcm").
    if (!took && MONEY.test(f) && PERIOD.test(f)) {
      const v = readFor('income', f, { fromKey: false });
      if (v !== undefined && set('income', v)) took = 'income';
    }
    // 6. A choice value on its own ("wales", "retired", "private rent"), never a bare yes/no or number.
    if (!took && !isNumeric(f) && !parseYesNo(f).ok) {
      for (const fact of CHOICE_SCAN) {
        const p = parse(fact, f);
        if (p.ok && set(fact, p.value)) { took = fact; break; }
      }
    }
    // 7. The shipped extractor, on this fragment alone.
    if (!took) {
      const extracted = extractFacts(f, { now: ctx.now, nation: known('nation') as Facts['nation'], question: ctx.pending });
      for (const [k, v] of Object.entries(extracted)) if (found[k] === undefined && set(k, v)) took ??= k as FactId;
    }
    if (!took) unparsed.push(raw.trim());
    previous = took;
  }
  // The whole message through the shipped extractor: only facts still unknown.
  const whole = extractFacts(text, { now: ctx.now, nation: known('nation') as Facts['nation'], question: ctx.pending });
  for (const [k, v] of Object.entries(whole)) if (known(k) === undefined) set(k, v);

  if (found.partner_age !== undefined && found.has_partner === undefined && known('has_partner') !== true) set('has_partner', true);
  if (found.has_partner === false) delete found.partner_age;
  return { found: found as Partial<Facts>, order: order.filter((f) => found[f] !== undefined), answeredPending, unparsed };
}
