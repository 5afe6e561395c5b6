/**
 * The Direct Line 3.0 subset that stock Web Chat needs in polling mode
 * (`WebChat.createDirectLine({ domain: '/v3/directline', token, webSocket: false })`), mounted on the
 * app's restify server and running the bot in-process through {@link DirectLineAdapter}.
 *
 * Errors use Direct Line's `{ error: { code, message } }`: 400 bad input (nothing stored), 401 no or
 * bad token, 403 expired token (`SP_DL_TOKEN_EXPIRED`; DirectLineJS reads 403 as "token expired")
 * or another conversation's token (`SP_DL_FORBIDDEN`), 404 unknown conversation. Logs carry codes,
 * route templates and hashed conversation refs only.
 */
import type * as restify from 'restify';
import type { Activity, TurnContext } from 'botbuilder';
import { ERRORS, SignpostError, type ErrorCode } from '../../src/errors';
import { log, conversationRef } from '../../src/logger';
import { botContent, say } from '../../src/content/botContent';
import type { TurnLock } from '../../src/state/turnLock';
import type { ActivityStore } from './activityStore';
import { BOT_ACCOUNT, DirectLineAdapter, WEBCHAT_CHANNEL_ID } from './directLineAdapter';
import { bearerSchema, inboundActivitySchema, startBodySchema, watermarkSchema } from './schemas';
import { newConversationId, type TokenService } from './tokens';

/** What {@link registerDirectLine} needs. */
export interface DirectLineDeps {
  /** The bot (e.g. `SignpostBot` from `createServer`). */
  bot: { run(ctx: TurnContext): Promise<void> };
  turnLock: TurnLock;
  store: ActivityStore;
  tokens: TokenService;
  /** Clock for activity timestamps; default `new Date()`. */
  now?: () => Date;
  /**
   * Adapter to use (e.g. one with middleware added; it keeps its own `onTurnError`). Default: a new one
   * on `store` whose `onTurnError` logs SP_TURN_FAILED and tells the person in plain words.
   */
  adapter?: DirectLineAdapter;
}

/** What {@link registerDirectLine} gives back: the adapter, for proactive messages. */
export interface DirectLineMount {
  adapter: DirectLineAdapter;
}

/** Path prefixes this module owns (used to shape body-parser errors). */
export const DIRECTLINE_PREFIXES = ['/v3/directline/', '/api/webchat/'] as const;
/** A `serviceUrl` for stamping only; never called (`.invalid` cannot resolve). */
export const WEBCHAT_SERVICE_URL = 'https://webchat.signpost.invalid/';
const BODY_ERROR_EVENTS = ['InvalidContent', 'UnsupportedMediaType', 'PayloadTooLarge', 'RequestEntityTooLarge'];

type Handler = (req: restify.Request, res: restify.Response) => Promise<void>;
type Authorised = { conversationId: string; token: string; expiresIn: number };

/** A failure answered in Direct Line's error shape. */
class DirectLineHttpError extends Error {
  constructor(readonly status: number, readonly code: ErrorCode, readonly reason?: string) {
    super(code);
  }
}

const fail = (code: ErrorCode, reason?: string, status: number = ERRORS[code].status) => new DirectLineHttpError(status, code, reason);

function sendError(res: restify.Response, status: number, code: ErrorCode, message: string = ERRORS[code].description): void {
  res.status(status);
  res.json({ error: { code, message } });
}

const refOf = (conversationId: string) => conversationRef({ activity: { channelId: WEBCHAT_CHANNEL_ID, conversation: { id: conversationId } } });

