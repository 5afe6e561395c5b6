/**
 * Texts sent outside a webhook turn (an adviser's reply) go through the REST API: here a loopback
 * HTTP stand-in for Twilio's `POST /2010-04-01/Accounts/{sid}/Messages.json` checks the path,
 * basic auth and form fields. Opt-outs, deleted data and API errors are refused with codes.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TurnContext } from 'botbuilder';
import { configureLogger } from '../../src/logger';
import { SignpostError } from '../../src/errors';
import { parseConfig } from '../../src/config';
import {
  hashPhone, conversationIdOf, restClientFromConfig, SmsRestClient, SmsSendError, smsContent,
} from '../../channels/sms';
import { countSegments } from '../../channels/sms/segments';
import { SALT, startSmsHarness, type SmsHarness } from './smsHarness';

const SID = 'AC0123456789abcdef0123456789abcdef';
const TOKEN = 'rest-auth-token-55aa';
const FROM = '+447700900001';

interface Captured { method: string; path: string; auth: string; contentType: string; form: Record<string, string> }

/** A loopback stand-in for the Twilio REST API. */
class FakeTwilio {
  readonly requests: Captured[] = [];
  /** The next answers (status, JSON body); default 201 with a sid. */
  readonly answers: { status: number; body: unknown }[] = [];
  private server!: Server;
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, body }) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage): Promise<{ status: number; body: unknown }> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
    this.requests.push({ method: req.method ?? '', path: req.url ?? '', auth: req.headers.authorization ?? '', contentType: req.headers['content-type'] ?? '', form });
    return this.answers.shift() ?? { status: 201, body: { sid: `SM${String(this.requests.length).padStart(32, '0')}`, status: 'queued' } };
  }
}

const lines: string[] = [];
beforeAll(() => configureLogger('debug', (l) => lines.push(l)));
afterAll(() => configureLogger('silent'));

let twilio: FakeTwilio;
let h: SmsHarness;
beforeAll(async () => {
  twilio = new FakeTwilio();
  await twilio.start();
  h = await startSmsHarness({ rest: new SmsRestClient({ baseUrl: `${twilio.url}/`, accountSid: SID, authToken: TOKEN, from: FROM }) });
});
afterAll(async () => { await h.close(); await twilio.stop(); });
beforeEach(() => { twilio.requests.length = 0; });

let n = 0;
const newNumber = () => `+4477009${String(30000 + ++n).slice(-5)}`;
const referenceFor = (phone: string) => ({
  channelId: 'sms', serviceUrl: 'https://sms.signpost.invalid/',
  conversation: { id: conversationIdOf(hashPhone(SALT, phone)) } as never,
  user: { id: hashPhone(SALT, phone), name: '' }, bot: { id: 'signpost', name: 'Signpost' },
});
/** What a handoff would do: a proactive message on a stored reference. */
const adviserSays = (phone: string, ...texts: string[]) =>
  h.mount.adapter.continueConversationAsync('', referenceFor(phone), async (ctx: TurnContext) => {
    for (const t of texts) await ctx.sendActivity(t);
  });

