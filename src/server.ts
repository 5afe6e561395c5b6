/**
 * `createServer(deps)`: the restify app with the bot on `/api/messages` and `/healthz`, built from
 * injected dependencies so tests can send requests with in-memory storage. `index.ts` only wires
 * and listens.
 */
import * as restify from 'restify';
import { z } from 'zod';
import { TurnContext, type BotAdapter, type CloudAdapter } from 'botbuilder';
import type { Config } from './config';
import type { Engine } from './rules';
import type { Storage } from './state/storage';
import type { TurnLock } from './state/turnLock';
import type { ResumeCodeStore } from './state/resumeCodes';
import type { EngineMemos } from './conversation/engineMemos';
import { registerDirectLine, TokenService, type ActivityStore } from '../channels/webchat';
import { registerWebChatPage } from '../channels/webchat/pageRoutes';
import { registerSummaryPage } from '../channels/webchat/summaryPage';
import { registerSms, smsConfigFrom, restClientFromConfig, type SmsStores, type SmsMount } from '../channels/sms';
import { registerAgentApi } from '../channels/agent/agentRoutes';
import { NoAgentWatch, type AgentAuth, type CaseEvents, type CaseStore } from './handoff';
import { HandoffBridge } from './bots/handoffBridge';
import { createTeamsHandler, isTeamsActivity } from './bots/teams';
import { TeamsQueue } from './bots/teams/queuePoster';
import type { TeamsQueueRefs } from './bots/teams/queueRefs';
import { ChannelRelay } from './bots/channelRelay';
import type { HandoffConnector } from './bots/handoffConnector';
import { SignpostBot } from './bots/signpostBot';
import { ClientCachingAuthentication } from './bots/clientCachingAuthentication';
import { CheckedActivityAdapter } from './bots/checkedActivityAdapter';
import { PlainJsonConversationState } from './bots/plainJsonConversationState';
import { TriageDialog } from './dialogs/triageDialog';
import { botContent, say } from './content/botContent';
import { log, conversationRef } from './logger';
import { SignpostError } from './errors';

export interface ServerDeps {
  config: Config;
  engine: Engine;
  storage: Storage;
  turnLock: TurnLock;
  /** The assessment date for a turn; default: the configured date or today. */
  now?: () => Date;
  /** Save and resume codes; undefined: "save" is not offered. */
  resumeCodes?: ResumeCodeStore;
  /** The engine memos kept between a conversation's turns in this process; undefined: the triage dialog's own. */
  engineMemos?: EngineMemos;
  /** Web chat: the Direct Line activity log and the token secret (32+ bytes). Undefined: no web chat. */
  webchat?: { store: ActivityStore; secret: string | Buffer };
  /** SMS: the channel's stores and phone-hash salt. Undefined: no SMS route. */
  sms?: { stores: SmsStores; salt: string };
  /** Warm handoff: cases, live events, agent sign-in and an optional external connector. Undefined: advisers are given as phone numbers. */
  handoff?: { cases: CaseStore; events: CaseEvents; auth: AgentAuth; connector?: HandoffConnector; teamsRefs?: TeamsQueueRefs };
}

/** The public base URL, without a trailing slash. */
export function publicUrl(config: Config): string {
  return (config.PUBLIC_URL ?? `http://localhost:${config.PORT}`).replace(/\/$/, '');
}

/**
 * The least an inbound activity must have before the adapter sees it. Only these fields are checked
 * (other keys are allowed and not copied: the adapter reads the request body itself).
 */
const inboundActivitySchema = z.object({
  type: z.string().min(1).max(64),
  channelId: z.string().min(1).max(64),
  conversation: z.object({ id: z.string().min(1).max(512) }),
  from: z.object({ id: z.string().min(1).max(512) }).optional(),
  text: z.string().max(5000).optional(),
});

export interface SignpostServer {
  server: restify.Server;
  adapter: CloudAdapter;
  bot: SignpostBot;
  sms?: SmsMount;
  /** The no-agent timer (start it to tell people when nobody is free) and the relay to people. */
  handoff?: { watch: NoAgentWatch; relay: ChannelRelay; teamsQueue: TeamsQueue };
}

