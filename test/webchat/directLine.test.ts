/**
 * Contract tests for the Direct Line 3.0 subset over HTTP, against the real app (`createServer` +
 * `registerDirectLine`): start, post, poll with a watermark, echo with `clientActivityID`, a short
 * exchange, token refresh, isolation between conversations, auth failures, bad bodies, unknown
 * conversations, and the adapter's proactive path.
 */
import { TurnContext } from 'botbuilder';
import { askIn, type BotActivity } from '../support/botClient';
import { startHarness, webChatMessage, type Harness } from './directLineHarness';

let h: Harness;
beforeAll(async () => { h = await startHarness(); });
afterAll(async () => { await h.close(); });

const messages = (activities: any[]): BotActivity[] => activities.filter((a) => a.type === 'message' && a.from?.role === 'bot');
const MINUTE = 60_000;

async function watermarkOf(conversationId: string, token: string): Promise<string> {
  const r = await h.poll(conversationId, token);
  expect(r.status).toBe(200);
  return r.body.watermark;
}

describe('starting a conversation', () => {
  it('issues a token for a new conversation from /api/webchat/token', async () => {
    const r = await h.call('POST', '/api/webchat/token');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ token: expect.any(String), conversationId: expect.stringMatching(/^[A-Za-z0-9_-]{8,}$/), expires_in: 1800 });
    expect(r.headers.get('cache-control')).toBe('no-store');
    const other = await h.call('POST', '/api/webchat/token');
    expect(other.body.conversationId).not.toBe(r.body.conversationId);
  });

  it('starts with 201 { conversationId, token, expires_in } and the greeting asks for consent', async () => {
    const { token, conversationId } = await h.newToken();
    const r = await h.call('POST', '/v3/directline/conversations', { token, body: { user: {}, locale: 'en-GB' } });
    expect(r.status).toBe(201);
    expect(r.body).toEqual({ conversationId, token, expires_in: expect.any(Number) });
    expect(r.body.expires_in).toBeGreaterThan(1700);
    expect(r.body).not.toHaveProperty('streamUrl');
    expect(h.lockKeys).toContain(`webchat/${conversationId}`);

    const page = await h.poll(conversationId, token);
    expect(page.status).toBe(200);
    const { activities, watermark } = page.body;
    // conversationUpdate is not delivered; every logged activity is from the bot, in order, with ids and timestamps.
    expect(activities.length).toBeGreaterThan(0);
    expect(watermark).toBe(String(activities.length));
    activities.forEach((a: any, i: number) => {
      expect(a).toMatchObject({
        id: `${conversationId}|${i}`, type: 'message', channelId: 'webchat',
        conversation: { id: conversationId }, from: { id: 'signpost', role: 'bot' },
      });
      expect(Number.isNaN(Date.parse(a.timestamp))).toBe(false);
      expect(a).not.toHaveProperty('replyToId'); // a reply to the unlogged conversationUpdate would stall Web Chat
    });
    expect(askIn(messages(activities))?.fact).toBe('consent');
  });

  it('answers 200 with the same conversation when the token\'s conversation already exists (no second greeting)', async () => {
    const { token, conversationId } = await h.start();
    const before = await watermarkOf(conversationId, token);
    const again = await h.call('POST', '/v3/directline/conversations', { token, body: {} });
    expect(again.status).toBe(200);
    expect(again.body).toEqual({ conversationId, token, expires_in: expect.any(Number) });
    expect(await watermarkOf(conversationId, token)).toBe(before);
    const reconnect = await h.call('GET', `/v3/directline/conversations/${conversationId}?watermark=${before}`, { token });
    expect(reconnect.status).toBe(200);
    expect(reconnect.body).toEqual({ conversationId, token, expires_in: expect.any(Number) });
  });
});

