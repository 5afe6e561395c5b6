/**
 * A `BotAdapter` for text messages. Each inbound text becomes a `message` activity on channel `sms`
 * in conversation `sms-<hash>` (hash = HMAC-SHA256(salt, number)); the number is kept only in the
 * {@link PhoneStore}. The SMS rules live here, before and after the bot:
 *
 * - STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT (the whole message) opt out, beating any flow;
 *   while opted out nothing is sent and the bot does not run, until START or UNSTOP. HELP (or INFO)
 *   always answers with who we are and how to reach a person.
 * - After `resumePromptHours` of silence in a conversation with a question pending, the person is
 *   asked "Reply 1 to carry on ... or 2 to start again" before the bot runs.
 * - "2" for a numbered question becomes the title offered; MORE sends text that was held back.
 * - The bot's replies in a webhook turn are collected, rendered (numbered choices, plain text, at
 *   most 3 parts) and returned for the TwiML response. Outside a webhook turn (an adviser's reply,
 *   `continueConversationAsync`) they go out through the REST API.
 */
import {
  INVOKE_RESPONSE_KEY, TurnContext,
  type Activity, type ConversationReference, type ResourceResponse,
} from 'botbuilder';
import { z } from 'zod';
import { SignpostError } from '../../src/errors';
import { InProcessAdapter, type Logic } from '../inProcessAdapter';
import { log, conversationRef } from '../../src/logger';
import { botContent, say } from '../../src/content/botContent';
import { detectCommand } from '../../src/conversation/commands';
import { findResumeCode } from '../../src/state/resumeCodes';
import { DELETED } from '../../src/dialogs/triageDialog';
import type { OptOutStore } from './optOuts';
import type { PhoneStore } from './phoneStore';
import type { SmsSession, SmsSessionStore } from './sessionStore';
import { SmsSendError, TWILIO_OPTED_OUT_CODE, type SmsRestClient } from './restClient';
import { composeReply, composeText, renderActivity, type RenderedPart } from './render';
import { mapNumberedReply } from './numberedReply';
import { isKeyword, smsContent, type SmsContent } from './smsContent';
import { conversationIdOf, hashOfConversationId, hashPhone } from './phoneHash';
import { countSegments } from './segments';

/** The channel id on every SMS activity. */
export const SMS_CHANNEL_ID = 'sms';
/** The bot's account on this channel. */
export const SMS_BOT_ACCOUNT = Object.freeze({ id: 'signpost', name: 'Signpost', role: 'bot' });
/** A `serviceUrl` for stamping only; never called (`.invalid` cannot resolve). */
export const SMS_SERVICE_URL = 'https://sms.signpost.invalid/';

/** Turn state: the replies of a webhook turn (absent in proactive turns). */
const COLLECTED = Symbol('signpost.sms.collected');
/** Turn state: set by the default turn-error handler. */
const FAILED = Symbol('signpost.sms.failed');

/** Commands that go straight to the bot even after a long gap. */
const GAP_PASS_THROUGH = new Set(['restart', 'delete', 'human', 'save']);

const referenceSchema = z.object({ conversation: z.object({ id: z.string().min(1) }).passthrough() }).passthrough();

/** Options for {@link SmsAdapter}. */
export interface SmsAdapterOptions {
  /** Salt for phone hashes (SMS_PHONE_SALT). Changing it starts everyone afresh (and forgets opt-outs). */
  salt: string;
  optOuts: OptOutStore;
  phones: PhoneStore;
  sessions: SmsSessionStore;
  /** For texts sent outside a webhook turn; undefined: such sends fail with SP_SMS_NOT_CONFIGURED. */
  rest?: SmsRestClient;
  /** Hours of silence after which the person is asked whether to carry on or start again. */
  resumePromptHours: number;
  /** Clock; default `new Date()`. */
  now?: () => Date;
  /** Words; default `smsContent.json`. */
  content?: SmsContent;
}

/** One inbound text, after the webhook has been verified. */
export interface InboundText {
  /** The sender (Twilio `From`). Stored only in the PhoneStore. */
  phone: string;
  /** The message (Twilio `Body`). */
  text: string;
  /** Twilio `MessageSid`, used as the activity id. */
  messageSid: string;
}

/** What a webhook turn produced. */
export interface SmsTurnResult {
  /** Everything the bot sent, in order. */
  activities: Partial<Activity>[];
  /** The person asked for their data to be deleted. */
  deleted: boolean;
  /** The turn failed (the default error handler apologised). */
  failed: boolean;
}

