/**
 * Test harness for the SMS channel over HTTP: `createServer` with in-memory bot storage (as
 * `test/support/botClient.ts` does) plus `registerSms`, listening on a free loopback port. `text()`
 * posts a Twilio-shaped, signed, form-encoded webhook and returns the TwiML messages; `web()` is a
 * conversation on `/api/messages` (channel `test`) on the same server and resume-code store.
 */
import type { AddressInfo } from 'node:net';
import { randomBytes, randomUUID } from 'node:crypto';
import { MemoryStorage } from 'botbuilder';
import { createServer } from '../../src/server';
import { parseConfig } from '../../src/config';
import { InMemoryTurnLock } from '../../src/state/turnLock';
import type { Storage } from '../../src/state/storage';
import { InMemoryResumeCodes, type ResumeCodeStore } from '../../src/state/resumeCodes';
import {
  createInMemorySmsStores, registerSms, twilioSignature,
  type SmsMount, type SmsRestClient, type SmsStores,
} from '../../channels/sms';
import { testEngine, TODAY } from '../support/knowledge';
import type { BotActivity } from '../support/botClient';

export const PUBLIC_URL = 'https://signpost.example.org';
export const AUTH_TOKEN = 'test-auth-token-7d41c0';
export const SALT = 'test-salt-0123456789abcdef';
export const OUR_NUMBER = '+447700900001';

export interface SmsReply {
  status: number;
  contentType: string;
  raw: string;
  /** The `<Message>` texts, unescaped. */
  messages: string[];
  /** All messages joined (for assertions). */
  text: string;
}

export interface SmsHarness {
  url: string;
  storage: Storage;
  stores: SmsStores;
  mount: SmsMount;
  resumeCodes: ResumeCodeStore;
  /** Sends a signed text from `from`. */
  text(from: string, body: string, opts?: { messageSid?: string; extra?: Record<string, string>; sign?: 'good' | 'none' | 'bad' }): Promise<SmsReply>;
  /** Posts a raw body to /api/sms. */
  postRaw(body: string, headers: Record<string, string>, path?: string): Promise<SmsReply>;
  /** A conversation on /api/messages (channel `test`). */
  web(): { id: string; say(text: string): Promise<BotActivity[]> };
  close(): Promise<void>;
}

export interface SmsHarnessOptions {
  /** null: no auth token configured. Default AUTH_TOKEN. */
  authToken?: string | null;
  allowUnsigned?: boolean;
  stores?: Partial<SmsStores>;
  rest?: SmsRestClient;
  /** The SMS channel's clock (long-gap prompt). Default: real time. */
  clock?: () => Date;
  resumePromptHours?: number;
  storage?: Storage;
  resumeCodes?: ResumeCodeStore;
  publicUrl?: string;
}

export function newMessageSid(): string {
  return `SM${randomBytes(16).toString('hex')}`;
}

/** Decodes the `<Message>` elements of a TwiML document. */
export function twimlMessages(xml: string): string[] {
  return [...xml.matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map((m) => (m[1] ?? '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
}

export async function startSmsHarness(opts: SmsHarnessOptions = {}): Promise<SmsHarness> {
  const storage = opts.storage ?? new MemoryStorage();
  const turnLock = new InMemoryTurnLock();
  const resumeCodes = opts.resumeCodes ?? new InMemoryResumeCodes(60_000);
  const config = parseConfig({ LOG_LEVEL: 'silent' });
  const { server, bot } = createServer({ config, engine: testEngine(), storage, turnLock, now: () => TODAY, resumeCodes });
  const stores: SmsStores = { ...createInMemorySmsStores({ ttlSeconds: 3600 }), ...opts.stores };
  const authToken = opts.authToken === null ? undefined : (opts.authToken ?? AUTH_TOKEN);
  const publicUrl = opts.publicUrl ?? PUBLIC_URL;
  const mount = registerSms(server, {
    bot,
    turnLock,
    ...stores,
    ...(opts.rest ? { rest: opts.rest } : {}),
    config: {
      ...(authToken ? { authToken } : {}),
      allowUnsigned: opts.allowUnsigned ?? false,
      publicUrl,
      salt: SALT,
      resumePromptHours: opts.resumePromptHours ?? 24,
    },
    ...(opts.clock ? { now: opts.clock } : {}),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const postRaw = async (body: string, headers: Record<string, string>, path = '/api/sms'): Promise<SmsReply> => {
    const res = await fetch(`${url}${path}`, { method: 'POST', headers, body });
    const raw = await res.text();
    const messages = twimlMessages(raw);
    return { status: res.status, contentType: res.headers.get('content-type') ?? '', raw, messages, text: messages.join('\n') };
  };

  const text: SmsHarness['text'] = async (from, body, o = {}) => {
    const messageSid = o.messageSid ?? newMessageSid();
    const params: Record<string, string> = {
      ToCountry: 'GB', SmsMessageSid: messageSid, NumMedia: '0', SmsSid: messageSid, SmsStatus: 'received',
      Body: body, FromCountry: 'GB', To: OUR_NUMBER, NumSegments: '1', MessageSid: messageSid,
      AccountSid: 'AC00000000000000000000000000000001', From: from, ApiVersion: '2010-04-01', ...o.extra,
    };
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
    const sign = o.sign ?? 'good';
    if (sign !== 'none') {
      const sig = twilioSignature(authToken ?? 'no-token', `${publicUrl}/api/sms`, params);
      headers['x-twilio-signature'] = sign === 'good' ? sig : twilioSignature('wrong-token-123', `${publicUrl}/api/sms`, params);
    }
    return postRaw(new URLSearchParams(params).toString(), headers);
  };

  const web = () => {
    const id = `conv-${randomUUID()}`;
    return {
      id,
      async say(t: string): Promise<BotActivity[]> {
        const res = await fetch(`${url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            type: 'message', text: t, channelId: 'test', serviceUrl: 'http://127.0.0.1:1', conversation: { id },
            from: { id: `user-${id}` }, recipient: { id: 'signpost' }, id: randomUUID(), timestamp: new Date().toISOString(),
            deliveryMode: 'expectReplies',
          }),
        });
        const json = (await res.json()) as { activities?: BotActivity[] };
        return (json.activities ?? []).filter((a) => a.type === 'message');
      },
    };
  };

  return {
    url, storage, stores, mount, resumeCodes, text, postRaw, web,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
