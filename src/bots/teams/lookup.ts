/**
 * Recognises an adviser's look-up from the text of a message: "what is X", "tell me about X",
 * "what does X passport to / unlock / give", "can someone get X and Y together", "X and Y together",
 * or just a benefit's name. Framework-free.
 */
import type { BenefitIndex } from './benefitIndex';
import { norm } from './benefitIndex';

export type Lookup =
  | { kind: 'benefit'; ids: string[]; alternatives: string[]; /** Only names were typed (no "what is"). */ bare: boolean }
  | { kind: 'passport'; id: string }
  | { kind: 'together'; a: string; b: string };

const PASSPORT = /\b(passport|passports|passported|passporting|unlock|unlocks|unlocked|open|opens|lead to|leads to|qualify for|qualifies for|entitle|entitles|gateway)\b/;
const GIVES = /^(what|which)( else)? (does|do|can|will) .+ (give|gives|get you|bring)( you| them| someone| access to| access)?( to)?$/;
const TOGETHER = /\b(together|both|same time|at once|alongside|as well as|combined|combine|overlap|overlaps|stack|with each other)\b/;
const CAN_GET_BOTH = /^(can|could|is it possible|does|do)\b.*\b(get|claim|have|receive)\b.*\b(and|with|plus)\b/;
const WHAT_IS = /^(what is|what s|whats|what are|what about|tell me about|tell me more about|info on|info about|information on|information about|explain|describe|show me|show|card for|card|look up|lookup|details of|details for|details on|about)\b/;
const FILLER = new Set(['the', 'a', 'an', 'please', 'pls', 'thanks', 'is', 'what', 's', 'whats', 'card', 'show', 'me', 'info', 'on', 'about', 'tell', 'for', 'and']);

export function recogniseLookup(index: BenefitIndex, text: string): Lookup | undefined {
  const t = norm(text);
  if (!t) return undefined;
  const matches = index.matches(t);
  const ids: string[] = [];
  const alternatives: string[] = [];
  for (const m of matches) {
    const [first, ...rest] = m.ids;
    if (first && !ids.includes(first)) ids.push(first);
    for (const r of rest) if (!alternatives.includes(r)) alternatives.push(r);
  }
  const [a, b] = ids;
  if (!a) return undefined;
  if (PASSPORT.test(t) || GIVES.test(t)) return { kind: 'passport', id: a };
  if (b && (TOGETHER.test(t) || CAN_GET_BOTH.test(t))) return { kind: 'together', a, b };
  if (WHAT_IS.test(t)) return { kind: 'benefit', ids: ids.slice(0, 3), alternatives, bare: false };
  // Just names ("PIP", "pension credit", "UC and HB"): every word belongs to a benefit name or is filler.
  const words = t.split(' ');
  const covered = new Set<number>();
  for (const m of matches) for (let i = m.start; i < m.end; i++) covered.add(i);
  if (words.every((w, i) => covered.has(i) || FILLER.has(w))) return { kind: 'benefit', ids: ids.slice(0, 3), alternatives, bare: true };
  return undefined;
}