export class SmsAdapter extends InProcessAdapter {
  protected readonly notSupported = 'SP_SMS_NOT_SUPPORTED' as const;

  private readonly opts: SmsAdapterOptions;
  private readonly content: SmsContent;
  private readonly now: () => Date;

  constructor(options: SmsAdapterOptions) {
    super();
    if (!options.salt) throw new RangeError('SmsAdapter: a salt is required.');
    this.opts = options;
    this.content = options.content ?? smsContent();
    this.now = options.now ?? (() => new Date());
  }

  /** The salted hash for a number. */
  hashOf(phone: string): string {
    return hashPhone(this.opts.salt, phone);
  }

  /** The conversation id for a number (`sms-<hash>`). */
  conversationIdFor(phone: string): string {
    return conversationIdOf(this.hashOf(phone));
  }

  /**
   * Handles one verified inbound text and returns the texts to answer with in the TwiML response
   * (none: send nothing). Callers must hold `turnLock.runExclusive('sms/' + conversationIdFor(phone), …)`.
   */
  async receive(inbound: InboundText, logic: Logic): Promise<string[]> {
    const hash = this.hashOf(inbound.phone);
    const ref = refOf(hash);
    const text = inbound.text.trim();
    const c = this.content;

    if (isKeyword(text, 'optOut', c)) {
      await this.opts.optOuts.optOut(hash);
      const session = await this.opts.sessions.get(hash);
      if (session && (session.overflow || session.prompt)) await this.opts.sessions.set(hash, { ...session, overflow: undefined, prompt: undefined });
      log.info('SP_SMS_OPTED_OUT', { conversation: ref, channel: SMS_CHANNEL_ID });
      return [c.optedOut];
    }
    if (isKeyword(text, 'help', c)) return [c.help];

    const optedOut = await this.opts.optOuts.isOptedOut(hash);
    if (isKeyword(text, 'optIn', c)) {
      const optedIn = optedOut && (await this.opts.optOuts.optIn(hash));
      if (optedIn) log.info('SP_SMS_OPTED_IN', { conversation: ref, channel: SMS_CHANNEL_ID });
      await this.opts.phones.remember(hash, inbound.phone);
      const session = await this.touch(hash);
      const lead = optedIn ? c.optedIn : c.carryOn;
      if (session.ask) return this.carryOn(hash, session, lead);
      return this.runTurn(hash, session, c.botWords.start, inbound.messageSid, logic, optedIn ? [{ text: c.optedIn }] : []);
    }
    if (optedOut) {
      log.debug('SP_SMS_OPTED_OUT', { conversation: ref, reason: 'ignored while opted out' });
      return [];
    }

    await this.opts.phones.remember(hash, inbound.phone);
    const session = (await this.opts.sessions.get(hash)) ?? {};
    const now = this.now();
    const last = session.lastInboundAt ? Date.parse(session.lastInboundAt) : undefined;
    session.lastInboundAt = now.toISOString();

    if (!text) {
      await this.opts.sessions.set(hash, session);
      return [c.textOnly];
    }

    if (session.prompt === 'resume') {
      session.prompt = undefined;
      if (isKeyword(text, 'carryOn', c)) return this.carryOn(hash, session, c.carryOn, logic, inbound.messageSid);
      if (isKeyword(text, 'startAgain', c)) return this.runTurn(hash, session, c.botWords.startAgain, inbound.messageSid, logic);
      // Anything else is read as usual: most likely the answer to the question they remember.
    } else if (last !== undefined && now.getTime() - last > this.opts.resumePromptHours * 3_600_000
      && session.ask && session.ask.fact !== 'consent' && !passesGap(text)) {
      session.prompt = 'resume';
      session.overflow = undefined;
      await this.opts.sessions.set(hash, session);
      log.info('SP_SMS_RESUME_PROMPT', { conversation: ref, channel: SMS_CHANNEL_ID });
      return [c.resumePrompt];
    }

    if (session.overflow && isKeyword(text, 'more', c)) {
      const composed = composeText(session.overflow.text, session.overflow.question, c);
      session.overflow = composed.overflow;
      await this.opts.sessions.set(hash, session);
      return [composed.body];
    }
    session.overflow = undefined;
    const mapped = mapNumberedReply(text, session.ask) ?? text;
    return this.runTurn(hash, session, mapped, inbound.messageSid, logic);
  }

