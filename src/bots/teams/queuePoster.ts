/**
 * The handoff queue in a Teams channel. Each new case is posted to the configured channel as its
 * Adaptive Card (`caseCard`, with a Claim button); claims, releases, closes and updates re-render the
 * card and update the message for everyone (`updateActivity`). Claiming from Teams uses the same
 * atomic `CaseStore.claim` as the agent console; the adviser who holds the case talks to the client
 * by replying in the card's thread (conversation id `<channel>;messageid=<card activity id>`), and
 * the client's replies are posted into that thread.
 *
 * Posts go through the CloudAdapter as proactive turns on a reference built from the settings
 * (`TEAMS_QUEUE_CHANNEL_ID`, `TEAMS_SERVICE_URL`, `TEAMS_TENANT_ID`); the card's activity id is kept
 * in {@link TeamsQueueRefs} (Redis when available, so several instances share it).
 */
import type { CloudAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { Case, CaseEvent, CaseEvents, CaseStore, CitizenRelay } from '../../handoff';
import type { Knowledge } from '../../knowledge/knowledge';
import { SignpostError } from '../../errors';
import { log } from '../../logger';
import { caseCard, type CaseCardInput } from './cards';
import { cardActivity, type TeamsAdviser } from './teamsBot';
import { InMemoryTeamsQueueRefs, type TeamsQueueRefs } from './queueRefs';
import { fill } from './words';
import queueWords from './queueWords.json';

type QueueWord = keyof typeof queueWords;
const qw = (key: QueueWord, vars: Record<string, string | number> = {}) => fill(queueWords[key], vars);

/** Where the queue lives in Teams. */
export interface TeamsQueueChannel {
  /** The channel's conversation id, `19:...@thread.tacv2`. */
  channelId: string;
  serviceUrl: string;
  tenantId?: string;
}

export interface TeamsQueueDeps {
  cases: CaseStore;
  events: CaseEvents;
  /** Reaches the client; a getter because the server builds the relay after the Teams handler. */
  relay: () => CitizenRelay | undefined;
  adapter: Pick<CloudAdapter, 'continueConversationAsync'>;
  /** The bot's app id ('' with authentication off). */
  appId: string;
  kb?: Knowledge;
  /** Undefined: no queue posts (claims from Teams still work). */
  channel?: TeamsQueueChannel;
  /** Entra object id → agent id (TEAMS_AGENTS). */
  agents?: Readonly<Record<string, string>>;
  refs?: TeamsQueueRefs;
  /** Wall clock for waiting times and claim times. */
  clock?: () => Date;
}

const AGENT_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The agent id a Teams user acts as: TEAMS_AGENTS[aadObjectId], else `teams.<aadObjectId>` (agent ids allow no colon). */
export function agentIdFor(adviser: TeamsAdviser, agents?: Readonly<Record<string, string>>): string {
  const mapped = adviser.aadObjectId ? agents?.[adviser.aadObjectId] : undefined;
  if (mapped && AGENT_ID.test(mapped)) return mapped;
  return `teams.${(adviser.aadObjectId ?? adviser.id).replace(/[^A-Za-z0-9._-]/g, '_')}`.slice(0, 64);
}

/** The root activity id of a Teams channel thread (`19:...@thread.tacv2;messageid=123` → `123`). */
export function threadRootOf(conversationId: string | undefined): string | undefined {
  return /;messageid=([^;]+)$/.exec(conversationId ?? '')?.[1];
}

const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });

export class TeamsQueue {
  private readonly refs: TeamsQueueRefs;
  private readonly clock: () => Date;
  /** Per-case chains, so a case's post always lands before its updates. */
  private readonly chains = new Map<string, Promise<void>>();
  /** Relay messages already looked at, per case (a hint; `refs.once` is the guard). */
  private readonly seen = new Map<string, number>();
  /** Teams display names of agents who claimed here (agent id → name), for the card. */
  private readonly names = new Map<string, string>();
  private unsubscribe?: () => void;

  constructor(private readonly deps: TeamsQueueDeps) {
    this.refs = deps.refs ?? new InMemoryTeamsQueueRefs();
    this.clock = deps.clock ?? (() => new Date());
  }

  /** Subscribes to case events when a queue channel is configured. */
  start(): this {
    if (this.deps.channel && !this.unsubscribe) this.unsubscribe = this.deps.events.subscribe((e) => this.onEvent(e));
    return this;
  }

  /** Unsubscribes and waits for posts under way. */
  async stop(): Promise<void> {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    await this.idle();
  }

  /** Resolves when every post and update started so far is done (tests). */
  async idle(): Promise<void> {
    while (this.chains.size > 0) await Promise.all([...this.chains.values()]);
  }

  /** The Teams `claimCase` invoke: the console's atomic claim; a lost race shows who has it. */
  readonly claim = async (caseId: string, adviser: TeamsAdviser): Promise<CaseCardInput> => {
    const agentId = agentIdFor(adviser, this.deps.agents);
    if (adviser.name) this.names.set(agentId, adviser.name);
    let c: Case;
    try {
      c = await this.deps.cases.claim(caseId, agentId);
    } catch (err) {
      if (err instanceof SignpostError && (err.code === 'SP_CASE_ALREADY_CLAIMED' || err.code === 'SP_CASE_CLOSED')) {
        const now = await this.deps.cases.get(caseId);
        if (now) return this.cardInput(now, now.agentId === agentId);
      }
      throw err;
    }
    log.info('SP_CASE_CLAIMED', { caseId, channel: 'msteams' });
    try {
      await this.deps.relay()?.notify(c, 'accepted');
    } catch (err) {
      log.warn('SP_RELAY_FAILED', { caseId, detail: (err as Error)?.name ?? 'Error' });
    }
    return this.cardInput(c, true);
  };