export function createServer(deps: ServerDeps): SignpostServer {
  const { config } = deps;
  const now = deps.now ?? (() => (config.SIGNPOST_ASSESSMENT_DATE ? new Date(`${config.SIGNPOST_ASSESSMENT_DATE}T12:00:00Z`) : new Date()));
  const auth = new ClientCachingAuthentication({
    MicrosoftAppId: config.MICROSOFT_APP_ID ?? '',
    MicrosoftAppPassword: config.MICROSOFT_APP_PASSWORD ?? '',
    MicrosoftAppTenantId: config.MICROSOFT_APP_TENANT_ID ?? '',
    MicrosoftAppType: config.MICROSOFT_APP_TENANT_ID ? 'SingleTenant' : 'MultiTenant',
  });
  const adapter = new CheckedActivityAdapter(auth);
  const words = botContent('en');
  adapter.onTurnError = async (ctx: TurnContext, error: unknown) => {
    log.error('SP_TURN_FAILED', { conversation: conversationRef(ctx), detail: (error as Error)?.name ?? 'Error' });
    try {
      await ctx.sendActivity(say(words, 'turnError'));
    } catch {
      log.error('SP_TURN_FAILED', { conversation: conversationRef(ctx), detail: 'reply failed' });
    }
  };

  const conversationState = new PlainJsonConversationState(deps.storage);
  const bridge = deps.handoff ? new HandoffBridge({ cases: deps.handoff.cases, connector: deps.handoff.connector, waitSeconds: config.HANDOFF_WAIT_SECONDS }) : undefined;
  const dialog = new TriageDialog({
    handoff: bridge,
    engine: deps.engine,
    state: conversationState.createProperty('triage'),
    ttlDays: config.STATE_TTL_DAYS,
    now,
    resumeCodes: deps.resumeCodes,
    resumeLink: (code) => `${publicUrl(config)}/?resume=${encodeURIComponent(code)}`,
    forget: (ctx) => conversationState.delete(ctx),
    memos: deps.engineMemos,
  });
  const bot = new SignpostBot({ conversationState, dialog, handoff: bridge });
  // The relay to people is built below, once every channel's adapter exists; Teams claims reach it through this.
  let teamsRelay: ChannelRelay | undefined;
  const teamsQueue = deps.handoff ? new TeamsQueue({
    cases: deps.handoff.cases, events: deps.handoff.events, relay: () => teamsRelay, adapter, appId: config.MICROSOFT_APP_ID ?? '',
    kb: deps.engine.kb, agents: config.TEAMS_AGENTS, refs: deps.handoff.teamsRefs,
    channel: config.TEAMS_QUEUE_CHANNEL_ID && config.TEAMS_SERVICE_URL
      ? { channelId: config.TEAMS_QUEUE_CHANNEL_ID, serviceUrl: config.TEAMS_SERVICE_URL, tenantId: config.TEAMS_TENANT_ID }
      : undefined,
  }) : undefined;
  const teams = createTeamsHandler({
    engine: deps.engine, conversationState, now,
    // A case made by an adviser for a client: updates about it go back to the adviser's Teams chat.
    onMakeCase: deps.handoff ? async (facts, outcome, ctx) => {
      const c = await deps.handoff!.cases.create({
        channel: 'msteams', language: 'en', level: outcome.escalation?.level ?? 'request', reasons: outcome.escalation?.reasons ?? [],
        facts, outcome, transcript: [], asked: 'adviser',
        conversation: JSON.parse(JSON.stringify(TurnContext.getConversationReference(ctx.activity))) as Record<string, unknown>,
        conversationKey: `msteams-client/${ctx.activity.conversation?.id ?? ''}/${Date.now()}`,
      } as never);
      return { caseId: c.id };
    } : undefined,
    onClaimCase: teamsQueue?.claim,
    onThreadMessage: teamsQueue?.threadMessage,
  });

  const server = restify.createServer({ name: 'signpost', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 256 * 1024 }));

  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    const parsed = inboundActivitySchema.safeParse(req.body);
    if (!parsed.success) {
      res.status(400);
      res.json({ code: 'SP_BAD_REQUEST', message: 'The body is not a Bot Framework activity.' });
      return;
    }
    const key = `${parsed.data.channelId}/${parsed.data.conversation.id}`;
    try {
      // Nothing after the bot's end-of-turn save needs the lock: the reply is already in hand.
      const logic = (ctx: TurnContext) => (isTeamsActivity(ctx.activity) ? teams(ctx) : bot.run(ctx));
      await deps.turnLock.runExclusive(key, () => adapter.processChecked(req, res, req.body as Record<string, unknown>, logic), { releaseOnLastWrite: true });
    } catch (err) {
      if (!(err instanceof SignpostError && err.code === 'SP_TURN_LOCK_TIMEOUT')) throw err;
      log.warn('SP_TURN_LOCK_TIMEOUT', { route: '/api/messages' });
      if (!res.headersSent) {
        res.status(503);
        res.json({ code: 'SP_TURN_LOCK_TIMEOUT', message: 'Busy with your last message. Please try again.' });
      }
    }
  });

  server.get('/healthz', async (_req: restify.Request, res: restify.Response) => {
    res.json({ status: 'ok' });
  });

  // Body-parser and routing errors keep the service's own error shape: a code and plain words.
  server.on('restifyError', (_req: restify.Request, _res: restify.Response, err: Error & { statusCode?: number; body?: unknown }, cb: () => void) => {
    const status = err.statusCode ?? 500;
    log.warn(status < 500 ? 'SP_BAD_REQUEST' : 'SP_TURN_FAILED', { status, detail: err.name });
    if (status >= 400 && status < 500) {
      err.body = { code: status === 404 ? 'SP_NOT_FOUND' : 'SP_BAD_REQUEST', message: status === 404 ? 'There is nothing at this address.' : 'The request could not be read.' };
    }
    return cb();
  });

  let webchatAdapter: BotAdapter | undefined;
  if (deps.webchat) {
    const tokens = new TokenService({ secret: deps.webchat.secret });
    webchatAdapter = registerDirectLine(server, { bot, turnLock: deps.turnLock, store: deps.webchat.store, tokens }).adapter;
    registerWebChatPage(server);
    registerSummaryPage(server, { storage: deps.storage, engine: deps.engine, tokens, now });
  }

  let sms: SmsMount | undefined;
  if (deps.sms) {
    sms = registerSms(server, {
      bot, turnLock: deps.turnLock, ...deps.sms.stores,
      rest: restClientFromConfig(config),
      config: smsConfigFrom(config, publicUrl(config), deps.sms.salt),
    });
  }

  let handoff: SignpostServer['handoff'];
  if (deps.handoff) {
    const relay = new ChannelRelay({
      adapters: { webchat: webchatAdapter, sms: sms?.adapter, default: adapter }, turnLock: deps.turnLock, appId: config.MICROSOFT_APP_ID ?? '',
    });
    teamsRelay = relay;
    registerAgentApi(server, { cases: deps.handoff.cases, events: deps.handoff.events, relay, auth: deps.handoff.auth });
    const watch = new NoAgentWatch({
      cases: deps.handoff.cases, waitSeconds: config.HANDOFF_WAIT_SECONDS, hours: config.ADVISER_HOURS,
      onNoAgent: (c, reason) => relay.deliver(c, { type: 'message', text: noAgentText(c.reasons, reason) }),
    });
    // Posts new cases to the Teams queue channel, when one is configured.
    handoff = { watch, relay, teamsQueue: teamsQueue!.start() };
  }

  return { server, adapter, bot, sms, handoff };
}

/** Nobody is free: say so, give helplines that fit the case's reasons, and offer a call-back. */
function noAgentText(reasons: readonly string[], why: 'waited' | 'closed-hours'): string {
  const c = botContent('en');
  const lines = (c.helplinesByReason ?? {}) as Record<string, string>;
  const fitting = [...new Set([...reasons.map((r) => lines[r]).filter(Boolean), lines.default])];
  return [say(c, why === 'waited' ? 'noAgentWaited' : 'noAgentClosed'), ...fitting, say(c, 'callbackAsk')].join('\n\n');
}
