/**
 * The case store contract, run against InMemoryCaseStore and RedisCaseStore (real Redis), plus the
 * Redis claim race: two agents on two separate connections claim the same case at once, 100 times.
 */
import { SignpostError, type ErrorCode } from '../../src/errors';
import { configureLogger } from '../../src/logger';
import type { CaseStore } from '../../src/handoff/caseStore';
import { InMemoryCaseStore } from '../../src/handoff/inMemoryCaseStore';
import { RedisCaseStore } from '../../src/handoff/redisCaseStore';
import { withTestRedis } from '../support/redis';
import { clock, newCase } from './support';

const redis = withTestRedis();
configureLogger('silent');
let n = 0;
const sub = () => `${redis.prefix}cases${++n}:`;

async function code(p: Promise<unknown>): Promise<ErrorCode | 'ok'> {
  try {
    await p;
    return 'ok';
  } catch (err) {
    if (err instanceof SignpostError) return err.code;
    throw err;
  }
}

type Make = (now: () => Date) => CaseStore;
const stores: [string, Make, (name: string, fn: () => Promise<unknown>, t?: number) => void][] = [
  ['InMemoryCaseStore', (now) => new InMemoryCaseStore({ now }), (name, fn, t) => it(name, fn, t)],
  ['RedisCaseStore', (now) => new RedisCaseStore({ client: redis.client, prefix: sub(), now }), (name, fn, t) => redis.it(name, fn, t)],
];