describe('proactive texts through the REST API', () => {
  it('sends an adviser\'s message to the number, from our number, with basic auth', async () => {
    const phone = newNumber();
    await h.text(phone, 'hi');
    await adviserSays(phone, 'Hello, this is **Sam** from Citizens Advice. I’ve read your answers.');
    expect(twilio.requests).toHaveLength(1);
    const [req] = twilio.requests;
    expect(req).toMatchObject({
      method: 'POST',
      path: `/2010-04-01/Accounts/${SID}/Messages.json`,
      auth: `Basic ${Buffer.from(`${SID}:${TOKEN}`).toString('base64')}`,
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(req?.form).toEqual({ To: phone, From: FROM, Body: "Hello, this is Sam from Citizens Advice. I've read your answers." });
  });

  it('a long message is cut to 3 parts; MORE sends the rest in the next webhook reply', async () => {
    const phone = newNumber();
    await h.text(phone, 'hi');
    const long = Array.from({ length: 20 }, (_v, i) => `Point ${i + 1}: here is some advice for you.`).join(' ');
    await adviserSays(phone, long);
    const body = twilio.requests[0]?.form.Body ?? '';
    expect(countSegments(body)).toBeLessThanOrEqual(3);
    expect(body.endsWith(smsContent().more)).toBe(true);
    const more = await h.text(phone, 'MORE');
    expect(more.text).toContain('Point 20');
  });

  it('uses MessagingServiceSid when the sender is a messaging service', async () => {
    const client = new SmsRestClient({ baseUrl: twilio.url, accountSid: SID, authToken: TOKEN, from: 'MG0123456789abcdef0123456789abcdef' });
    await client.send({ to: '+447700900999', body: 'hi' });
    expect(twilio.requests[0]?.form).toEqual({ To: '+447700900999', MessagingServiceSid: 'MG0123456789abcdef0123456789abcdef', Body: 'hi' });
  });

  it('nothing is sent to someone who opted out (SP_SMS_OPTED_OUT)', async () => {
    const phone = newNumber();
    await h.text(phone, 'hi');
    await h.text(phone, 'STOP');
    await expect(adviserSays(phone, 'Are you there?')).rejects.toMatchObject({ code: 'SP_SMS_OPTED_OUT' });
    expect(twilio.requests).toHaveLength(0);
  });

  it('Twilio\'s 21610 (unsubscribed) is recorded as an opt-out', async () => {
    const phone = newNumber();
    await h.text(phone, 'hi');
    twilio.answers.push({ status: 400, body: { code: 21610, message: 'Attempt to send to unsubscribed recipient', status: 400 } });
    const err = await adviserSays(phone, 'Hello?').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SmsSendError);
    expect(err).toMatchObject({ code: 'SP_SMS_SEND_FAILED', httpStatus: 400, twilioCode: 21610 });
    expect(await h.stores.optOuts.isOptedOut(hashPhone(SALT, phone))).toBe(true);
    expect((err as Error).message).not.toContain(phone);
  });

  it('a server error is SP_SMS_SEND_FAILED and does not opt the person out', async () => {
    const phone = newNumber();
    await h.text(phone, 'hi');
    twilio.answers.push({ status: 500, body: { message: 'oops' } });
    await expect(adviserSays(phone, 'Hello?')).rejects.toMatchObject({ code: 'SP_SMS_SEND_FAILED', httpStatus: 500 });
    expect(await h.stores.optOuts.isOptedOut(hashPhone(SALT, phone))).toBe(false);
  });

  it('after "delete my data" the number is gone (SP_SMS_NUMBER_UNKNOWN)', async () => {
    const phone = newNumber();
    await h.text(phone, 'hi');
    await h.text(phone, 'yes');
    const deleted = await h.text(phone, 'delete my data');
    expect(deleted.text).toContain('deleted');
    expect(await h.stores.phones.lookup(hashPhone(SALT, phone))).toBeUndefined();
    expect(await h.stores.sessions.get(hashPhone(SALT, phone))).toBeUndefined();
    await expect(adviserSays(phone, 'Hello?')).rejects.toMatchObject({ code: 'SP_SMS_NUMBER_UNKNOWN' });
    expect(twilio.requests).toHaveLength(0);
  });

  it('a reference that is not an SMS conversation is refused', async () => {
    await expect(h.mount.adapter.continueConversationAsync('', { conversation: { id: 'webchat-123' } as never }, async () => undefined))
      .rejects.toBeInstanceOf(SignpostError);
  });

  it('update and delete are not supported', async () => {
    const ctx = new TurnContext(h.mount.adapter, { type: 'message', conversation: { id: 'sms-x' } as never });
    await expect(h.mount.adapter.updateActivity(ctx, {})).rejects.toMatchObject({ code: 'SP_SMS_NOT_SUPPORTED' });
    await expect(h.mount.adapter.deleteActivity(ctx, {})).rejects.toMatchObject({ code: 'SP_SMS_NOT_SUPPORTED' });
  });

  it('logs no numbers or message text', () => {
    const all = lines.join('\n');
    expect(all).toContain('SP_SMS_SENT');
    expect(all).not.toMatch(/\+4477009/);
    expect(all).not.toContain('Citizens Advice');
  });
});

describe('without a REST client', () => {
  it('proactive texts fail with SP_SMS_NOT_CONFIGURED', async () => {
    const local = await startSmsHarness();
    try {
      const phone = newNumber();
      await local.text(phone, 'hi');
      await expect(local.mount.adapter.continueConversationAsync('', referenceFor(phone), (ctx) => ctx.sendActivity('hi').then(() => undefined)))
        .rejects.toMatchObject({ code: 'SP_SMS_NOT_CONFIGURED' });
    } finally {
      await local.close();
    }
  });

  it('restClientFromConfig needs the SID, token and sender', () => {
    expect(restClientFromConfig(parseConfig({}))).toBeUndefined();
    expect(restClientFromConfig(parseConfig({ TWILIO_ACCOUNT_SID: SID, TWILIO_AUTH_TOKEN: TOKEN }))).toBeUndefined();
    expect(restClientFromConfig(parseConfig({ TWILIO_ACCOUNT_SID: SID, TWILIO_AUTH_TOKEN: TOKEN, TWILIO_FROM: FROM }))).toBeInstanceOf(SmsRestClient);
  });

  it('a network failure is SP_SMS_SEND_FAILED with status 0', async () => {
    const client = new SmsRestClient({ baseUrl: 'http://127.0.0.1:1', accountSid: SID, authToken: TOKEN, from: FROM, timeoutMs: 2000 });
    await expect(client.send({ to: '+447700900999', body: 'hi' })).rejects.toMatchObject({ code: 'SP_SMS_SEND_FAILED', httpStatus: 0 });
  });
});
