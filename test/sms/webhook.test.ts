/**
 * The webhook over HTTP: signed requests (fixtures signed outside this codebase) are answered with
 * TwiML; unsigned or badly signed ones get 403 and nothing is processed (no bot turn, no state, no
 * number kept); the route is off without an auth token unless unsigned requests are allowed;
 * retried MessageSids are answered once; logs never carry numbers or message text.
 */
import { MemoryStorage } from 'botbuilder';
import { configureLogger } from '../../src/logger';
import type { Storage, StoreItems } from '../../src/state/storage';
import * as restify from 'restify';
import type { AddressInfo } from 'node:net';
import { InMemoryTurnLock } from '../../src/state/turnLock';
import { createInMemorySmsStores, hashPhone, registerSms, twilioSignature } from '../../channels/sms';
import { AUTH_TOKEN, newMessageSid, PUBLIC_URL, SALT, startSmsHarness, twimlMessages, type SmsHarness } from './smsHarness';
import { signedFixture } from './fixtures';

/** Counts what the bot reads and writes. */
class SpyStorage implements Storage {
  reads = 0;
  writes = 0;
  private readonly inner = new MemoryStorage();
  async read(keys: string[]): Promise<StoreItems> { this.reads++; return this.inner.read(keys); }
  async write(changes: StoreItems): Promise<void> { this.writes++; return this.inner.write(changes); }
  async delete(keys: string[]): Promise<void> { return this.inner.delete(keys); }
}

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const lines: string[] = [];
beforeAll(() => configureLogger('debug', (l) => lines.push(l)));
afterAll(() => configureLogger('silent'));

describe('signed fixtures', () => {
  let h: SmsHarness;
  let storage: SpyStorage;
  const f = signedFixture('inbound-signed.json');
  beforeAll(async () => {
    storage = new SpyStorage();
    h = await startSmsHarness({ authToken: f.authToken, publicUrl: 'https://signpost.example.org', storage });
  });
  afterAll(() => h.close());

  it('accepts a request signed by Twilio\'s algorithm and answers in TwiML', async () => {
    const r = await h.postRaw(new URLSearchParams(f.params).toString(), { ...FORM, 'x-twilio-signature': f.signature });
    expect(r.status).toBe(200);
    expect(r.contentType).toMatch(/^text\/xml/);
    expect(r.raw.startsWith('<?xml version="1.0" encoding="UTF-8"?><Response><Message>')).toBe(true);
    expect(r.messages).toHaveLength(1);
    expect(r.text).toContain("I'm Signpost");
    expect(r.text).toContain('Reply YES or NO.');
    expect(storage.writes).toBeGreaterThan(0);
  });

  it('accepts a webhook URL with a query string and repeated parameters', async () => {
    const q = signedFixture('inbound-signed-query.json');
    const r = await h.postRaw(new URLSearchParams(q.params).toString(), { ...FORM, 'x-twilio-signature': q.signature }, '/api/sms?tenant=cab');
    expect(r.status).toBe(200);
    expect(r.messages.length).toBe(1);
  });

  it('answers a retried MessageSid once', async () => {
    const before = storage.writes;
    const r = await h.postRaw(new URLSearchParams(f.params).toString(), { ...FORM, 'x-twilio-signature': f.signature });
    expect(r.status).toBe(200);
    expect(r.raw).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
    expect(storage.writes).toBe(before);
  });
});

describe('unsigned and badly signed requests', () => {
  let h: SmsHarness;
  let storage: SpyStorage;
  const from = '+447700900222';
  const hash = hashPhone(SALT, from);
  beforeAll(async () => {
    storage = new SpyStorage();
    h = await startSmsHarness({ storage });
  });
  afterAll(() => h.close());

  const nothingProcessed = async () => {
    expect(storage.reads).toBe(0);
    expect(storage.writes).toBe(0);
    expect(await h.stores.phones.lookup(hash)).toBeUndefined();
    expect(await h.stores.sessions.get(hash)).toBeUndefined();
  };

  it.each([['none'], ['bad']] as const)('signature %s: 403 SP_SMS_SIGNATURE_INVALID and nothing processed', async (sign) => {
    const messageSid = newMessageSid();
    const r = await h.text(from, 'hello', { sign, messageSid });
    expect(r.status).toBe(403);
    expect(JSON.parse(r.raw)).toEqual({ code: 'SP_SMS_SIGNATURE_INVALID', message: expect.any(String) });
    await nothingProcessed();
    // The sid was not claimed: the genuine request is still processed.
    const ok = await h.text(from, 'hello', { messageSid });
    expect(ok.status).toBe(200);
    await h.stores.phones.forget(hash);
    await h.stores.sessions.delete(hash);
    storage.reads = 0;
    storage.writes = 0;
  });

  it('403 when the signed body was changed on the way', async () => {
    const f = signedFixture('inbound-signed.json');
    const tampered = f.params.map(([k, v]) => [k, k === 'Body' ? 'STOP' : v]);
    const r = await h.postRaw(new URLSearchParams(tampered).toString(), { ...FORM, 'x-twilio-signature': f.signature });
    expect(r.status).toBe(403);
    await nothingProcessed();
  });

  it('403 for a body that is not a form (the signature cannot match)', async () => {
    const r = await h.postRaw(JSON.stringify({ From: from, Body: 'hi', MessageSid: newMessageSid() }), { 'content-type': 'application/json', 'x-twilio-signature': 'abc=' });
    expect(r.status).toBe(403);
    await nothingProcessed();
  });

  it('400 for a signed request without the fields a text needs', async () => {
    const r = await h.text(from, 'hi', { extra: { From: '' } });
    expect(r.status).toBe(400);
    expect(JSON.parse(r.raw).code).toBe('SP_BAD_REQUEST');
    await nothingProcessed();
  });
});

