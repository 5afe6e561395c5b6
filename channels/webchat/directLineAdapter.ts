/**
 * A `BotAdapter` that runs the bot in-process for the Direct Line bridge: no `serviceUrl` round trip,
 * no Bot Framework authentication. Inbound activities come from the routes; whatever the bot sends is
 * appended to the conversation's activity log, where Web Chat polls for it.
 */
import {
  INVOKE_RESPONSE_KEY, TurnContext,
  type Activity, type ConversationReference, type ResourceResponse,
} from 'botbuilder';
import { z } from 'zod';
import { SignpostError } from '../../src/errors';
import { InProcessAdapter, type Logic } from '../inProcessAdapter';
import type { ActivityStore, NewActivity } from './activityStore';

/** The channel id this bridge stamps on every activity. */
export const WEBCHAT_CHANNEL_ID = 'webchat';
/** The bot's account on this channel. */
export const BOT_ACCOUNT = Object.freeze({ id: 'signpost', name: 'Signpost', role: 'bot' });

/** Whether `id` has the form of an id in this conversation's log (`<conversationId>|<n>`). */
function isLogId(conversationId: string, id: string): boolean {
  return id.startsWith(`${conversationId}|`) && /^\d+$/.test(id.slice(conversationId.length + 1));
}


/** Longest pause a `delay` activity may ask for, in ms. */
const MAX_DELAY_MS = 5000;

const referenceSchema = z.object({
  conversation: z.object({ id: z.string().min(1) }).passthrough(),
}).passthrough();

/** Options for {@link DirectLineAdapter}. */
export interface DirectLineAdapterOptions {
  store: ActivityStore;
  /** The clock for timestamps; default `new Date()`. */
  now?: () => Date;
}

/** Runs the bot directly and logs its replies for Direct Line clients. */
export class DirectLineAdapter extends InProcessAdapter {
  protected readonly notSupported = 'SP_DL_NOT_SUPPORTED' as const;

  private readonly store: ActivityStore;
  private readonly now: () => Date;

  constructor(options: DirectLineAdapterOptions) {
    super();
    this.store = options.store;
    this.now = options.now ?? (() => new Date());
  }

  /**
   * Runs one turn for an inbound activity (already stamped and, if it is to be seen, already logged)
   * through the middleware and `logic`. Errors go to `onTurnError` when set, else reject.
   */
  async processActivity(activity: Partial<Activity>, logic: Logic): Promise<void> {
    const context = new TurnContext(this, activity);
    await this.runMiddleware(context, logic);
  }

  /**
   * Appends the bot's activities to the turn's conversation log (never another conversation's),
   * stamped with a log id, a timestamp and the bot as sender. `delay` pauses; `trace` is dropped;
   * `invokeResponse` is kept in turn state as other adapters do.
   */
  async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const conversationId = context.activity.conversation?.id;
    if (!conversationId) throw new SignpostError('SP_DL_CONVERSATION_NOT_FOUND', 'The turn has no conversation id.');
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      if (activity.type === 'delay') {
        const ms = typeof activity.value === 'number' ? activity.value : 1000;
        await new Promise<void>((resolve) => setTimeout(resolve, Math.min(Math.max(ms, 0), MAX_DELAY_MS)));
        responses.push({ id: '' });
      } else if (activity.type === 'invokeResponse') {
        context.turnState.set(INVOKE_RESPONSE_KEY, activity);
        responses.push({ id: '' });
      } else if (activity.type === 'trace') {
        responses.push({ id: '' });
      } else {
        const { id } = await this.store.append(conversationId, this.outgoing(conversationId, activity));
        responses.push({ id });
      }
    }
    return responses;
  }

  /**
   * Proactive turn (e.g. an adviser's message): builds a `ContinueConversation` event from the stored
   * reference and runs `logic`; whatever it sends is appended to the log. The app id or claims are
   * ignored (no authentication on this bridge). Callers that change conversation state should hold
   * `turnLock.runExclusive('webchat/' + conversationId, …)` around this call.
   * @throws SignpostError SP_DL_CONVERSATION_NOT_FOUND if the conversation no longer exists.
   */
  protected async continueOn(reference: Partial<ConversationReference>, logic: Logic): Promise<void> {
    const conversationId = referenceSchema.parse(reference).conversation.id;
    if (!(await this.store.exists(conversationId))) throw new SignpostError('SP_DL_CONVERSATION_NOT_FOUND');
    const event = TurnContext.applyConversationReference(
      { type: 'event', name: 'ContinueConversation' },
      { ...reference, channelId: WEBCHAT_CHANNEL_ID, bot: { ...BOT_ACCOUNT } },
      true,
    );
    await this.processActivity(event, logic);
  }

  private outgoing(conversationId: string, activity: Partial<Activity>): NewActivity {
    const { id: _id, replyToId, ...rest } = JSON.parse(JSON.stringify(activity)) as Partial<Activity> & Record<string, unknown>;
    const out: NewActivity = {
      ...rest,
      type: activity.type ?? 'message',
      channelId: WEBCHAT_CHANNEL_ID,
      conversation: { id: conversationId },
      from: { ...BOT_ACCOUNT },
      timestamp: this.now().toISOString(),
    };
    // Only keep replyToId when it names a logged activity: Web Chat holds replies to unknown ids back.
    if (typeof replyToId === 'string' && isLogId(conversationId, replyToId)) out.replyToId = replyToId;
    return out;
  }
}
