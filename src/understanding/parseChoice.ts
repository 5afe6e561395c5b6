/**
 * One choice from a list: by value ("rent-private"), title (any case), position ("2", "the second
 * one"), a synonym from `knowledge/content/en/synonyms.json` ("council house" → `rent-social`), a
 * unique part of one title ("private"), or a small typo ("Englnad"). Negated phrases never count
 * ("not British"); two different values are ambiguous.
 */
import { fail, ok, type AnswerSpec, type ParseContext, type ParseResult } from './answerTypes';
import { choiceData, hitValues, type ChoiceData } from './choiceEntries';
import { positionsIn } from './choiceByPosition';
import { editDistance } from './editDistance';
import { MAX_ANSWER_CHARS, phraseKey } from './normalise';
import { findPhrases, type PhraseEntry } from './phrases';

const STOP_WORDS = new Set(['the', 'and', 'with', 'from', 'have', 'that', 'this', 'your', 'yours', 'mine', 'they', 'them', 'home', 'live']);

const NEGATION = /(?:^| )(?:no|not|never|cannot|cant|dont|doesnt|isnt|none)(?= |$)/;

/** Values whose title contains the whole reply as words ("private" → "Renting from a private landlord"). */
function partialTitle(key: string, spec: AnswerSpec, data: ChoiceData): string[] {
  if (key.length < 4 || STOP_WORDS.has(key) || key.includes('|')) return [];
  const words = ` ${key} `;
  // "it does" is not "No, it does not affect my work": a title's negation must be in the reply too.
  const negated = NEGATION.test(key);
  return (spec.choices ?? []).filter((_c, i) => {
    const title = ` ${data.titleKeys[i] ?? ''} `;
    return title.includes(words) && (negated || !NEGATION.test(title));
  }).map((c) => c.value);
}

/** Values with a one-word phrase within a small edit distance of a one-word reply. */
function nearMiss(key: string, entries: readonly PhraseEntry[]): string[] {
  if (key.length < 5 || key.includes(' ')) return [];
  const limit = key.length >= 8 ? 2 : 1;
  const close = entries.filter((e) => !e.phrase.includes(' ') && e.phrase.length >= 5 && editDistance(key, e.phrase, limit) <= limit);
  return [...new Set(close.map((e) => e.value))];
}

function single(values: string[]): ParseResult | undefined {
  if (values.length === 1) return ok(values[0] ?? '');
  return values.length > 1 ? fail('ambiguous') : undefined;
}

/** Reads one choice value from `spec.choices`. */
export function parseChoice(spec: AnswerSpec, text: string, ctx: ParseContext): ParseResult {
  const choices = spec.choices ?? [];
  if (choices.length === 0 || typeof text !== 'string' || text.length > MAX_ANSWER_CHARS) return fail('not-understood');
  const key = phraseKey(text).replace(/(?:\s*\|)+$/, '').trim();
  if (key.length === 0) return fail('not-understood');
  const data = choiceData(spec);
  const exact = choices.filter((_c, i) => key === data.valueKeys[i] || key === data.titleKeys[i]).map((c) => c.value);
  if (exact.length > 0) return single([...new Set(exact)]) ?? fail('not-understood');
  const positions = positionsIn(text);
  if (positions) {
    if (positions.length > 1) return fail('ambiguous');
    const index = positions[0] === -1 ? choices.length - 1 : (positions[0] ?? 0) - 1;
    const chosen = choices[index];
    return chosen ? ok(chosen.value) : fail('out-of-range');
  }
  const entries = data.entries();
  const values = hitValues(findPhrases(key, entries), ctx.nation);
  if (values === 'ambiguous') return fail('ambiguous');
  return single(values) ?? single(partialTitle(key, spec, data)) ?? single(nearMiss(key, entries)) ?? fail('not-understood');
}
