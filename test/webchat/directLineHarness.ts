/**
 * Test harness for the Direct Line bridge: the real app (`createServer` with in-memory storage, as
 * test/support/botClient.ts builds it) plus `registerDirectLine`, on a free loopback port, with a
 * settable clock for tokens and captured log lines.
 */
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import { MemoryStorage } from 'botbuilder';
import { createServer } from '../../src/server';
import { parseConfig } from '../../src/config';
import { configureLogger } from '../../src/logger';
import { InMemoryTurnLock, type TurnLock } from '../../src/state/turnLock';
import { testEngine, TODAY } from '../support/knowledge';
import {
  InMemoryActivityStore, registerDirectLine, TokenService, type ActivityStore, type DirectLineAdapter,
} from '../../channels/webchat';

export interface HttpResult { status: number; body: any; headers: Headers }

export interface CallOptions {
  token?: string;
  /** A raw Authorization header (wins over `token`). */
  authorization?: string;
  body?: unknown;
  /** Sent as is (not JSON-encoded). */
  raw?: string;
  contentType?: string;
}

export interface Harness {
  url: string;
  store: ActivityStore;
  tokens: TokenService;
  adapter: DirectLineAdapter;
  /** Lines the logger wrote. */
  logs: string[];
  /** Keys the turn lock was asked for. */
  lockKeys: string[];
  /** Moves the token clock on. */
  advance(ms: number): void;
  call(method: string, path: string, options?: CallOptions): Promise<HttpResult>;
  /** `POST /api/webchat/token`: a token for a new conversation. */
  newToken(): Promise<{ token: string; conversationId: string; expires_in: number }>;
  /** A new conversation, started as DirectLineJS starts it; returns its token and id. */
  start(): Promise<{ token: string; conversationId: string }>;
  /** `GET …/activities?watermark=`. */
  poll(conversationId: string, token: string, watermark?: string): Promise<HttpResult>;
  /** Posts a message as Web Chat 4.18.1 shapes it. */
  say(conversationId: string, token: string, text: string, clientActivityID?: string): Promise<HttpResult>;
  close(): Promise<void>;
}

/** Recording wrapper, so tests can see the lock keys the routes use. */
class RecordingLock implements TurnLock {
  constructor(private readonly inner: TurnLock, private readonly keys: string[]) {}
  runExclusive<T>(key: string, fn: () => Promise<T>): Promise<T> {
    this.keys.push(key);
    return this.inner.runExclusive(key, fn);
  }
}

let clientCounter = 0;

/** Starts the app with the Direct Line routes. */
export async function startHarness(opts: { store?: ActivityStore } = {}): Promise<Harness> {
  const logs: string[] = [];
  configureLogger('debug', (line) => logs.push(line));
  const lockKeys: string[] = [];
  const turnLock = new RecordingLock(new InMemoryTurnLock(), lockKeys);
  const config = parseConfig({ LOG_LEVEL: 'silent' });
  const { server, bot } = createServer({ config, engine: testEngine(), storage: new MemoryStorage(), turnLock, now: () => TODAY });
  let clock = Date.now();
  const tokens = new TokenService({ secret: randomBytes(32), now: () => new Date(clock) });
  const store = opts.store ?? new InMemoryActivityStore({ ttlSeconds: 3600 });
  const { adapter } = registerDirectLine(server, { bot, turnLock, store, tokens });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const call = async (method: string, path: string, o: CallOptions = {}): Promise<HttpResult> => {
    const headers: Record<string, string> = {};
    const auth = o.authorization ?? (o.token ? `Bearer ${o.token}` : undefined);
    if (auth !== undefined) headers.authorization = auth;
    let body: string | undefined;
    if (o.raw !== undefined) body = o.raw;
    else if (o.body !== undefined) body = JSON.stringify(o.body);
    if (body !== undefined) headers['content-type'] = o.contentType ?? 'application/json';
    const res = await fetch(url + path, { method, headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try { parsed = text ? JSON.parse(text) : undefined; } catch { /* keep text */ }
    return { status: res.status, body: parsed as any, headers: res.headers };
  };

  const harness: Harness = {
    url, store, tokens, adapter, logs, lockKeys,
    advance: (ms) => { clock += ms; },
    call,
    async newToken() {
      const r = await call('POST', '/api/webchat/token');
      if (r.status !== 200) throw new Error(`token: ${r.status}`);
      return r.body;
    },
    async start() {
      const { token, conversationId } = await harness.newToken();
      const r = await call('POST', '/v3/directline/conversations', { token, body: { user: {}, locale: 'en-GB' } });
      if (r.status !== 201) throw new Error(`start: ${r.status} ${JSON.stringify(r.body)}`);
      return { token, conversationId };
    },
    poll: (conversationId, token, watermark = '') =>
      call('GET', `/v3/directline/conversations/${conversationId}/activities?watermark=${watermark}`, { token }),
    say: (conversationId, token, text, clientActivityID = `c${++clientCounter}`) =>
      call('POST', `/v3/directline/conversations/${conversationId}/activities`, { token, body: webChatMessage(text, clientActivityID) }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return harness;
}

/** A message exactly as Web Chat 4.18.1's postActivity saga builds it (first post of a session). */
export function webChatMessage(text: string, clientActivityID: string): Record<string, unknown> {
  return {
    type: 'message',
    text,
    channelData: { clientActivityID },
    channelId: 'webchat',
    from: { id: 'r_abc123', role: 'user' },
    locale: 'en-GB',
    localTimestamp: '2026-11-22T12:00:00.000+00:00',
    localTimezone: 'Europe/London',
    attachments: [],
    entities: [{ requiresBotState: true, supportsListening: true, supportsTts: true, type: 'ClientCapabilities' }],
  };
}
