/**
 * The outcome as chat messages: the first two pages with the outcome's protocol data, then either the
 * adviser offer (when the engine escalates) or "say show more"; and each later page on "show more".
 */
import type { Activity } from 'botbuilder';
import { say, type BotContent } from '../content/botContent';
import type { OutcomeContent } from '../content/outcomeContent';
import type { Knowledge } from '../knowledge/knowledge';
import type { Outcome } from '../rules/outcome';
import { escalationText, outcomePages } from './outcomePages';
import { askActivity, outcomeActivity, textActivity } from './triageActivities';

/** Pages shown with the outcome itself. */
const FIRST_PAGES = 2;

export interface OutcomeWords {
  bot: BotContent;
  outcome: OutcomeContent;
}

/**
 * The messages that give the outcome. `offersAdviser` is true when the last one asks `wants_adviser`;
 * `nextPage` is the page "show more" starts from.
 */
export function outcomeReplies(kb: Knowledge, words: OutcomeWords, outcome: Outcome): { replies: Partial<Activity>[]; offersAdviser: boolean; nextPage: number } {
  const pages = outcomePages(kb, words.outcome, outcome);
  const replies = [outcomeActivity(pages.slice(0, FIRST_PAGES).join('\n\n'), outcome)];
  const esc = escalationText(words.outcome, outcome);
  if (esc) replies.push(askActivity(kb, 'wants_adviser', esc));
  else if (pages.length > FIRST_PAGES) replies.push(textActivity(say(words.bot, 'more')));
  return { replies, offersAdviser: Boolean(esc), nextPage: FIRST_PAGES };
}

/** Page `page` of the outcome ("show more"), or "there is no more"; `nextPage` is where the next "show more" starts. */
export function morePageReply(kb: Knowledge, words: OutcomeWords, outcome: Outcome, page: number): { reply: Partial<Activity>; nextPage: number } {
  const pages = outcomePages(kb, words.outcome, outcome);
  const text = pages[page];
  if (!text) return { reply: textActivity(say(words.bot, 'noMore')), nextPage: page };
  const more = page + 1 < pages.length ? `\n\n${say(words.bot, 'more')}` : '';
  return { reply: textActivity(`${text}${more}`), nextPage: page + 1 };
}
