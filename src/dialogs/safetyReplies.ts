/**
 * The replies to a safety message: the lead for its category, the helplines for the person's nation
 * with the protocol's `triage.safeguarding` data, then the offer of a person (`wants_adviser`).
 */
import type { Activity } from 'botbuilder';
import { say, type BotContent } from '../content/botContent';
import type { Facts } from '../facts/facts';
import type { Knowledge } from '../knowledge/knowledge';
import { helplinesFor, type CrisisCategory } from '../understanding';
import { askActivity, safeguardingActivity } from './triageActivities';

/** @param nation the household's nation; undefined: the helplines for England and Wales both. */
export function safetyReplies(kb: Knowledge, words: BotContent, category: CrisisCategory, nation: Facts['nation']): Partial<Activity>[] {
  const lead = words.safetyLead[category] ?? '';
  const lines = helplinesFor(category, nation);
  const list = lines.map((h) => `- ${h.name}${h.number ? `: ${h.number}` : ''}${h.text ? ` (${h.text})` : ''}${h.hours ? `, ${h.hours}` : ''}`);
  return [
    safeguardingActivity([lead, ...list].join('\n'), category, lines),
    askActivity(kb, 'wants_adviser', `${say(words, 'safetyNext')} ${say(words, 'humanOffer')}`),
  ];
}
