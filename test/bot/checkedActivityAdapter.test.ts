/**
 * CheckedActivityAdapter.processChecked does what CloudAdapter.process does after its body checks:
 * ISO dates become Dates (text kept as raw…), the turn's invoke response is the HTTP answer (the
 * replies, for expectReplies), and a request not signed for the bot is refused. Its failures answer in
 * the service's own shape (a code and plain words) and log the code only.
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { ConfigurationBotFrameworkAuthentication, MemoryStorage, type Activity, type TurnContext } from 'botbuilder';
import type { Request, Response } from 'restify';
import { CheckedActivityAdapter } from '../../src/bots/checkedActivityAdapter';
import { parseConfig } from '../../src/config';
import { configureLogger } from '../../src/logger';
import { createServer } from '../../src/server';
import { InMemoryTurnLock } from '../../src/state/turnLock';
import { testEngine } from '../support/knowledge';

/** A response that records what was sent. */
function recordingResponse(): { res: Response; sent: { status?: number; body?: unknown; ended: boolean } } {
  const sent: { status?: number; body?: unknown; ended: boolean } = { ended: false };
  const res = {
    status: (code: number) => { sent.status = code; return code; },
    send: (body: unknown) => { sent.body = body; },
    end: () => { sent.ended = true; },
  } as unknown as Response;
  return { res, sent };
}

const request = (authorization?: string) => ({ headers: authorization ? { authorization } : {} }) as unknown as Request;

function activity(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message', channelId: 'test', serviceUrl: 'http://127.0.0.1:1', conversation: { id: `c-${randomUUID()}` },
    from: { id: 'user' }, recipient: { id: 'bot' }, id: randomUUID(), text: 'hello', ...extra,
  };
}

describe('CheckedActivityAdapter.processChecked', () => {
  const adapter = new CheckedActivityAdapter(new ConfigurationBotFrameworkAuthentication({}));

  it('turns ISO date text into Dates, keeping the text, as CloudAdapter.process does', async () => {
    let seen: (Activity & Record<string, unknown>) | undefined;
    const { res, sent } = recordingResponse();
    const stamp = '2026-11-22T10:15:00.000Z';
    await adapter.processChecked(request(), res, activity({ timestamp: stamp, localTimestamp: '2026-11-22T10:15:00+00:00', expiration: stamp }),
      async (ctx: TurnContext) => { seen = ctx.activity as Activity & Record<string, unknown>; });
    expect(seen?.timestamp).toBeInstanceOf(Date);
    expect(seen?.timestamp?.toISOString()).toBe(stamp);
    expect(seen?.rawTimestamp).toBe(stamp);
    expect(seen?.localTimestamp).toBeInstanceOf(Date);
    expect(seen?.rawLocalTimestamp).toBe('2026-11-22T10:15:00+00:00');
    expect(seen?.expiration).toBeInstanceOf(Date);
    expect(sent).toEqual({ status: 200, ended: true });
  });

  it("answers with the turn's replies for expectReplies", async () => {
    const { res, sent } = recordingResponse();
    await adapter.processChecked(request(), res, activity({ deliveryMode: 'expectReplies' }), async (ctx) => {
      await ctx.sendActivity('one');
      await ctx.sendActivity('two');
    });
    expect(sent.status).toBe(200);
    expect((sent.body as { activities: Activity[] }).activities.map((a) => a.text)).toEqual(['one', 'two']);
  });
});

describe('/api/messages with an app id configured', () => {
  it('refuses a request without an Authorization header: 401 SP_UNAUTHORIZED, and the turn never runs', async () => {
    const lines: string[] = [];
    configureLogger('info', (line) => lines.push(line));
    const config = parseConfig({ LOG_LEVEL: 'info', MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001', MICROSOFT_APP_PASSWORD: 'not-a-real-secret' });
    const storage = new MemoryStorage();
    const { server } = createServer({ config, engine: testEngine(), storage, turnLock: new InMemoryTurnLock() });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const body = activity({ text: 'my secret words', deliveryMode: 'expectReplies' });
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body),
      });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ code: 'SP_UNAUTHORIZED', message: expect.any(String) });
      const stored = await storage.read([`test/conversations/${(body.conversation as { id: string }).id}/`]);
      expect(stored).toEqual({});
      expect(lines.some((l) => JSON.parse(l).code === 'SP_UNAUTHORIZED')).toBe(true);
      expect(lines.join('\n')).not.toContain('my secret words');
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      configureLogger('silent');
    }
  });
});