  /**
   * Runs one turn for an inbound activity through the middleware and `logic`, collecting what the
   * bot sends instead of delivering it. Errors go to `onTurnError` when set, else reject.
   */
  async processActivity(activity: Partial<Activity>, logic: Logic): Promise<SmsTurnResult> {
    const context = new TurnContext(this, activity);
    const collected: Partial<Activity>[] = [];
    context.turnState.set(COLLECTED, collected);
    await this.runMiddleware(context, logic);
    return { activities: collected, deleted: Boolean(context.turnState.get(DELETED)), failed: Boolean(context.turnState.get(FAILED)) };
  }

  /**
   * In a webhook turn: collects the activities for the TwiML response. Otherwise (proactive): renders
   * them as one text and sends it through the REST API.
   * @throws SignpostError SP_SMS_OPTED_OUT, SP_SMS_NOT_CONFIGURED, SP_SMS_NUMBER_UNKNOWN or SP_SMS_SEND_FAILED (proactive only)
   */
  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const collected = context.turnState.get(COLLECTED) as Partial<Activity>[] | undefined;
    const responses: ResourceResponse[] = [];
    const toSend: Partial<Activity>[] = [];
    for (const activity of activities) {
      if (activity.type === 'invokeResponse') context.turnState.set(INVOKE_RESPONSE_KEY, activity);
      else if (activity.type === 'message') toSend.push(activity);
      // delay, typing and trace mean nothing in a text message.
    }
    if (collected) {
      collected.push(...toSend);
      let n = collected.length - toSend.length;
      for (const activity of activities) responses.push({ id: activity.type === 'message' ? `${context.activity.id ?? 'sms'}-reply-${++n}` : '' });
      return responses;
    }
    const sid = toSend.length > 0 ? await this.sendLater(context, toSend) : '';
    return activities.map((a) => ({ id: a.type === 'message' ? sid : '' }));
  }

  /**
   * Proactive turn (e.g. an adviser's message): builds a `ContinueConversation` event from the
   * stored reference and runs `logic`; whatever it sends goes out through the REST API, one text per
   * `sendActivities` call. The app id or claims are ignored. Callers should hold
   * `turnLock.runExclusive('sms/' + reference.conversation.id, …)` so this does not interleave with
   * an inbound turn. Errors from sending reach the caller (the default turn-error handler rethrows
   * outside webhook turns).
   * @throws SignpostError SP_SMS_NUMBER_UNKNOWN if the reference is not an SMS conversation.
   */
  protected async continueOn(reference: Partial<ConversationReference>, logic: Logic): Promise<void> {
    const conversationId = referenceSchema.parse(reference).conversation.id;
    const hash = hashOfConversationId(conversationId);
    if (!hash) throw new SignpostError('SP_SMS_NUMBER_UNKNOWN', 'not an SMS conversation id');
    const event = TurnContext.applyConversationReference(
      { type: 'event', name: 'ContinueConversation' },
      { ...reference, channelId: SMS_CHANNEL_ID, serviceUrl: SMS_SERVICE_URL, bot: { ...SMS_BOT_ACCOUNT }, user: { id: hash, name: '', role: 'user' } },
      true,
    );
    const context = new TurnContext(this, event);
    await this.runMiddleware(context, logic);
  }

  /** Whether `context` is a webhook turn (its replies go in the TwiML response). */
  static isWebhookTurn(context: TurnContext): boolean {
    return context.turnState.get(COLLECTED) !== undefined;
  }

  /** Marks a webhook turn as failed (used by the turn-error handler). */
  static markFailed(context: TurnContext): void {
    context.turnState.set(FAILED, true);
  }

  /** Reads the session and records this text's time. */
  private async touch(hash: string): Promise<SmsSession> {
    const session = (await this.opts.sessions.get(hash)) ?? {};
    session.lastInboundAt = this.now().toISOString();
    session.prompt = undefined;
    session.overflow = undefined;
    return session;
  }

  /** "OK, let's carry on." and the pending question again, without running the bot. */
  private async carryOn(hash: string, session: SmsSession, lead: string, logic?: Logic, messageSid?: string): Promise<string[]> {
    const ask = session.ask;
    if (!ask) {
      if (logic && messageSid) return this.runTurn(hash, session, this.content.botWords.start, messageSid, logic, [{ text: lead }]);
      await this.opts.sessions.set(hash, session);
      return [lead];
    }
    const composed = composeText(lead, ask.question, this.content);
    session.overflow = composed.overflow;
    await this.opts.sessions.set(hash, session);
    return [composed.body];
  }

  /** Runs the bot on `text` and renders what it says into one reply; updates the session. */
  private async runTurn(hash: string, session: SmsSession, text: string, messageSid: string, logic: Logic, lead: RenderedPart[] = []): Promise<string[]> {
    const conversationId = conversationIdOf(hash);
    const result = await this.processActivity({
      type: 'message',
      id: messageSid,
      timestamp: this.now(),
      channelId: SMS_CHANNEL_ID,
      serviceUrl: SMS_SERVICE_URL,
      conversation: { id: conversationId } as Activity['conversation'],
      from: { id: hash, name: '', role: 'user' },
      recipient: { ...SMS_BOT_ACCOUNT },
      text,
      textFormat: 'plain',
      locale: 'en-GB',
      channelData: { sms: { messageSid } },
    }, logic);
    const parts = [...lead, ...result.activities.map((a) => renderActivity(a, this.content)).filter((p): p is RenderedPart => p !== undefined)];
    const composed = composeReply(parts, this.content);
    if (result.deleted) {
      // "Delete my data": the number and the channel's notes go too (an opt-out stays).
      await this.opts.phones.forget(hash);
      await this.opts.sessions.delete(hash);
      log.info('SP_SMS_FORGOTTEN', { conversation: refOf(hash), channel: SMS_CHANNEL_ID });
      return composed.body ? [composed.body] : [];
    }
    // The question pending is the one this turn asked; a turn that said nothing (or failed) leaves it as it was.
    if (composed.ask && composed.question !== undefined) session.ask = { ...composed.ask, question: composed.question };
    else if (!result.failed && result.activities.length > 0) session.ask = undefined;
    session.overflow = composed.overflow;
    await this.opts.sessions.set(hash, session);
    return composed.body ? [composed.body] : [];
  }

  /** Sends a proactive text through the REST API; returns Twilio's message sid ('' if none). */
  private async sendLater(context: TurnContext, activities: Partial<Activity>[]): Promise<string> {
    const hash = hashOfConversationId(context.activity.conversation?.id);
    if (!hash) throw new SignpostError('SP_SMS_NUMBER_UNKNOWN', 'not an SMS conversation id');
    const ref = refOf(hash);
    const parts = activities.map((a) => renderActivity(a, this.content)).filter((p): p is RenderedPart => p !== undefined);
    const composed = composeReply(parts, this.content);
    if (!composed.body) return '';
    if (await this.opts.optOuts.isOptedOut(hash)) {
      log.warn('SP_SMS_OPTED_OUT', { conversation: ref, reason: 'proactive text not sent' });
      throw new SignpostError('SP_SMS_OPTED_OUT');
    }
    if (!this.opts.rest) throw new SignpostError('SP_SMS_NOT_CONFIGURED');
    const phone = await this.opts.phones.lookup(hash);
    if (!phone) throw new SignpostError('SP_SMS_NUMBER_UNKNOWN');
    let sid: string | undefined;
    try {
      ({ sid } = await this.opts.rest.send({ to: phone, body: composed.body }));
    } catch (err) {
      if (err instanceof SmsSendError) {
        log.warn('SP_SMS_SEND_FAILED', { conversation: ref, status: err.httpStatus, ...(err.twilioCode ? { reason: String(err.twilioCode) } : {}) });
        if (err.twilioCode === TWILIO_OPTED_OUT_CODE) await this.opts.optOuts.optOut(hash);
      }
      throw err;
    }
    const session = (await this.opts.sessions.get(hash)) ?? {};
    if (composed.ask && composed.question !== undefined) session.ask = { ...composed.ask, question: composed.question };
    session.overflow = composed.overflow;
    await this.opts.sessions.set(hash, session);
    log.info('SP_SMS_SENT', { conversation: ref, channel: SMS_CHANNEL_ID, count: countSegments(composed.body) });
    return sid ?? '';
  }
}

/** Logs the failure (code only); in a webhook turn tells the person in plain words, otherwise rethrows. */
export function smsTurnError(): (ctx: TurnContext, error: Error) => Promise<void> {
  const words = botContent('en');
  return async (ctx, error) => {
    if (!SmsAdapter.isWebhookTurn(ctx)) throw error;
    SmsAdapter.markFailed(ctx);
    log.error('SP_TURN_FAILED', { conversation: conversationRef(ctx), channel: SMS_CHANNEL_ID, detail: error?.name ?? 'Error' });
    await ctx.sendActivity(say(words, 'turnError'));
  };
}

/** Resume codes and a few commands go to the bot even after a long gap. */
function passesGap(text: string): boolean {
  if (text.length <= 40 && findResumeCode(text)) return true;
  const command = detectCommand(text);
  return command !== undefined && GAP_PASS_THROUGH.has(command);
}

function refOf(hash: string): string {
  return conversationRef({ activity: { channelId: SMS_CHANNEL_ID, conversation: { id: conversationIdOf(hash) } } });
}
