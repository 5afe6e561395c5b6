/**
 * `POST /api/sms`: a Twilio-compatible inbound messaging webhook (form-encoded `From`, `To`, `Body`,
 * `MessageSid`, ...) answered with TwiML.
 *
 * - Every request's `X-Twilio-Signature` is checked against the configured auth token and the URL
 *   Twilio was given: `publicUrl + '/api/sms'` plus the request's query string. Behind a proxy or
 *   tunnel set PUBLIC_URL to the public base URL (forwarded headers are not trusted). A missing or
 *   wrong signature gets 403 `SP_SMS_SIGNATURE_INVALID` and nothing is processed.
 * - With no auth token the route answers 403 `SP_SMS_DISABLED`, unless `allowUnsigned` (local
 *   development only), when requests are processed unsigned.
 * - A `MessageSid` seen in the last few minutes (Twilio retries) gets an empty TwiML response.
 * - Turns are serialised per conversation with `turnLock.runExclusive('sms/' + conversationId, …)`.
 * Logs carry codes and hashed conversation refs only: never numbers or message text.
 */
import type * as restify from 'restify';
import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { ERRORS, SignpostError, type ErrorCode } from '../../src/errors';
import { log } from '../../src/logger';
import type { Config } from '../../src/config';
import type { TurnLock } from '../../src/state/turnLock';
import type { OptOutStore } from './optOuts';
import type { PhoneStore } from './phoneStore';
import { InMemorySeenMessages, InMemorySmsSessionStore, type SeenMessageStore, type SmsSessionStore } from './sessionStore';
import type { SmsRestClient } from './restClient';
import { SmsAdapter, SMS_CHANNEL_ID, smsTurnError } from './smsAdapter';
import { parseForm, validTwilioSignature, type FormParams } from './signature';
import { twimlResponse } from './twiml';

/** The webhook's path. */
export const SMS_PATH = '/api/sms';

/** Settings the SMS route needs (from `Config`; see {@link smsConfigFrom}). */
export interface SmsRouteConfig {
  /** TWILIO_AUTH_TOKEN. Unset: the route is off unless `allowUnsigned`. */
  authToken?: string;
  /** SMS_ALLOW_UNSIGNED: with no auth token, accept unsigned requests (local development only). */
  allowUnsigned: boolean;
  /** The public base URL Twilio calls (PUBLIC_URL), without a trailing slash. */
  publicUrl: string;
  /** SMS_PHONE_SALT (16+ characters). */
  salt: string;
  /** SMS_RESUME_PROMPT_HOURS. */
  resumePromptHours: number;
}

/** What {@link registerSms} needs. */
export interface SmsDeps {
  /** The bot (e.g. `SignpostBot` from `createServer`). */
  bot: { run(ctx: TurnContext): Promise<void> };
  turnLock: TurnLock;
  optOuts: OptOutStore;
  phones: PhoneStore;
  /** Per-conversation SMS notes; default in-memory (one process only). */
  sessions?: SmsSessionStore;
  /** Recent MessageSids; default in-memory (one process only). */
  seen?: SeenMessageStore;
  /** REST client for texts sent later (adviser replies); undefined: those fail with SP_SMS_NOT_CONFIGURED. */
  rest?: SmsRestClient;
  config: SmsRouteConfig;
  /** Clock; default `new Date()`. */
  now?: () => Date;
  /** Adapter to use (it keeps its own `onTurnError`); default a new one from these deps. */
  adapter?: SmsAdapter;
}

/** What {@link registerSms} gives back. */
export interface SmsMount {
  /** The adapter, for proactive texts (`continueConversationAsync`). */
  adapter: SmsAdapter;
  /** Whether the webhook accepts requests (signed, or unsigned in local development). */
  enabled: boolean;
  /** Whether signatures are checked. */
  signed: boolean;
}

/** The fields the service reads; every posted field still counts for the signature. */
const inboundSchema = z.object({
  MessageSid: z.string().regex(/^[A-Za-z0-9]{2,64}$/),
  From: z.string().trim().min(1).max(64),
  To: z.string().max(64).optional(),
  Body: z.string().max(1600).default(''),
});

/** Maps the configuration to the route's settings. */
export function smsConfigFrom(config: Config, publicUrl: string, salt: string): SmsRouteConfig {
  return {
    ...(config.TWILIO_AUTH_TOKEN ? { authToken: config.TWILIO_AUTH_TOKEN } : {}),
    allowUnsigned: config.SMS_ALLOW_UNSIGNED,
    publicUrl,
    salt,
    resumePromptHours: config.SMS_RESUME_PROMPT_HOURS,
  };
}

