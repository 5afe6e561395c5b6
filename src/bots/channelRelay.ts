/**
 * Delivers an adviser's words and case status changes to the person, on whichever channel they
 * used: web chat (appended to its Direct Line log), SMS (sent through the gateway) or a Bot
 * Framework channel (through the CloudAdapter). Implements the handoff core's CitizenRelay.
 */
import type { BotAdapter, ConversationReference, Activity } from 'botbuilder';
import type { Case, CitizenRelay, RelayStatus } from '../handoff';
import type { TurnLock } from '../state/turnLock';
import { botContent, say } from '../content/botContent';

export interface ChannelRelayDeps {
  /** Adapters by channel id; `default` for Bot Framework channels (Emulator, Teams). */
  adapters: Record<string, BotAdapter | undefined>;
  turnLock: TurnLock;
  appId: string;
}

const STATUS_WORDS: Record<RelayStatus, string> = { accepted: 'handoffAccepted', released: 'handoffReleased', completed: 'handoffCompleted' };
const PROTOCOL_STATUS: Record<RelayStatus, string> = { accepted: 'accepted', released: 'queued', completed: 'completed' };

export class ChannelRelay implements CitizenRelay {
  private readonly words = botContent('en');
  constructor(private readonly deps: ChannelRelayDeps) {}

  async send(c: Case, text: string): Promise<void> {
    await this.deliver(c, { type: 'message', text: say(this.words, 'adviserSays', { text }), channelData: { handoff: { from: 'adviser' } } });
  }

  async notify(c: Case, status: RelayStatus): Promise<void> {
    await this.deliver(c, {
      type: 'message',
      text: say(this.words, STATUS_WORDS[status]),
      channelData: { triage: { handoff: { caseId: c.id, status: PROTOCOL_STATUS[status] } } },
    });
  }

  /** Any message to the person outside a turn (e.g. "no adviser is free"). */
  async deliver(c: Case, activity: Partial<Activity>): Promise<void> {
    const ref = c.conversation as Partial<ConversationReference>;
    const channel = ref.channelId ?? '';
    const adapter = this.deps.adapters[channel] ?? this.deps.adapters.default;
    if (!adapter) throw new Error(`no adapter for channel ${channel}`);
    const appId = this.deps.adapters[channel] ? '' : this.deps.appId;
    await this.deps.turnLock.runExclusive(`${channel}/${ref.conversation?.id ?? ''}`, () =>
      adapter.continueConversationAsync(appId, ref, async (ctx) => { await ctx.sendActivity(activity); }));
  }
}
