/**
 * Entry point for reading a person's reply to one question, whatever its kind. Framework-free:
 * channels and dialogs call this with the `ask` they sent (see triage-protocol.md).
 */
import { fail, ok, type AnswerSpec, type ParseContext, type ParseResult } from './answerTypes';
import { looksLikeCode } from './normalise';
import { parseChoice } from './parseChoice';
import { parseDate } from './parseDate';
import { parseMoney } from './parseMoney';
import { parseMultiChoice } from './parseMultiChoice';
import { parseNumber } from './parseNumber';
import { parseNumbers } from './parseNumbers';
import { parseYesNo } from './parseYesNo';

export type { AnswerSpec, ParseContext, ParseError, ParseResult } from './answerTypes';

/** Longest free-text answer kept, in characters. */
export const MAX_TEXT_CHARS = 2000;

function parseText(text: string): ParseResult {
  const trimmed = text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
  return trimmed.length > 0 && trimmed.length <= MAX_TEXT_CHARS ? ok(trimmed) : fail('not-understood');
}

/**
 * Reads `text` as an answer to `spec`. Never throws and never guesses: a reply that cannot be
 * read with confidence gives `{ ok: false, error }` and the question should be asked again.
 * Replies that look like code or markup are not understood (except for `text`, kept as typed).
 * Values are canonical: booleans, numbers (money in pounds, rounded to pence, in `spec.period`),
 * number lists, ISO dates, choice values and lists of choice values.
 */
export function parseAnswer(spec: AnswerSpec, text: string, ctx: ParseContext): ParseResult {
  if (typeof text !== 'string') return fail('not-understood');
  if (spec.kind !== 'text' && looksLikeCode(text)) return fail('not-understood');
  try {
    switch (spec.kind) {
      case 'yesno':
        return parseYesNo(text, { inabilityMeansYes: spec.inabilityMeansYes, selfOrPartner: spec.aboutSelfOrPartner, limitMonths: spec.limitMonths, now: ctx.now });
      case 'number': {
        const n = parseNumber(spec, text);
        // "How many children?" "No." A plain no means none, for questions that count something.
        if (!n.ok && spec.noMeansZero) {
          const yn = parseYesNo(text);
          if (yn.ok && yn.value === false) return ok(0);
        }
        return n;
      }
      case 'numbers':
        return parseNumbers(spec, text);
      case 'money':
        return parseMoney(spec, text);
      case 'date':
        return parseDate(spec, text, ctx);
      case 'choice':
        return parseChoice(spec, text, ctx);
      case 'multichoice':
        return parseMultiChoice(spec, text, ctx);
      case 'text':
        return parseText(text);
      default:
        return fail('not-understood');
    }
  } catch {
    return fail('not-understood');
  }
}