describe.each(stores)('%s', (_name, make, test) => {
  test('creates a queued case with an id, times, and every field given', async () => {
    const t = clock();
    const store = make(t.now);
    const c = await store.create(newCase({ level: 'urgent', safety: { category: 'suicide-self-harm' } }));
    expect(c.id).toMatch(/^C-[A-HJ-NP-Z2-9]{6}$/);
    expect(c).toMatchObject({ status: 'queued', level: 'urgent', createdAt: '2026-01-05T10:00:00.000Z', messages: [], safety: { category: 'suicide-self-harm' } });
    expect(c.facts).toEqual({ age: 74, has_partner: true, partner_age: 58, housing: 'rent-private', income: 180 });
    expect(c.transcript).toHaveLength(2);
    expect(await store.get(c.id)).toEqual(c);
    expect(await store.get('C-ZZZZZZ')).toBeUndefined();
    expect(await store.get('../etc')).toBeUndefined();
  });

  test('orders the queue urgent → adviser → offer → request, then oldest first; includes claimed, not closed', async () => {
    const t = clock();
    const store = make(t.now);
    const made: Record<string, string> = {};
    for (const [name, level] of [['request1', 'request'], ['offer1', 'offer'], ['adviser1', 'adviser'], ['urgent1', 'urgent'], ['adviser2', 'adviser'], ['urgent2', 'urgent'], ['closed', 'urgent']] as const) {
      made[name] = (await store.create(newCase({ level }))).id;
      t.advance(1000);
    }
    await store.claim(made.adviser1!, 'alex');
    await store.close(made.closed!, 'alex', 'Dealt with by phone.');
    const order = (await store.listQueue()).map((c) => c.id);
    expect(order).toEqual(['urgent1', 'urgent2', 'adviser1', 'adviser2', 'offer1', 'request1'].map((k) => made[k]));
  });

  test('claim: one agent wins, a second claim is 409, a claim of a closed case is 409, an unknown case 404', async () => {
    const store = make(clock().now);
    const c = await store.create(newCase());
    const claimed = await store.claim(c.id, 'alex');
    expect(claimed).toMatchObject({ status: 'claimed', agentId: 'alex' });
    expect(await code(store.claim(c.id, 'sam'))).toBe('SP_CASE_ALREADY_CLAIMED');
    expect(await code(store.claim(c.id, 'alex'))).toBe('SP_CASE_ALREADY_CLAIMED');
    expect((await store.get(c.id))?.agentId).toBe('alex');
    await store.close(c.id, 'alex', 'Done.');
    expect(await code(store.claim(c.id, 'sam'))).toBe('SP_CASE_CLOSED');
    expect(await code(store.claim('C-ZZZZZZ', 'sam'))).toBe('SP_CASE_NOT_FOUND');
  });

  test('concurrent claims on one instance: exactly one winner', async () => {
    const store = make(clock().now);
    const c = await store.create(newCase());
    const results = await Promise.all(['a1', 'a2', 'a3', 'a4', 'a5'].map((a) => code(store.claim(c.id, a))));
    expect(results.filter((r) => r === 'ok')).toHaveLength(1);
    expect(results.filter((r) => r === 'SP_CASE_ALREADY_CLAIMED')).toHaveLength(4);
  });

  test('release: only the holder, back to queued in its place; release of a queued case is 409', async () => {
    const t = clock();
    const store = make(t.now);
    const older = await store.create(newCase());
    t.advance(60_000);
    const newer = await store.create(newCase());
    await store.claim(older.id, 'alex');
    expect(await code(store.release(older.id, 'sam'))).toBe('SP_CASE_HELD_BY_OTHER');
    expect(await code(store.release(newer.id, 'alex'))).toBe('SP_CASE_NOT_CLAIMED');
    t.advance(60_000);
    const released = await store.release(older.id, 'alex');
    expect(released.status).toBe('queued');
    expect(released.agentId).toBeUndefined();
    expect(released.queuedAt).toBe(t.now().toISOString());
    expect((await store.listQueue()).map((c) => c.id)).toEqual([older.id, newer.id]);
    expect(released.audit.map((a) => a.action)).toEqual(['created', 'claimed', 'released']);
    // Another agent can now claim it.
    expect((await store.claim(older.id, 'sam')).agentId).toBe('sam');
  });

  test('close: the holder or anyone for a queued case; another agent 403; twice 409; needs a note', async () => {
    const store = make(clock().now);
    const held = await store.create(newCase());
    await store.claim(held.id, 'alex');
    expect(await code(store.close(held.id, 'sam', 'Not mine.'))).toBe('SP_CASE_HELD_BY_OTHER');
    expect(await code(store.close(held.id, 'alex', '   '))).toBe('SP_BAD_REQUEST');
    expect((await store.get(held.id))?.status).toBe('claimed');
    const closed = await store.close(held.id, 'alex', 'Helped with a PIP claim.');
    expect(closed).toMatchObject({ status: 'closed', agentId: 'alex', closedNote: 'Helped with a PIP claim.' });
    expect(await code(store.close(held.id, 'alex', 'Again.'))).toBe('SP_CASE_CLOSED');
    const queued = await store.create(newCase());
    expect((await store.close(queued.id, 'sam', 'Called back; sorted.')).status).toBe('closed');
  });

  test('messages: the person while open, the agent only while holding; a closed case is 409 and nothing changes', async () => {
    const store = make(clock().now);
    const c = await store.create(newCase());
    await store.addMessage(c.id, { from: 'person', text: 'Are you there?' });
    expect(await code(store.addMessage(c.id, { from: 'agent', agentId: 'alex', text: 'Hi' }))).toBe('SP_CASE_NOT_CLAIMED');
    await store.claim(c.id, 'alex');
    expect(await code(store.addMessage(c.id, { from: 'agent', agentId: 'sam', text: 'Hi' }))).toBe('SP_CASE_HELD_BY_OTHER');
    const after = await store.addMessage(c.id, { from: 'agent', agentId: 'alex', text: 'Hello, I am Alex.' });
    expect(after.messages.map((m) => [m.from, m.text])).toEqual([['person', 'Are you there?'], ['agent', 'Hello, I am Alex.']]);
    expect(await code(store.addMessage(c.id, { from: 'person', text: '' }))).toBe('SP_BAD_REQUEST');
    expect(await code(store.addMessage(c.id, { from: 'agent', text: 'no agent id' }))).toBe('SP_BAD_REQUEST');
    await store.close(c.id, 'alex', 'Done.');
    expect(await code(store.addMessage(c.id, { from: 'person', text: 'One more thing' }))).toBe('SP_CASE_CLOSED');
    expect(await code(store.addMessage(c.id, { from: 'agent', agentId: 'alex', text: 'Bye' }))).toBe('SP_CASE_CLOSED');
    expect((await store.get(c.id))?.messages).toHaveLength(2);
    expect(await code(store.addMessage('C-ZZZZZZ', { from: 'person', text: 'x' }))).toBe('SP_CASE_NOT_FOUND');
  });

  test('transcript, call-back and the conversation index', async () => {
    const store = make(clock().now);
    const input = newCase();
    const c = await store.create(input);
    expect((await store.findOpenByConversation(input.conversationKey))?.id).toBe(c.id);
    expect(await store.findOpenByConversation('webchat/nobody')).toBeUndefined();
    const more = await store.appendTranscript(c.id, [{ from: 'person', text: 'still waiting', at: '2026-01-05T10:05:00.000Z' }]);
    expect(more.transcript).toHaveLength(3);
    expect(await code(store.setCallback(c.id, { number: 'not a number', time: 'later' }))).toBe('SP_BAD_REQUEST');
    const cb = await store.setCallback(c.id, { number: '07700 900123', time: 'Tomorrow morning' });
    expect(cb.callback).toMatchObject({ number: '07700900123', time: 'Tomorrow morning' });
    expect(cb.asked).toBe('callback');
    await store.close(c.id, 'alex', 'Called back.');
    expect(await store.findOpenByConversation(input.conversationKey)).toBeUndefined();
    expect(await code(store.appendTranscript(c.id, []))).toBe('SP_CASE_CLOSED');
    expect(await code(store.setCallback(c.id, { number: '07700900123', time: 'x' }))).toBe('SP_CASE_CLOSED');
    // A new request from the same conversation opens a new case.
    const again = await store.create({ ...input, transcript: [] });
    expect(again.id).not.toBe(c.id);
  });

  test('a second request from a conversation with an open case updates it (more urgent level, kept place)', async () => {
    const t = clock();
    const store = make(t.now);
    const input = newCase({ level: 'offer', reasons: ['asked'] });
    const first = await store.create(input);
    t.advance(5000);
    const other = await store.create(newCase({ level: 'urgent' }));
    t.advance(5000);
    const second = await store.create({
      ...input, level: 'urgent', reasons: ['safety'], safety: { category: 'no-food' },
      transcript: [...(input.transcript ?? []), { from: 'person', text: 'I have no food', at: '2026-01-05T10:01:00.000Z' }],
    });
    expect(second.id).toBe(first.id);
    expect(second).toMatchObject({ level: 'urgent', reasons: ['asked', 'safety'], safety: { category: 'no-food' }, createdAt: first.createdAt });
    expect(second.transcript).toHaveLength(3);
    expect((await store.listQueue()).map((c) => c.id)).toEqual([first.id, other.id]);
    // A lower level never lowers it.
    expect((await store.create({ ...input, level: 'request' })).level).toBe('urgent');
  });

  test('no-agent is marked once, only on a queued case', async () => {
    const store = make(clock().now);
    const c = await store.create(newCase());
    const marked = await store.markNoAgent(c.id, 'waited');
    expect(marked?.noAgent).toMatchObject({ reason: 'waited' });
    expect(await store.markNoAgent(c.id, 'waited')).toBeUndefined();
    const d = await store.create(newCase());
    await store.claim(d.id, 'alex');
    expect(await store.markNoAgent(d.id, 'closed-hours')).toBeUndefined();
  });

  test('rejects malformed input with SP_BAD_REQUEST and stores nothing', async () => {
    const store = make(clock().now);
    const before = (await store.listQueue()).length;
    expect(await code(store.create({ ...newCase(), level: 'panic' } as never))).toBe('SP_BAD_REQUEST');
    expect(await code(store.create({ ...newCase(), facts: { age: 'old' } } as never))).toBe('SP_BAD_REQUEST');
    expect(await code(store.create({ ...newCase(), extra: 1 } as never))).toBe('SP_BAD_REQUEST');
    expect((await store.listQueue()).length).toBe(before);
  });
});