describe('posting and polling', () => {
  it('echoes the person\'s activity with its clientActivityID, then the replies; a watermark returns only newer ones', async () => {
    const { token, conversationId } = await h.start();
    const w0 = await watermarkOf(conversationId, token);

    const posted = await h.say(conversationId, token, 'yes', 'client-42');
    expect(posted.status).toBe(200);
    expect(posted.body).toEqual({ id: `${conversationId}|${w0}` });

    const page = await h.poll(conversationId, token, w0);
    const [echo, ...replies] = page.body.activities;
    expect(echo).toMatchObject({
      id: posted.body.id, type: 'message', text: 'yes', channelId: 'webchat',
      conversation: { id: conversationId }, from: { id: 'r_abc123', role: 'user' },
      recipient: { id: 'signpost', role: 'bot' }, serviceUrl: expect.any(String),
      channelData: { clientActivityID: 'client-42' }, locale: 'en-GB',
    });
    expect(Number.isNaN(Date.parse(echo.timestamp))).toBe(false);
    expect(replies.length).toBeGreaterThan(0);
    for (const reply of replies) expect(reply).toMatchObject({ from: { role: 'bot' }, replyToId: posted.body.id });
    expect(askIn(messages(replies))?.fact).toBe('nation');
    expect(Number(page.body.watermark)).toBe(Number(w0) + 1 + replies.length);

    const empty = await h.poll(conversationId, token, page.body.watermark);
    expect(empty.body).toEqual({ activities: [], watermark: page.body.watermark });
  });

  it('runs a short exchange: consent, then the next asked fact, each answer moving the triage on', async () => {
    const { token, conversationId } = await h.start();
    let watermark = await watermarkOf(conversationId, token);
    const turn = async (text: string) => {
      expect((await h.say(conversationId, token, text)).status).toBe(200);
      const page = await h.poll(conversationId, token, watermark);
      watermark = page.body.watermark;
      return messages(page.body.activities);
    };
    const first = askIn(await turn('yes'));
    expect(first?.fact).toBe('nation');
    const england = first?.choices?.find((c) => c.value === 'england')?.title ?? 'England';
    const second = askIn(await turn(england));
    expect(second).toBeDefined();
    expect(second?.fact).not.toBe('nation');
  });

  it('logs codes and hashed refs only: no message text, conversation ids or tokens', async () => {
    const { token, conversationId } = await h.start();
    await h.say(conversationId, token, 'yes my secret words');
    await h.call('GET', `/v3/directline/conversations/${conversationId}/activities`, { token: `${token}x` });
    const all = h.logs.join('\n');
    expect(all).not.toContain('secret words');
    expect(all).not.toContain(conversationId);
    expect(all).not.toContain(token);
  });
});

describe('tokens', () => {
  it('refreshes to a new token for the same conversation; the old one works until it expires', async () => {
    const { token, conversationId } = await h.start();
    h.advance(10 * MINUTE);
    const r = await h.call('POST', '/v3/directline/tokens/refresh', { token });
    expect(r.status).toBe(200);
    expect(r.body).toEqual({ conversationId, token: expect.any(String), expires_in: 1800 });
    const fresh = r.body.token as string;
    expect(fresh).not.toBe(token);
    expect((await h.poll(conversationId, fresh)).status).toBe(200);
    expect((await h.poll(conversationId, token)).status).toBe(200);

    h.advance(21 * MINUTE); // the old token (30 min) has expired; the fresh one has 9 minutes left
    const old = await h.poll(conversationId, token);
    expect(old.status).toBe(403);
    expect(old.body).toEqual({ error: { code: 'SP_DL_TOKEN_EXPIRED', message: expect.any(String) } });
    expect((await h.say(conversationId, token, 'yes')).status).toBe(403);
    expect((await h.call('POST', '/v3/directline/tokens/refresh', { token })).status).toBe(403);
    expect((await h.poll(conversationId, fresh)).status).toBe(200);
    expect((await h.say(conversationId, fresh, 'yes')).status).toBe(200);
  });

  it('rejects another conversation\'s token with 403 for GET and POST, storing nothing', async () => {
    const a = await h.start();
    const b = await h.start();
    const before = await watermarkOf(b.conversationId, b.token);
    const get = await h.poll(b.conversationId, a.token);
    expect(get.status).toBe(403);
    expect(get.body).toEqual({ error: { code: 'SP_DL_FORBIDDEN', message: expect.any(String) } });
    const post = await h.say(b.conversationId, a.token, 'yes');
    expect(post.status).toBe(403);
    expect(post.body.error.code).toBe('SP_DL_FORBIDDEN');
    const reconnect = await h.call('GET', `/v3/directline/conversations/${b.conversationId}`, { token: a.token });
    expect(reconnect.status).toBe(403);
    expect(await watermarkOf(b.conversationId, b.token)).toBe(before);
  });

  it('answers 401 with a code for no token, a non-Bearer header and tampered or foreign tokens', async () => {
    const { token, conversationId } = await h.start();
    const path = `/v3/directline/conversations/${conversationId}/activities`;
    const [payload, signature] = token.split('.') as [string, string];
    const flip = (s: string, i: number) => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);
    const forged = Buffer.from(JSON.stringify({ conversationId, expiresAt: Date.now() + 3_600_000 })).toString('base64url');
    const attempts: Record<string, { authorization?: string; token?: string }> = {
      none: {},
      basic: { authorization: `Basic ${token}` },
      empty: { authorization: 'Bearer ' },
      payloadChanged: { token: `${forged}.${signature}` },
      signatureChanged: { token: `${payload}.${flip(signature, 5)}` },
      signatureLastChar: { token: `${payload}.${flip(signature, signature.length - 1)}` },
      truncated: { token: token.slice(0, -3) },
      garbage: { token: 'not-a-token' },
    };
    for (const [name, auth] of Object.entries(attempts)) {
      for (const method of ['GET', 'POST'] as const) {
        const r = await h.call(method, path, { ...auth, ...(method === 'POST' ? { body: webChatMessage('yes', 'c') } : {}) });
        expect([name, method, r.status, r.body?.error?.code]).toEqual([name, method, 401, 'SP_DL_UNAUTHORIZED']);
      }
    }
    expect((await h.call('POST', '/v3/directline/conversations', {})).status).toBe(401);
    expect((await h.call('POST', '/v3/directline/tokens/refresh', { token: 'x.y' })).status).toBe(401);
  });

  it('treats an expired token as 403 SP_DL_TOKEN_EXPIRED (DirectLineJS then reports ExpiredToken)', async () => {
    const { token, conversationId } = await h.start();
    h.advance(31 * MINUTE);
    const r = await h.poll(conversationId, token);
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('SP_DL_TOKEN_EXPIRED');
    expect((await h.call('POST', '/v3/directline/conversations', { token })).status).toBe(403);
  });
});

