/**
 * The whole service for handoff end-to-end tests: `createServer` with web chat, SMS and the warm
 * handoff, listening on a free loopback port, with either real Redis (state, turn lock, web chat log,
 * SMS stores, cases and live events, all under the test prefix) or in-memory stores.
 *
 * - `webchat()`: a person on web chat, driven over the Direct Line API as Web Chat drives it;
 * - `sms(phone)`: a person texting through the signed Twilio-shaped webhook; texts sent later (an
 *   adviser's words) go out through {@link FakeTwilio}, a loopback stand-in for Twilio's REST API;
 * - `login()` / `api()`: an agent on the REST API (docs/agent-api.md).
 */
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import type Redis from 'ioredis';
import { createServer, type SignpostServer } from '../../src/server';
import { parseConfig, type Config } from '../../src/config';
import { configureLogger } from '../../src/logger';
import { buildStores } from '../../src/stores';
import {
  AgentAuth, RedisCaseEvents,
  type CaseEvents, type CaseStore,
} from '../../src/handoff';
import type { HandoffConnector } from '../../src/bots/handoffConnector';
import { twilioSignature } from '../../channels/sms';
import { testEngine, TODAY } from '../support/knowledge';
import type { BotActivity, TestConversation } from '../support/botClient';
import { twimlMessages } from '../sms/smsHarness';
import { webChatMessage } from '../webchat/directLineHarness';

export const PUBLIC_URL = 'https://signpost.example.org';
export const TWILIO_SID = 'AC0123456789abcdef0123456789abcdef';
export const TWILIO_TOKEN = 'e2e-twilio-token-5c1e';
export const OUR_NUMBER = '+447700900001';
const SMS_SALT = 'e2e-salt-0123456789abcdef';

/** One request the Twilio stand-in received. */
export interface TwilioRequest { method: string; path: string; auth: string; form: Record<string, string> }

