/**
 * Several choices at once, e.g. benefits already received: "PIP and Universal Credit" →
 * ["pip", "universal-credit"], "UC", "pension credit", "ESA", "1 and 3". Abbreviations match only as
 * whole words ("AA", not the "aa" in "naan"); negated ones are dropped ("PIP but not DLA").
 * "None", "nothing", "no", "not any" give an empty list.
 */
import { fail, ok, type AnswerSpec, type ParseContext, type ParseResult } from './answerTypes';
import { choiceEntries, hitValues } from './choiceEntries';
import { positionsIn } from './choiceByPosition';
import { MAX_ANSWER_CHARS, phraseKey } from './normalise';
import { findPhrases } from './phrases';

/** The value meaning "none of these", when a list offers one. */
export const NONE_VALUE = 'none';

const NONE_RE =
  /^(?:none|nothing|no|nope|nah|not any|no benefits|none of them|none of those|none of these|not any of them|neither|nothing at all|none at all|i dont get any|we dont get any|i dont get anything|we dont get anything|i get nothing|we get nothing|no i dont|no we dont|not on anything|not on any)(?:\s+(?:at all|of them|thanks|thank you))?$/;

/** Reads zero or more values from `spec.choices`. */
export function parseMultiChoice(spec: AnswerSpec, text: string, ctx: ParseContext): ParseResult {
  const choices = spec.choices ?? [];
  if (choices.length === 0 || typeof text !== 'string' || text.length > MAX_ANSWER_CHARS) return fail('not-understood');
  if (/^\s*\[\s*\]\s*$/.test(text)) return ok([]);
  const key = phraseKey(text).replace(/(?:\s*\|)+$/, '').trim();
  if (key.length === 0) return fail('not-understood');
  if (NONE_RE.test(key)) return ok([]);
  const positions = positionsIn(text);
  if (positions) {
    const picked = positions.map((p) => choices[p === -1 ? choices.length - 1 : p - 1]);
    if (picked.some((c) => c === undefined)) return fail('out-of-range');
    const values = [...new Set(picked.map((c) => c?.value ?? ''))];
    return values.includes(NONE_VALUE) ? (values.length === 1 ? ok([]) : fail('ambiguous')) : ok(values);
  }
  const values = hitValues(findPhrases(key, choiceEntries(spec)), ctx.nation);
  if (values === 'ambiguous') return fail('ambiguous');
  const real = values.filter((v) => v !== NONE_VALUE);
  if (real.length > 0) return ok(real);
  return values.includes(NONE_VALUE) ? ok([]) : fail('not-understood');
}