describe('bad input', () => {
  const cases: Record<string, { raw?: string; body?: unknown; contentType?: string }> = {
    notJson: { raw: '{"type": "message", "text": ' },
    notJsonAsText: { raw: 'hello', contentType: 'text/plain' },
    missingType: { body: { ...webChatMessage('yes', 'c'), type: undefined } },
    typing: { body: { ...webChatMessage('', 'c'), type: 'typing' } },
    missingFrom: { body: { ...webChatMessage('yes', 'c'), from: undefined } },
    emptyFromId: { body: { ...webChatMessage('yes', 'c'), from: { id: '' } } },
    textTooLong: { body: webChatMessage('x'.repeat(5001), 'c') },
    textNotString: { body: { ...webChatMessage('yes', 'c'), text: 42 } },
    withAttachment: { body: { ...webChatMessage('yes', 'c'), attachments: [{ contentType: 'image/png', contentUrl: 'blob:x' }] } },
    array: { body: [webChatMessage('yes', 'c')] },
    emptyBody: {},
  };
  for (const [name, c] of Object.entries(cases)) {
    it(`answers 400 with a code and stores nothing: ${name}`, async () => {
      const { token, conversationId } = await h.start();
      const before = await watermarkOf(conversationId, token);
      const r = await h.call('POST', `/v3/directline/conversations/${conversationId}/activities`, { token, ...c });
      expect(r.status).toBe(400);
      expect(r.body).toEqual({ error: { code: 'SP_BAD_REQUEST', message: expect.any(String) } });
      expect(await watermarkOf(conversationId, token)).toBe(before);
    });
  }

  it('accepts exactly 5000 characters', async () => {
    const { token, conversationId } = await h.start();
    expect((await h.say(conversationId, token, 'x'.repeat(5000))).status).toBe(200);
  });

  it('answers 400 for a watermark that is not a whole number', async () => {
    const { token, conversationId } = await h.start();
    const r = await h.poll(conversationId, token, 'abc');
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe('SP_BAD_REQUEST');
  });
});

describe('unknown conversations', () => {
  it('answers 404 for a valid token whose conversation was never started', async () => {
    const { token, conversationId } = await h.newToken();
    for (const r of [
      await h.poll(conversationId, token),
      await h.say(conversationId, token, 'yes'),
      await h.call('GET', `/v3/directline/conversations/${conversationId}`, { token }),
      await h.call('POST', '/v3/directline/tokens/refresh', { token }),
    ]) {
      expect(r.status).toBe(404);
      expect(r.body).toEqual({ error: { code: 'SP_DL_CONVERSATION_NOT_FOUND', message: expect.any(String) } });
    }
  });
});

describe('DirectLineAdapter', () => {
  it('appends proactive messages (continueConversationAsync) to the conversation log', async () => {
    const { token, conversationId } = await h.start();
    const before = await watermarkOf(conversationId, token);
    const reference = { conversation: { id: conversationId }, user: { id: 'r_abc123' }, channelId: 'webchat' } as any;
    await h.adapter.continueConversationAsync('', reference, async (ctx: TurnContext) => {
      expect(ctx.activity).toMatchObject({ type: 'event', name: 'ContinueConversation', conversation: { id: conversationId } });
      await ctx.sendActivity('An adviser has joined.');
    });
    const page = await h.poll(conversationId, token, before);
    expect(page.body.activities).toEqual([expect.objectContaining({
      id: `${conversationId}|${before}`, type: 'message', text: 'An adviser has joined.', from: { id: 'signpost', name: 'Signpost', role: 'bot' },
    })]);
  });

  it('refuses proactive messages to an unknown conversation, and updating or deleting activities', async () => {
    const { conversationId } = await h.newToken();
    await expect(h.adapter.continueConversationAsync('', { conversation: { id: conversationId } } as any, async () => undefined))
      .rejects.toMatchObject({ code: 'SP_DL_CONVERSATION_NOT_FOUND' });
    const ctx = new TurnContext(h.adapter, { type: 'message', conversation: { id: conversationId } as any });
    await expect(h.adapter.updateActivity(ctx, { id: 'x' })).rejects.toMatchObject({ code: 'SP_DL_NOT_SUPPORTED' });
    await expect(h.adapter.deleteActivity(ctx, { activityId: 'x' })).rejects.toMatchObject({ code: 'SP_DL_NOT_SUPPORTED' });
  });
});
