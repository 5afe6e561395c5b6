/**
 * The words of a question as the bot asks it: the question's own wording from content, or after a
 * reply that was not understood, "Sorry, I did not understand that" and the help text. For the
 * benefits question, the benefits the person already named are said back to them. Framework-free.
 */
import type { Knowledge } from '../knowledge/knowledge';
import { say, type BotContent } from './botContent';

export interface QuestionTextOptions {
  /** The last reply was not understood: say so and give the help text. */
  retry?: boolean;
  /** Benefit ids the person already said they get (asked about `receiving` only). */
  mentioned?: readonly string[];
}

/** The text that asks for `fact` (a contract fact or a control id). */
export function questionText(kb: Knowledge, words: BotContent, fact: string, opts: QuestionTextOptions = {}): string {
  const copy = kb.questionCopy[fact] ?? { ask: fact, help: fact };
  if (opts.retry) return `${say(words, 'notUnderstood')} ${copy.help}`;
  if (fact === 'receiving' && opts.mentioned && opts.mentioned.length > 0) {
    return say(words, 'receivingMentioned', { benefits: benefitNames(kb, opts.mentioned) });
  }
  return copy.ask;
}

/** "Universal Credit, PIP and Child Benefit": benefit names for a sentence. */
function benefitNames(kb: Knowledge, ids: readonly string[]): string {
  const names = ids.map((id) => kb.benefits.get(id)?.name ?? id);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0] ?? '';
}
