/**
 * The bot's side of a warm handoff: creates a case with everything collected (facts, outcome,
 * transcript, safety), sends `triage.handoff` to the person and the standard `handoff.initiate` to a
 * connector, forwards the person's messages to the adviser while a case is claimed, and takes a
 * call-back request when no adviser was free.
 */
import { EventFactory, TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { CaseStore, Case, CaseLevel } from '../handoff';
import type { TriageState } from '../conversation/triageState';
import type { Outcome } from '../rules/outcome';
import type { HandoffConnector } from './handoffConnector';
import { botContent, say } from '../content/botContent';
import { log, conversationRef } from '../logger';
import { detectCrisis, helplinesFor } from '../understanding';
import { detectCommand } from '../conversation/commands';

export interface HandoffBridgeDeps {
  cases: CaseStore;
  connector?: HandoffConnector;
  /** Seconds before the person is told nobody is free. */
  waitSeconds: number;
}

/** A UK phone number in a reply ("07700 900123", "+44 7700 900123"). */
const PHONE = /(\+44\s?\d{2,4}|\(?0\d{2,4}\)?)[\s-]?\d{3,4}[\s-]?\d{3,4}/;

export function conversationKey(activity: Partial<Activity>): string {
  return `${activity.channelId ?? ''}/${activity.conversation?.id ?? ''}`;
}

export class HandoffBridge {
  private readonly words = botContent('en');

  constructor(private readonly deps: HandoffBridgeDeps) {}

  /** Opens (or updates) the case for this conversation and tells the person what happens next. */
  async request(ctx: TurnContext, s: TriageState, outcome: Outcome | undefined): Promise<Partial<Activity>[]> {
    const reference = TurnContext.getConversationReference(ctx.activity) as ConversationReference;
    const level: CaseLevel = s.safety ? 'urgent' : outcome?.escalation?.level ?? 'request';
    const reasons = [...(outcome?.escalation?.reasons ?? []), ...(s.safety ? [s.safety.category] : [])];
    let c: Case;
    try {
      c = await this.deps.cases.create({
        channel: ctx.activity.channelId ?? 'unknown', language: 'en', level, reasons, facts: s.facts, outcome,
        transcript: s.transcript, safety: s.safety ? { category: s.safety.category } : undefined, asked: 'adviser',
        conversation: JSON.parse(JSON.stringify(reference)) as Record<string, unknown>, conversationKey: conversationKey(ctx.activity),
      } as never);
    } catch (err) {
      log.error('SP_HANDOFF_FAILED', { conversation: conversationRef(ctx), detail: (err as Error).name });
      return [{ type: 'message', text: say(this.words, 'handoffFailed') }];
    }
    await this.initiate(ctx, c, s);
    const minutes = Math.max(1, Math.round(this.deps.waitSeconds / 60));
    return [{
      type: 'message',
      text: say(this.words, 'handoffQueued', { caseId: c.id, minutes }),
      channelData: { triage: { handoff: { caseId: c.id, status: 'queued' } } },
    }];
  }

  /**
   * Runs before the dialog. True when the message was handled here: forwarded to the adviser who
   * holds the case, or taken as call-back details after nobody was free.
   */
  async gate(ctx: TurnContext): Promise<boolean> {
    const text = (ctx.activity.text ?? '').trim();
    if (!text) return false;
    const open = await this.deps.cases.findOpenByConversation(conversationKey(ctx.activity));
    if (!open) return false;
    // "delete my data" always reaches the bot, even mid-handoff.
    if (detectCommand(text) === 'delete') return false;
    if (open.status === 'claimed') {
      await this.deps.cases.addMessage(open.id, { from: 'person', text });
      // Safety first, even with an adviser: the adviser sees the message, and the person gets the helplines now.
      const crisis = detectCrisis(text);
      if (crisis) {
        const lines = helplinesFor(crisis.category, (open.facts as { nation?: 'england' | 'wales' }).nation);
        const lead = this.words.safetyLead[crisis.category] ?? '';
        await ctx.sendActivity({
          type: 'message',
          text: [lead, ...lines.map((h) => `- ${h.name}${h.number ? `: ${h.number}` : ''}`)].join('\n'),
          channelData: { triage: { safeguarding: { category: crisis.category, helplines: lines } } },
        });
      }
      return true;
    }
    if (open.noAgent && !open.callback) {
      const phone = PHONE.exec(text);
      if (!phone) return false;
      const time = text.replace(phone[0], '').replace(/^[\s,.-]+|[\s,.-]+$/g, '') || 'any time';
      await this.deps.cases.setCallback(open.id, { number: phone[0].replace(/[\s()-]/g, ''), time });
      await ctx.sendActivity({ type: 'message', text: say(this.words, 'callbackSaved', { caseId: open.id }) });
      return true;
    }
    return false;
  }

  /** "Delete my data": the conversation's open case goes too. */
  async forget(ctx: TurnContext): Promise<void> {
    await this.deps.cases.forgetConversation(conversationKey(ctx.activity));
  }

  /**
   * While a case waits in the queue, the person can keep using the bot: this keeps the case's
   * transcript growing with what they say and what the bot answers. Returns a function to call after
   * the turn; undefined when there is no queued case.
   */
  async trackQueued(ctx: TurnContext): Promise<(() => Promise<void>) | undefined> {
    const open = await this.deps.cases.findOpenByConversation(conversationKey(ctx.activity));
    if (!open || open.status !== 'queued') return undefined;
    const entries: { from: 'person' | 'bot'; text: string; at: string }[] = [];
    const text = (ctx.activity.text ?? '').trim();
    if (text) entries.push({ from: 'person', text, at: new Date().toISOString() });
    ctx.onSendActivities(async (_c, activities, next) => {
      for (const a of activities) if (a.type === 'message' && a.text) entries.push({ from: 'bot', text: a.text, at: new Date().toISOString() });
      return next();
    });
    return async () => {
      if (entries.length === 0) return;
      await this.deps.cases.appendTranscript(open.id, entries).catch((err: unknown) => {
        log.warn('SP_HANDOFF_FAILED', { conversation: conversationRef(ctx), detail: (err as Error).name });
      });
    };
  }

  /** The standard `handoff.initiate` event with the transcript, to the connector only. */
  private async initiate(ctx: TurnContext, c: Case, s: TriageState): Promise<void> {
    if (!this.deps.connector) return;
    const transcript = s.transcript.map((t) => ({
      type: 'message', text: t.text, timestamp: t.at, from: { id: t.from === 'person' ? 'person' : 'signpost', role: t.from === 'person' ? 'user' : 'bot' },
    })) as unknown as Activity[];
    const event = EventFactory.createHandoffInitiation(ctx, { caseId: c.id, level: c.level, reasons: c.reasons, facts: c.facts }, { activities: transcript });
    try {
      await this.deps.connector.initiate(event);
    } catch (err) {
      log.warn('SP_HANDOFF_FAILED', { conversation: conversationRef(ctx), detail: (err as Error).name });
    }
  }
}