describe('InMemoryCaseStore retention', () => {
  it('forgets a closed case after the closed TTL, keeps an open one', async () => {
    const t = clock();
    const store = new InMemoryCaseStore({ now: t.now, closedTtlSeconds: 60, openTtlSeconds: 3600 });
    const a = await store.create(newCase());
    const b = await store.create(newCase());
    await store.close(a.id, 'alex', 'Done.');
    t.advance(61_000);
    expect(await store.get(a.id)).toBeUndefined();
    expect(await store.get(b.id)).toBeDefined();
  });
});

describe('RedisCaseStore on Redis', () => {
  redis.it('two agents on separate connections claim the same case at once, 100 times: exactly one winner each time', async () => {
    const prefix = sub();
    const clients = [redis.newClient(), redis.newClient()];
    const one = new RedisCaseStore({ client: clients[0]!, prefix });
    const two = new RedisCaseStore({ client: clients[1]!, prefix });
    // Count compare-and-set refusals, to show the claims really met in Redis (not one after the other).
    let refused = 0;
    for (const client of clients) {
      const c = client as unknown as Record<string, (...args: unknown[]) => Promise<number>>;
      const original = c.signpostCaseTransition!.bind(client);
      c.signpostCaseTransition = async (...args: unknown[]) => {
        const r = await original(...args);
        if (r === 0) refused += 1;
        return r;
      };
    }
    for (let i = 0; i < 100; i++) {
      const c = await one.create(newCase());
      const [a, b] = await Promise.all([code(one.claim(c.id, 'alex')), code(two.claim(c.id, 'sam'))]);
      expect([a, b].sort()).toEqual(['SP_CASE_ALREADY_CLAIMED', 'ok']);
      const winner = a === 'ok' ? 'alex' : 'sam';
      expect((await two.get(c.id))?.agentId).toBe(winner);
    }
    expect(refused).toBeGreaterThan(0);
  }, 60_000);

  redis.it('a claim racing a person\'s message loses neither', async () => {
    const prefix = sub();
    const one = new RedisCaseStore({ client: redis.newClient(), prefix });
    const two = new RedisCaseStore({ client: redis.newClient(), prefix });
    for (let i = 0; i < 20; i++) {
      const c = await one.create(newCase());
      await Promise.all([one.claim(c.id, 'alex'), two.addMessage(c.id, { from: 'person', text: `hello ${i}` })]);
      const after = await one.get(c.id);
      expect(after).toMatchObject({ status: 'claimed', agentId: 'alex' });
      expect(after?.messages.map((m) => m.text)).toEqual([`hello ${i}`]);
    }
  }, 30_000);

  redis.it('keeps keys as documented: the case hash, the queue, the index; a closed case gets the closed TTL', async () => {
    const prefix = sub();
    const store = new RedisCaseStore({ client: redis.client, prefix, closedTtlSeconds: 120, openTtlSeconds: 3600 });
    const input = newCase();
    const c = await store.create(input);
    const key = store.caseKey(c.id);
    expect(await redis.client.hget(key, 'status')).toBe('queued');
    expect(await redis.client.zscore(`${prefix}queue`, c.id)).not.toBeNull();
    expect(await redis.client.ttl(key)).toBeGreaterThan(3000);
    await store.close(c.id, 'alex', 'Done.');
    expect(await redis.client.ttl(key)).toBeLessThanOrEqual(120);
    expect(await redis.client.zscore(`${prefix}queue`, c.id)).toBeNull();
    const keys = await redis.client.keys(`${prefix}conv:*`);
    expect(keys).toEqual([]);
  });

  redis.it('a corrupt stored case: get fails loudly with SP_STATE_CORRUPT, the queue skips it', async () => {
    const prefix = sub();
    const store = new RedisCaseStore({ client: redis.client, prefix });
    const good = await store.create(newCase());
    const bad = await store.create(newCase());
    await redis.client.hset(store.caseKey(bad.id), 'doc', JSON.stringify({ id: bad.id, status: 'queued' }));
    expect(await code(store.get(bad.id))).toBe('SP_STATE_CORRUPT');
    expect((await store.listQueue()).map((c) => c.id)).toEqual([good.id]);
  });

  redis.it('drops ids of expired cases from the queue', async () => {
    const prefix = sub();
    const store = new RedisCaseStore({ client: redis.client, prefix });
    const c = await store.create(newCase());
    await redis.client.del(store.caseKey(c.id));
    expect(await store.listQueue()).toEqual([]);
    expect(await redis.client.zcard(`${prefix}queue`)).toBe(0);
  });
});