/** Mounts the Direct Line routes and `POST /api/webchat/token` on `server`. */
export function registerDirectLine(server: restify.Server, deps: DirectLineDeps): DirectLineMount {
  const now = deps.now ?? (() => new Date());
  const adapter = deps.adapter ?? new DirectLineAdapter({ store: deps.store, now });
  if (!deps.adapter) adapter.onTurnError = defaultTurnError();
  const run = (activity: Partial<Activity>) => adapter.processActivity(activity, (ctx) => deps.bot.run(ctx));
  const lockKey = (conversationId: string) => `${WEBCHAT_CHANNEL_ID}/${conversationId}`;
  // The bot's replies are logged as it sends them, before its end-of-turn save, so nothing after that
  // save needs the lock across processes.
  const TURN_OPTIONS = { releaseOnLastWrite: true } as const;

  /** Checks the bearer token; with `conversationId`, also that the token is for that conversation. */
  const authorise = (req: restify.Request, conversationId?: string): Authorised => {
    const header = bearerSchema.safeParse(req.header('authorization') ?? '');
    if (!header.success) throw fail('SP_DL_UNAUTHORIZED', 'no bearer token');
    const check = deps.tokens.verify(header.data);
    if (!check.ok) throw check.reason === 'expired' ? fail('SP_DL_TOKEN_EXPIRED') : fail('SP_DL_UNAUTHORIZED', check.reason);
    if (conversationId !== undefined && conversationId !== check.conversationId) throw fail('SP_DL_FORBIDDEN');
    return { conversationId: check.conversationId, token: header.data, expiresIn: check.expiresIn };
  };

  const mustExist = async (conversationId: string) => {
    if (!(await deps.store.exists(conversationId))) throw fail('SP_DL_CONVERSATION_NOT_FOUND');
  };

  const handle = (route: string, fn: Handler): Handler => async (req, res) => {
    try {
      res.header('Cache-Control', 'no-store');
      await fn(req, res);
    } catch (err) {
      if (res.headersSent) return;
      if (err instanceof DirectLineHttpError) {
        log.warn(err.code, { route, status: err.status, ...(err.reason ? { reason: err.reason } : {}) });
        sendError(res, err.status, err.code);
      } else if (err instanceof SignpostError && err.status < 500) {
        log.warn(err.code, { route, status: err.status });
        sendError(res, err.status, err.code);
      } else if (err instanceof SignpostError && err.code === 'SP_TURN_LOCK_TIMEOUT') {
        log.warn(err.code, { route, status: 503 });
        sendError(res, 503, err.code);
      } else {
        log.error('SP_TURN_FAILED', { route, status: 500, detail: (err as Error)?.name ?? 'Error' });
        sendError(res, 500, 'SP_TURN_FAILED');
      }
    }
  };

  server.post('/api/webchat/token', handle('/api/webchat/token', async (_req, res) => {
    const issued = deps.tokens.issue(newConversationId());
    res.json({ token: issued.token, conversationId: issued.conversationId, expires_in: issued.expiresIn });
  }));

  server.post('/v3/directline/conversations', handle('/v3/directline/conversations', async (req, res) => {
    const auth = authorise(req);
    const body = startBodySchema.safeParse(req.body ?? {});
    if (!body.success) throw fail('SP_BAD_REQUEST', 'start body');
    const { conversationId } = auth;
    const created = await deps.store.create(conversationId);
    if (created) {
      const userId = body.data.user?.id ?? 'webchat-user';
      await deps.turnLock.runExclusive(lockKey(conversationId), () => run({
        type: 'conversationUpdate',
        id: `${conversationId}|start`,
        timestamp: now(),
        channelId: WEBCHAT_CHANNEL_ID,
        serviceUrl: WEBCHAT_SERVICE_URL,
        conversation: { id: conversationId } as Activity['conversation'],
        from: { id: userId, name: body.data.user?.name ?? '', role: 'user' },
        recipient: { ...BOT_ACCOUNT },
        membersAdded: [{ id: userId, name: body.data.user?.name ?? '', role: 'user' }],
        ...(body.data.locale ? { locale: body.data.locale } : {}),
      }), TURN_OPTIONS);
      log.info('SP_DL_CONVERSATION_STARTED', { conversation: refOf(conversationId), channel: WEBCHAT_CHANNEL_ID });
    }
    res.status(created ? 201 : 200);
    res.json({ conversationId, token: auth.token, expires_in: auth.expiresIn });
  }));

  server.get('/v3/directline/conversations/:id', handle('/v3/directline/conversations/:id', async (req, res) => {
    const auth = authorise(req, req.params.id);
    await mustExist(auth.conversationId);
    res.json({ conversationId: auth.conversationId, token: auth.token, expires_in: auth.expiresIn });
  }));

  server.get('/v3/directline/conversations/:id/activities', handle('/v3/directline/conversations/:id/activities', async (req, res) => {
    const { conversationId } = authorise(req, req.params.id);
    const watermark = watermarkSchema.safeParse(new URL(req.url ?? '/', 'http://localhost').searchParams.get('watermark') ?? '');
    if (!watermark.success) throw fail('SP_BAD_REQUEST', 'watermark');
    const page = await deps.store.read(conversationId, watermark.data);
    if (!page) throw fail('SP_DL_CONVERSATION_NOT_FOUND');
    res.json({ activities: page.activities, watermark: String(page.watermark) });
  }));

  server.post('/v3/directline/conversations/:id/activities', handle('/v3/directline/conversations/:id/activities', async (req, res) => {
    const { conversationId } = authorise(req, req.params.id);
    await mustExist(conversationId);
    const body = inboundActivitySchema.safeParse(req.body);
    if (!body.success) throw fail('SP_BAD_REQUEST', 'activity');
    const stamped = {
      ...body.data,
      channelId: WEBCHAT_CHANNEL_ID,
      serviceUrl: WEBCHAT_SERVICE_URL,
      conversation: { id: conversationId },
      from: { ...body.data.from, role: 'user' },
      recipient: { ...BOT_ACCOUNT },
    };
    // Log the echo and run the turn under one lock, so the log reads person, replies, person, replies.
    const id = await deps.turnLock.runExclusive(lockKey(conversationId), async () => {
      const timestamp = now();
      const appended = await deps.store.append(conversationId, { ...stamped, timestamp: timestamp.toISOString() });
      await run({ ...stamped, id: appended.id, timestamp } as Partial<Activity>);
      return appended.id;
    }, TURN_OPTIONS);
    res.json({ id });
  }));

  server.post('/v3/directline/tokens/refresh', handle('/v3/directline/tokens/refresh', async (req, res) => {
    const { conversationId } = authorise(req);
    await mustExist(conversationId);
    const issued = deps.tokens.issue(conversationId);
    res.json({ conversationId, token: issued.token, expires_in: issued.expiresIn });
  }));

  // Body-parser failures on these routes answer in Direct Line's shape. These per-error events are
  // emitted before the generic `restifyError`, and restify sends nothing more once a response is sent.
  for (const event of BODY_ERROR_EVENTS) {
    server.on(event, (req: restify.Request, res: restify.Response, err: { statusCode?: number }, cb: () => void) => {
      const path = req.path?.() ?? '';
      if (!res.headersSent && DIRECTLINE_PREFIXES.some((p) => path.startsWith(p))) {
        const status = err.statusCode ?? 400;
        log.warn('SP_BAD_REQUEST', { route: 'directline', status, reason: event });
        sendError(res, status, 'SP_BAD_REQUEST');
      }
      return cb();
    });
  }

  return { adapter };
}

/** Logs the failure (code only) and tells the person in plain words, as `/api/messages` does. */
function defaultTurnError(): (ctx: TurnContext, error: Error) => Promise<void> {
  const words = botContent('en');
  return async (ctx, error) => {
    log.error('SP_TURN_FAILED', { conversation: conversationRef(ctx), channel: WEBCHAT_CHANNEL_ID, detail: error?.name ?? 'Error' });
    try {
      await ctx.sendActivity(say(words, 'turnError'));
    } catch {
      log.error('SP_TURN_FAILED', { conversation: conversationRef(ctx), detail: 'reply failed' });
    }
  };
}
