/** The printable summary: only with the conversation's own token, and with the results and checklist. */
import type { AddressInfo } from 'node:net';
import { MemoryStorage } from 'botbuilder';
import { createServer } from '../../src/server';
import { parseConfig } from '../../src/config';
import { InMemoryTurnLock } from '../../src/state/turnLock';
import { InMemoryActivityStore } from '../../channels/webchat';
import { testEngine, TODAY } from '../support/knowledge';

let url: string;
let close: () => Promise<void>;

beforeAll(async () => {
  const { server } = createServer({
    config: parseConfig({ LOG_LEVEL: 'silent' }), engine: testEngine(), storage: new MemoryStorage(), turnLock: new InMemoryTurnLock(),
    now: () => TODAY, webchat: { store: new InMemoryActivityStore({ ttlSeconds: 600 }), secret: 's'.repeat(32) },
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise<void>((r) => server.close(() => r()));
});
afterAll(() => close());

async function conversation(): Promise<{ id: string; token: string; say: (text: string) => Promise<void> }> {
  const t = await (await fetch(`${url}/api/webchat/token`, { method: 'POST' })).json() as { token: string; conversationId: string };
  const auth = { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' };
  await fetch(`${url}/v3/directline/conversations`, { method: 'POST', headers: auth });
  return {
    id: t.conversationId,
    token: t.token,
    say: async (text) => {
      const r = await fetch(`${url}/v3/directline/conversations/${t.conversationId}/activities`, {
        method: 'POST', headers: auth, body: JSON.stringify({ type: 'message', from: { id: 'person' }, text }),
      });
      expect(r.status).toBe(200);
    },
  };
}

describe('GET /summary/:id', () => {
  it('shows the results and the documents checklist to the conversation that owns them', async () => {
    const c = await conversation();
    await c.say('yes');
    await c.say("I'm 80, I live in England on my own and rent from the council. We get £200 a week and have no savings.");
    const res = await fetch(`${url}/summary/${c.id}?token=${encodeURIComponent(c.token)}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('Your Signpost results');
    expect(html).toContain('Pension Credit');
    expect(html).toContain('Documents to have ready');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses another conversation\'s token, a missing token and a tampered one', async () => {
    const a = await conversation();
    const b = await conversation();
    await a.say('yes');
    await a.say("I'm 80 and live in England");
    for (const token of [b.token, '', `${a.token}x`]) {
      const res = await fetch(`${url}/summary/${a.id}?token=${encodeURIComponent(token)}`);
      expect(res.status).toBe(403);
      expect(await res.text()).not.toContain('Pension Credit');
    }
  });

  it('says there is nothing yet before any answer', async () => {
    const c = await conversation();
    const res = await fetch(`${url}/summary/${c.id}?token=${encodeURIComponent(c.token)}`);
    expect(res.status).toBe(404);
  });
});
