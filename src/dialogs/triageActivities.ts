/**
 * Builds the bot's activities with the machine-readable triage data of the public protocol
 * (`shared/contracts/triage-protocol.md`) in `channelData.triage`: `ask` on every question,
 * `outcome` with the result, `safeguarding` with a safety message.
 */
import { ActionTypes, MessageFactory, type Activity } from 'botbuilder';
import type { Knowledge } from '../knowledge/knowledge';
import { answerSpec } from '../knowledge/answerSpec';
import type { Outcome } from '../rules/outcome';
import type { Helpline } from '../understanding';

/** Choices beyond this many are not offered as buttons (typing always works). */
const MAX_BUTTONS = 10;

export interface TriageAsk {
  fact: string;
  kind: string;
  choices?: { value: string; title: string }[];
}

/** The `triage.ask` payload for a fact or control id. */
export function triageAsk(kb: Knowledge, fact: string): TriageAsk {
  const spec = answerSpec(kb, fact);
  const ask: TriageAsk = { fact, kind: spec.kind };
  if (spec.choices) ask.choices = spec.choices;
  return ask;
}

/** A question: its words, buttons for yes/no and short choice lists, and `triage.ask`. */
export function askActivity(kb: Knowledge, fact: string, text: string, yesNo: [string, string] = ['Yes', 'No']): Partial<Activity> {
  const ask = triageAsk(kb, fact);
  const titles = ask.kind === 'yesno' ? yesNo : ask.choices && ask.choices.length <= MAX_BUTTONS ? ask.choices.map((c) => c.title) : [];
  const activity = titles.length > 0
    ? MessageFactory.suggestedActions(titles.map((t) => ({ type: ActionTypes.ImBack, title: t, value: t })), text)
    : MessageFactory.text(text);
  activity.inputHint = 'expectingInput';
  activity.channelData = { triage: { ask } };
  return activity;
}

export function outcomeActivity(text: string, outcome: Outcome): Partial<Activity> {
  const activity = MessageFactory.text(text);
  activity.channelData = { triage: { outcome } };
  return activity;
}

export function safeguardingActivity(text: string, category: string, helplines: Helpline[]): Partial<Activity> {
  const activity = MessageFactory.text(text);
  activity.channelData = { triage: { safeguarding: { category, helplines } } };
  return activity;
}

export function textActivity(text: string): Partial<Activity> {
  return MessageFactory.text(text);
}