describe('without an auth token', () => {
  it('the route is off: 403 SP_SMS_DISABLED, nothing processed', async () => {
    const storage = new SpyStorage();
    const h = await startSmsHarness({ authToken: null, storage });
    try {
      expect(h.mount.enabled).toBe(false);
      const r = await h.text('+447700900333', 'hello', { sign: 'none' });
      expect(r.status).toBe(403);
      expect(JSON.parse(r.raw).code).toBe('SP_SMS_DISABLED');
      expect(storage.reads + storage.writes).toBe(0);
    } finally {
      await h.close();
    }
  });

  it('with SMS_ALLOW_UNSIGNED (local development) unsigned texts are processed', async () => {
    const h = await startSmsHarness({ authToken: null, allowUnsigned: true });
    try {
      expect(h.mount).toMatchObject({ enabled: true, signed: false });
      const r = await h.text('+447700900333', 'hello', { sign: 'none' });
      expect(r.status).toBe(200);
      expect(r.text).toContain('Reply YES or NO.');
    } finally {
      await h.close();
    }
  });

  it('an auth token always wins over SMS_ALLOW_UNSIGNED', async () => {
    const h = await startSmsHarness({ allowUnsigned: true });
    try {
      expect((await h.text('+447700900333', 'hello', { sign: 'none' })).status).toBe(403);
    } finally {
      await h.close();
    }
  });
});

describe('turns', () => {
  let h: SmsHarness;
  beforeAll(async () => { h = await startSmsHarness(); });
  afterAll(() => h.close());

  it('serialises texts that arrive together from one number', async () => {
    const from = '+447700900444';
    const replies = await Promise.all(['hi', 'hello', 'hey', 'hiya'].map((t) => h.text(from, t)));
    for (const r of replies) {
      expect(r.status).toBe(200);
      expect(r.messages).toHaveLength(1);
    }
  });

  it('a picture with no words gets a plain-words answer and does not run the bot', async () => {
    const r = await h.text('+447700900445', '', { extra: { NumMedia: '1', MediaUrl0: 'https://api.twilio.com/media/1', MediaContentType0: 'image/jpeg' } });
    expect(r.status).toBe(200);
    expect(r.text).toContain('only read text');
  });
});

describe('a failing turn', () => {
  it('answers with an apology in plain words, and the next text works', async () => {
    const server = restify.createServer();
    server.use(restify.plugins.bodyParser({ mapParams: false }));
    let fail = true;
    registerSms(server, {
      bot: { run: async (ctx) => { if (fail) throw new Error('boom'); await ctx.sendActivity('fine'); } },
      turnLock: new InMemoryTurnLock(),
      ...createInMemorySmsStores({ ttlSeconds: 60 }),
      config: { authToken: AUTH_TOKEN, allowUnsigned: false, publicUrl: PUBLIC_URL, salt: SALT, resumePromptHours: 24 },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const send = async () => {
        const params = { MessageSid: newMessageSid(), From: '+447700900446', To: '+447700900001', Body: 'hello' };
        const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/sms`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(AUTH_TOKEN, `${PUBLIC_URL}/api/sms`, params) },
          body: new URLSearchParams(params).toString(),
        });
        return { status: res.status, messages: twimlMessages(await res.text()) };
      };
      const failed = await send();
      expect(failed.status).toBe(200);
      expect(failed.messages.join(' ')).toContain('Sorry, something went wrong on my side');
      fail = false;
      expect((await send()).messages).toEqual(['fine']);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('privacy', () => {
  it('logs carry no phone numbers and no message text', async () => {
    const h = await startSmsHarness();
    try {
      const from = '+447700900987';
      await h.text(from, 'Hello there Signpost');
      await h.text(from, 'yes');
      await h.text(from, 'STOP');
      await h.text(from, 'secret words', { sign: 'bad' });
      const all = lines.join('\n');
      expect(lines.length).toBeGreaterThan(0);
      for (const needle of [from, from.slice(1), '7700900987', 'Hello there', 'secret words', hashPhone(SALT, from)]) expect(all).not.toContain(needle);
    } finally {
      await h.close();
    }
  });
});