  /**
   * A message in a channel thread. When the thread's root is a case card, it is handled here (true):
   * from the adviser holding the case it goes on the case and to the client; from anyone else they
   * are told to claim first. False: not a case thread (the bot answers as usual).
   */
  readonly threadMessage = async (rootActivityId: string, adviser: TeamsAdviser, text: string, ctx: TurnContext): Promise<boolean> => {
    const caseId = await this.refs.caseFor(rootActivityId);
    if (!caseId) return false;
    const clean = text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
    if (!clean) return true;
    const agentId = agentIdFor(adviser, this.deps.agents);
    let c: Case;
    try {
      c = await this.deps.cases.addMessage(caseId, { from: 'agent', agentId, text: clean.slice(0, 5000) });
    } catch (err) {
      const code = err instanceof SignpostError ? err.code : undefined;
      if (code === 'SP_CASE_CLOSED' || code === 'SP_CASE_NOT_FOUND') await ctx.sendActivity(qw('caseClosed', { id: caseId }));
      else if (code === 'SP_CASE_HELD_BY_OTHER' || code === 'SP_CASE_NOT_CLAIMED') await ctx.sendActivity(qw('notHolder', { id: caseId }));
      else throw err;
      return true;
    }
    try {
      const relay = this.deps.relay();
      if (!relay) throw new Error('no relay');
      await relay.send(c, clean);
    } catch (err) {
      log.warn('SP_RELAY_FAILED', { caseId, detail: (err as Error)?.name ?? 'Error' });
      await ctx.sendActivity(qw('relayFailed', { id: caseId }));
    }
    return true;
  };

  private onEvent(e: CaseEvent): void {
    if (e.type === 'created') this.enqueue(e.caseId, () => this.post(e.caseId));
    else if (e.type === 'message') this.enqueue(e.caseId, () => this.forward(e.caseId));
    else this.enqueue(e.caseId, () => this.update(e.caseId));
  }

  private enqueue(caseId: string, work: () => Promise<void>): void {
    const next = (this.chains.get(caseId) ?? Promise.resolve())
      .then(work)
      .catch((err) => log.warn('SP_TEAMS_QUEUE_FAILED', { caseId, detail: (err as Error)?.name ?? 'Error' }));
    this.chains.set(caseId, next);
    void next.then(() => {
      if (this.chains.get(caseId) === next) this.chains.delete(caseId);
    });
  }

  private reference(conversationId: string): Partial<ConversationReference> {
    const ch = this.deps.channel!;
    return {
      channelId: 'msteams',
      serviceUrl: ch.serviceUrl,
      bot: { id: this.deps.appId || 'signpost', name: 'Signpost' },
      conversation: { id: conversationId, isGroup: true, conversationType: 'channel', name: '', ...(ch.tenantId ? { tenantId: ch.tenantId } : {}) },
    };
  }

  private async inTeams(conversationId: string, logic: (ctx: TurnContext) => Promise<void>): Promise<void> {
    await this.deps.adapter.continueConversationAsync(this.deps.appId, this.reference(conversationId), logic);
  }

  private cardInput(c: Case, forViewer = false): CaseCardInput {
    if (c.status !== 'claimed' || !c.agentId) return c;
    const at = [...c.audit].reverse().find((a) => a.action === 'claimed')?.at;
    const who = forViewer ? qw('you') : this.names.get(c.agentId) ?? c.agentId;
    return { ...c, agentName: at ? qw('agentAt', { agent: who, time: TIME.format(new Date(at)) }) : who };
  }

  private card(c: Case) {
    return cardActivity(caseCard(this.cardInput(c), this.clock(), this.deps.kb));
  }

  private async post(caseId: string): Promise<void> {
    const c = await this.deps.cases.get(caseId);
    if (!c || c.status === 'closed' || !(await this.refs.once(`post:${caseId}`))) return;
    let activityId: string | undefined;
    await this.inTeams(this.deps.channel!.channelId, async (ctx) => {
      activityId = (await ctx.sendActivity(this.card(c)))?.id;
    });
    if (!activityId) throw new Error('no activity id');
    await this.refs.setPosted(caseId, activityId);
    log.info('SP_TEAMS_CASE_POSTED', { caseId });
  }

  private async update(caseId: string): Promise<void> {
    const activityId = await this.refs.postedFor(caseId);
    const c = await this.deps.cases.get(caseId);
    if (c?.status === 'closed') this.seen.delete(caseId);
    if (!activityId || !c) return;
    await this.inTeams(this.deps.channel!.channelId, async (ctx) => {
      await ctx.updateActivity({ ...this.card(c), id: activityId });
    });
  }

  /** The client's new messages, into the case card's thread. */
  private async forward(caseId: string): Promise<void> {
    const activityId = await this.refs.postedFor(caseId);
    if (!activityId) return;
    const c = await this.deps.cases.get(caseId);
    if (!c) return;
    const from = this.seen.get(caseId) ?? 0;
    this.seen.set(caseId, c.messages.length);
    const thread = `${this.deps.channel!.channelId};messageid=${activityId}`;
    for (let i = from; i < c.messages.length; i++) {
      const m = c.messages[i]!;
      if (m.from !== 'person' || !(await this.refs.once(`forward:${caseId}:${i}`))) continue;
      await this.inTeams(thread, async (ctx) => { await ctx.sendActivity(qw('personSays', { id: caseId, text: m.text })); });
    }
  }
}