/** A loopback stand-in for Twilio's `POST /2010-04-01/Accounts/{sid}/Messages.json`. */
export class FakeTwilio {
  readonly requests: TwilioRequest[] = [];
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createHttpServer((req, res) => {
      void this.read(req).then(() => {
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ sid: `SM${String(this.requests.length).padStart(32, '0')}`, status: 'queued' }));
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The texts sent to `to`, in order. */
  sentTo(to: string): string[] {
    return this.requests.filter((r) => r.form.To === to).map((r) => r.form.Body ?? '');
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async read(req: IncomingMessage): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
    this.requests.push({ method: req.method ?? '', path: req.url ?? '', auth: req.headers.authorization ?? '', form });
  }
}

/** A `HandoffConnector` that records the events it is given. */
export class RecordingConnector implements HandoffConnector {
  readonly events: any[] = [];
  async initiate(event: any): Promise<void> {
    this.events.push(JSON.parse(JSON.stringify(event)));
  }
}

export interface HttpResult { status: number; body: any; headers: Headers }

/** A Direct Line log entry. */
export type LoggedActivity = BotActivity & { id: string; from: { id: string; role?: string }; name?: string; attachments?: any[] };

export const isBot = (a: LoggedActivity): boolean => a.from?.role === 'bot';

/** A person on web chat (Direct Line). */
export interface WebChatPerson {
  conversationId: string;
  token: string;
  /** The bot's greeting (the conversationUpdate turn). */
  greeting: LoggedActivity[];
  /** Posts a message; returns what the bot sent after it in the same turn (its echo excluded). */
  say(text: string): Promise<LoggedActivity[]>;
  /** The whole log. */
  log(): Promise<LoggedActivity[]>;
  /** Log entries not yet returned by `say` or `unseen`. */
  unseen(): Promise<LoggedActivity[]>;
  /** As a {@link TestConversation}, for `driveTo` and `checked` (bot messages only). */
  conversation(): TestConversation;
}

/** A person texting. */
export interface SmsPerson {
  phone: string;
  /** Sends a signed text; returns the texts of the TwiML reply. */
  text(body: string): Promise<{ status: number; messages: string[] }>;
}

export interface E2E {
  url: string;
  config: Config;
  /** The one store the bot and the agent API share (publishing to the live queue). */
  cases: CaseStore;
  events: CaseEvents;
  built: SignpostServer;
  twilio: FakeTwilio;
  logs: string[];
  call(method: string, path: string, o?: { token?: string; authorization?: string; body?: unknown }): Promise<HttpResult>;
  /** Signs an agent in; returns the session token. */
  login(agentId: string, password: string): Promise<string>;
  webchat(): Promise<WebChatPerson>;
  sms(phone: string): SmsPerson;
  close(): Promise<void>;
}

export interface E2EOptions {
  /** Real Redis: a client and a key prefix (everything goes under it). Undefined: in-memory stores. */
  redis?: { client: Redis; prefix: string };
  /** Agent id → scrypt hash (from `hashPassword`). */
  agents: Record<string, string>;
  /** HANDOFF_WAIT_SECONDS (default: the configured default). */
  waitSeconds?: number;
  connector?: HandoffConnector;
}

/** Starts the service. */
export async function startE2E(opts: E2EOptions): Promise<E2E> {
  const logs: string[] = [];
  configureLogger('debug', (line) => logs.push(line));
  const twilio = new FakeTwilio();
  await twilio.start();
  const config = parseConfig({
    LOG_LEVEL: 'silent',
    PUBLIC_URL,
    TWILIO_AUTH_TOKEN: TWILIO_TOKEN,
    TWILIO_ACCOUNT_SID: TWILIO_SID,
    TWILIO_FROM: OUR_NUMBER,
    TWILIO_API_BASE_URL: twilio.url,
    SMS_PHONE_SALT: SMS_SALT,
    AGENTS: JSON.stringify(opts.agents),
    AGENT_SESSION_SECRET: randomBytes(32).toString('hex'),
    ...(opts.waitSeconds !== undefined ? { HANDOFF_WAIT_SECONDS: String(opts.waitSeconds) } : {}),
  });
  const ttlSeconds = 3600;

  // The production wiring, under this test's own Redis prefix (or in memory).
  const stores = buildStores(opts.redis ? { client: opts.redis.client, prefix: `${opts.redis.prefix}${randomBytes(4).toString('hex')}:` } : undefined, ttlSeconds);
  const { storage, turnLock, resumeCodes, webchatStore, smsStores, events, cases } = stores;
  if (events instanceof RedisCaseEvents) await events.ready();
  const built = createServer({
    config, engine: testEngine(), storage, turnLock, now: () => TODAY, resumeCodes,
    webchat: { store: webchatStore, secret: randomBytes(32) },
    sms: { stores: smsStores, salt: SMS_SALT },
    handoff: { cases, events, auth: AgentAuth.fromConfig(config), ...(opts.connector ? { connector: opts.connector } : {}) },
  });
  const { server } = built;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const call: E2E['call'] = async (method, path, o = {}) => {
    const headers: Record<string, string> = {};
    const auth = o.authorization ?? (o.token ? `Bearer ${o.token}` : undefined);
    if (auth !== undefined) headers.authorization = auth;
    let body: string | undefined;
    if (o.body !== undefined) {
      body = JSON.stringify(o.body);
      headers['content-type'] = 'application/json';
    }
    const res = await fetch(url + path, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try { parsed = text ? JSON.parse(text) : undefined; } catch { /* keep the text */ }
    return { status: res.status, body: parsed as any, headers: res.headers };
  };

  let clientIds = 0;
  const webchat = async (): Promise<WebChatPerson> => {
    const issued = await call('POST', '/api/webchat/token');
    if (issued.status !== 200) throw new Error(`token: ${issued.status}`);
    const { token, conversationId } = issued.body as { token: string; conversationId: string };
    const started = await call('POST', '/v3/directline/conversations', { token, body: { user: {}, locale: 'en-GB' } });
    if (started.status !== 201) throw new Error(`start: ${started.status} ${JSON.stringify(started.body)}`);
    let watermark = '';
    const read = async (from: string) => {
      const r = await call('GET', `/v3/directline/conversations/${conversationId}/activities?watermark=${from}`, { token });
      if (r.status !== 200) throw new Error(`poll: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body as { activities: LoggedActivity[]; watermark: string };
    };
    const unseen = async () => {
      const page = await read(watermark);
      watermark = page.watermark;
      return page.activities;
    };
    const greeting = (await unseen()).filter(isBot);
    const person: WebChatPerson = {
      conversationId, token, greeting,
      async say(text) {
        const r = await call('POST', `/v3/directline/conversations/${conversationId}/activities`, { token, body: webChatMessage(text, `e2e${++clientIds}`) });
        if (r.status !== 200) throw new Error(`say: ${r.status} ${JSON.stringify(r.body)}`);
        const fresh = await unseen();
        const at = fresh.findIndex((a) => a.id === r.body.id);
        if (at < 0) throw new Error('say: the message is not in the log');
        return fresh.slice(at + 1);
      },
      log: async () => (await read('')).activities,
      unseen,
      conversation: () => ({
        id: conversationId,
        say: async (text: string) => (await person.say(text)).filter(isBot),
        join: async () => greeting,
      }),
    };
    return person;
  };

  const sms = (phone: string): SmsPerson => ({
    phone,
    async text(body) {
      const sid = `SM${randomBytes(16).toString('hex')}`;
      const params: Record<string, string> = {
        ToCountry: 'GB', SmsMessageSid: sid, NumMedia: '0', SmsSid: sid, SmsStatus: 'received', Body: body, FromCountry: 'GB',
        To: OUR_NUMBER, NumSegments: '1', MessageSid: sid, AccountSid: TWILIO_SID, From: phone, ApiVersion: '2010-04-01',
      };
      const res = await fetch(`${url}/api/sms`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(TWILIO_TOKEN, `${PUBLIC_URL}/api/sms`, params) },
        body: new URLSearchParams(params).toString(),
      });
      return { status: res.status, messages: twimlMessages(await res.text()) };
    },
  });

  return {
    url, config, cases, events, built, twilio, logs, call, webchat, sms,
    async login(agentId, password) {
      const r = await call('POST', '/api/agent/login', { body: { agentId, password } });
      if (r.status !== 200) throw new Error(`login ${agentId}: ${r.status} ${JSON.stringify(r.body)}`);
      return r.body.token as string;
    },
    async close() {
      await built.handoff?.watch.stop();
      server.server.closeAllConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await events.close();
      await twilio.stop();
    },
  };
}

/** The `triage.handoff` of a set of activities, if any. */
export function handoffIn(activities: BotActivity[]): { caseId: string; status: string } | undefined {
  return activities.map((a) => a.channelData?.triage?.handoff).find(Boolean);
}

/** Waits until `check` returns something truthy (polling every 25 ms), or fails after `timeoutMs`. */
export async function eventually<T>(what: string, check: () => Promise<T | undefined | false | null>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
