/**
 * Applies a person's reply to the question they were asked: parses it for that fact, and keeps any
 * other fact it can find with confidence (tell us once). Never stores a guess: a reply that cannot
 * be understood changes nothing. Framework-free.
 */
import type { Knowledge } from '../knowledge/knowledge';
import { answerSpec } from '../knowledge/answerSpec';
import { couldExtractOtherFacts, extractFacts, parseAnswer } from '../understanding';
import { factsSchema, isFactId } from '../facts/facts';
import { setFact, type TriageState } from './triageState';

export interface ReplyResult {
  /** The asked fact was answered. */
  answered: boolean;
  /** Every fact set by this reply (the asked one and any others found). */
  changed: string[];
}

/**
 * @param fact the fact that was asked; undefined when no question is pending (e.g. an opening statement)
 * @param overwrite when true (a correction), facts found may replace known ones; otherwise only unknown facts are filled
 */
export function applyReply(kb: Knowledge, state: TriageState, fact: string | undefined, text: string, now: Date, overwrite = false): ReplyResult {
  const changed: string[] = [];
  const nation = state.facts.nation;
  let answered = false;
  if (fact && isFactId(fact)) {
    const parsed = parseAnswer(answerSpec(kb, fact), text, { now, nation });
    if (parsed.ok && valid(fact, parsed.value)) {
      setFact(state, fact, fact === 'receiving' ? withMentioned(state, parsed.value as string[]) : parsed.value);
      changed.push(fact);
      answered = true;
    }
  }
  // A short reply wholly taken up by the answer ("yes", "42", "£180 a week", a choice's title), or
  // holding no fact at all ("hi", "skip"), is not searched for other facts when its words rule
  // them all out (see `couldExtractOtherFacts`): the result would be the same, and extraction is
  // the costly part of reading a reply. Longer replies (opening statements) are always searched.
  const searched = couldExtractOtherFacts(text, answered ? fact : undefined, fact);
  const found = searched ? extractFacts(text, { now, nation: state.facts.nation, question: fact }) : {};
  for (const [k, v] of Object.entries(found)) {
    if (k === fact && answered) continue;
    if (k === 'receiving' && k !== fact) {
      if (mention(state, v as string[])) changed.push(state.facts.receiving ? 'receiving' : 'receiving_mentioned');
      continue;
    }
    const known = (state.facts as Record<string, unknown>)[k] !== undefined;
    if ((known && !overwrite) || !valid(k, v)) continue;
    setFact(state, k, v);
    changed.push(k);
    if (k === fact) answered = true;
  }
  if (changed.includes('has_partner') && state.facts.has_partner === false) delete state.facts.partner_age;
  return { answered, changed };
}

/**
 * Benefits named in passing ("I'm on PIP") are not the full list of what the household gets: before
 * `receiving` is asked they are kept as `receiving_mentioned`, and once it is known they are added to it.
 * @returns whether anything new was kept
 */
function mention(state: TriageState, benefits: string[]): boolean {
  if (!valid('receiving', benefits) || benefits.length === 0) return false;
  const key = state.facts.receiving ? 'receiving' : 'receiving_mentioned';
  const before = state.facts[key] ?? [];
  const after = [...new Set([...before, ...benefits])];
  if (after.length === before.length) return false;
  setFact(state, key, after);
  return true;
}

/** The answer to "which benefits do you get?" plus those mentioned before it was asked. */
function withMentioned(state: TriageState, answer: string[]): string[] {
  return [...new Set([...(state.facts.receiving_mentioned ?? []), ...answer])];
}

/**
 * A value that fits the contract for its fact (parsers are trusted, but the contract is the boundary).
 * Checked against that fact's own field schema: the same answer as `factsSchema.safeParse({ [fact]: value })`
 * for a known fact, without walking every other field.
 */
function valid(fact: string, value: unknown): boolean {
  return isFactId(fact) && factsSchema.shape[fact].safeParse(value).success;
}
