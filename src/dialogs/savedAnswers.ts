/**
 * "save" and resume codes: a single-use code (and link) that carries a conversation's answers into
 * another one, without the transcript.
 */
import type { Activity } from 'botbuilder';
import { say, type BotContent } from '../content/botContent';
import type { TriageState } from '../conversation/triageState';
import type { ResumeCodeStore } from '../state/resumeCodes';
import { textActivity } from './triageActivities';

/**
 * The reply to "save": a new code and link (with `channelData.resume`), or the "nothing to save"
 * words before consent, before any answer, or without a store.
 * @param link the link that resumes a conversation on the web with a code; undefined: no link
 */
export async function saveReply(
  store: ResumeCodeStore | undefined, s: TriageState, words: BotContent, opts: { ttlDays: number; link?: (code: string) => string },
): Promise<Partial<Activity>> {
  if (!store || !s.consent || s.answered.length === 0) return textActivity(say(words, 'saveNothing'));
  const code = await store.create({ facts: s.facts, answered: s.answered, skipped: s.skipped });
  const link = opts.link?.(code) ?? '';
  const reply = textActivity(say(words, 'saveDone', { code, link, ttlDays: opts.ttlDays }));
  reply.channelData = { resume: { code, link } };
  return reply;
}

/**
 * Puts the answers saved under `code` in place of the conversation's, with consent given and the
 * questions going on. False (nothing changed) when the code is unknown, used or expired.
 */
export async function restoreAnswers(store: ResumeCodeStore | undefined, s: TriageState, code: string): Promise<boolean> {
  const snapshot = await store?.take(code);
  if (!snapshot) return false;
  Object.assign(s, { facts: snapshot.facts, answered: snapshot.answered, skipped: snapshot.skipped, consent: true, stage: 'asking', safety: undefined });
  return true;
}