function first(params: FormParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) if (v[0] !== undefined) out[k] = v[0];
  return out;
}

function sendError(res: restify.Response, status: number, code: ErrorCode): void {
  res.status(status);
  res.json({ code, message: ERRORS[code].description });
}

function sendTwiml(res: restify.Response, messages: string[]): void {
  const xml = twimlResponse(messages);
  res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8', 'content-length': Buffer.byteLength(xml), 'cache-control': 'no-store' });
  res.end(xml);
}

/** The raw form body (restify's body parser keeps it as `rawBody`). */
function rawForm(req: restify.Request): string {
  const type = (req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') return '';
  const raw = (req as restify.Request & { rawBody?: unknown }).rawBody;
  if (typeof raw === 'string') return raw;
  if (Buffer.isBuffer(raw)) return raw.toString('utf8');
  return '';
}

/** Mounts `POST /api/sms` on `server` (which must use restify's body parser). */
export function registerSms(server: restify.Server, deps: SmsDeps): SmsMount {
  const { config } = deps;
  const signed = Boolean(config.authToken);
  const enabled = signed || config.allowUnsigned;
  const sessions = deps.sessions ?? new InMemorySmsSessionStore(30 * 86_400);
  const seen = deps.seen ?? new InMemorySeenMessages();
  const adapter = deps.adapter ?? new SmsAdapter({
    salt: config.salt,
    optOuts: deps.optOuts,
    phones: deps.phones,
    sessions,
    ...(deps.rest ? { rest: deps.rest } : {}),
    resumePromptHours: config.resumePromptHours,
    ...(deps.now ? { now: deps.now } : {}),
  });
  if (!deps.adapter) adapter.onTurnError = smsTurnError();
  const webhookUrl = `${config.publicUrl.replace(/\/+$/, '')}${SMS_PATH}`;

  if (!enabled) log.warn('SP_SMS_DISABLED', { route: SMS_PATH, reason: 'no TWILIO_AUTH_TOKEN' });
  else if (!signed) log.warn('SP_SMS_UNSIGNED', { route: SMS_PATH, reason: 'SMS_ALLOW_UNSIGNED: signatures are not checked' });

  server.post(SMS_PATH, async (req: restify.Request, res: restify.Response) => {
    if (!enabled) {
      log.warn('SP_SMS_DISABLED', { route: SMS_PATH, status: 403 });
      sendError(res, 403, 'SP_SMS_DISABLED');
      return;
    }
    const params = parseForm(rawForm(req));
    if (config.authToken) {
      const query = new URL(req.url ?? '/', 'http://localhost').search;
      const signature = req.header('x-twilio-signature') || undefined;
      if (!validTwilioSignature(config.authToken, signature, `${webhookUrl}${query}`, params)) {
        log.warn('SP_SMS_SIGNATURE_INVALID', { route: SMS_PATH, status: 403, reason: signature ? 'mismatch' : 'missing' });
        sendError(res, 403, 'SP_SMS_SIGNATURE_INVALID');
        return;
      }
    }
    const parsed = inboundSchema.safeParse(first(params));
    if (!parsed.success) {
      log.warn('SP_BAD_REQUEST', { route: SMS_PATH, status: 400, reason: parsed.error.issues.map((i) => i.path.join('.')).join(',') });
      sendError(res, 400, 'SP_BAD_REQUEST');
      return;
    }
    const { MessageSid: messageSid, From: phone, Body: text } = parsed.data;
    if (!(await seen.claim(messageSid))) {
      log.info('SP_SMS_DUPLICATE', { route: SMS_PATH, channel: SMS_CHANNEL_ID });
      sendTwiml(res, []);
      return;
    }
    try {
      const conversationId = adapter.conversationIdFor(phone);
      const messages = await deps.turnLock.runExclusive(`${SMS_CHANNEL_ID}/${conversationId}`, () => adapter.receive(
        { phone, text, messageSid },
        (ctx) => deps.bot.run(ctx),
      ));
      sendTwiml(res, messages);
    } catch (err) {
      await seen.release(messageSid).catch(() => undefined);
      if (res.headersSent) return;
      if (err instanceof SignpostError && err.code === 'SP_TURN_LOCK_TIMEOUT') {
        log.warn(err.code, { route: SMS_PATH, status: 503 });
        sendError(res, 503, err.code);
      } else {
        log.error('SP_TURN_FAILED', { route: SMS_PATH, status: 500, detail: (err as Error)?.name ?? 'Error' });
        sendError(res, 500, 'SP_TURN_FAILED');
      }
    }
  });

  return { adapter, enabled, signed };
}
