/**
 * The ActivityStore contract, for the in-memory and the Redis implementation (real Redis via
 * withTestRedis: skipped, with a notice, when Redis is not running), plus Redis-only checks
 * (keys under the injected prefix, TTL set and slid) and the whole Direct Line flow on Redis.
 */
import { randomUUID } from 'node:crypto';
import { withTestRedis } from '../support/redis';
import {
  InMemoryActivityStore, RedisActivityStore, newConversationId, type ActivityStore,
} from '../../channels/webchat';
import { startHarness } from './directLineHarness';

const redis = withTestRedis();

function contract(name: string, make: () => ActivityStore, register: (title: string, fn: () => Promise<unknown>) => void): void {
  describe(name, () => {
    register('creates once, appends with ids <conversationId>|<n>, and reads after a watermark', async () => {
      const store = make();
      const id = newConversationId();
      expect(await store.exists(id)).toBe(false);
      expect(await store.read(id, 0)).toBeUndefined();
      expect(await store.create(id)).toBe(true);
      expect(await store.create(id)).toBe(false);
      expect(await store.exists(id)).toBe(true);
      expect(await store.read(id, 0)).toEqual({ activities: [], watermark: 0 });

      const a = await store.append(id, { type: 'message', text: 'one', id: 'client-chosen', channelData: { clientActivityID: 'c1' } });
      const b = await store.append(id, { type: 'message', text: 'two' });
      expect(a).toEqual({ id: `${id}|0`, watermark: 1 });
      expect(b).toEqual({ id: `${id}|1`, watermark: 2 });

      expect(await store.read(id, 0)).toEqual({
        activities: [
          { id: `${id}|0`, type: 'message', text: 'one', channelData: { clientActivityID: 'c1' } },
          { id: `${id}|1`, type: 'message', text: 'two' },
        ],
        watermark: 2,
      });
      expect(await store.read(id, 1)).toEqual({ activities: [{ id: `${id}|1`, type: 'message', text: 'two' }], watermark: 2 });
      expect(await store.read(id, 2)).toEqual({ activities: [], watermark: 2 });
      expect(await store.read(id, 99)).toEqual({ activities: [], watermark: 2 });
    });

    register('keeps conversations apart and refuses appends to unknown ones', async () => {
      const store = make();
      const [x, y] = [newConversationId(), newConversationId()];
      await store.create(x);
      await store.create(y);
      await store.append(x, { type: 'message', text: 'for x' });
      expect((await store.read(y, 0))?.activities).toEqual([]);
      await expect(store.append(newConversationId(), { type: 'message' })).rejects.toMatchObject({ code: 'SP_DL_CONVERSATION_NOT_FOUND' });
    });

    register('assigns distinct ids to concurrent appends', async () => {
      const store = make();
      const id = newConversationId();
      await store.create(id);
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => store.append(id, { type: 'message', text: String(i) })));
      expect(new Set(results.map((r) => r.id)).size).toBe(20);
      expect((await store.read(id, 0))?.watermark).toBe(20);
    });

    register('rejects ids that are not conversation ids and negative watermarks', async () => {
      const store = make();
      await expect(store.create('bad id with spaces')).rejects.toThrow();
      const id = newConversationId();
      await store.create(id);
      await expect(store.read(id, -1)).rejects.toThrow(RangeError);
    });
  });
}

contract('InMemoryActivityStore', () => new InMemoryActivityStore({ ttlSeconds: 60 }), (t, fn) => it(t, fn));
contract('RedisActivityStore', () => new RedisActivityStore({ client: redis.client, prefix: `${redis.prefix}webchat:${randomUUID()}:`, ttlSeconds: 60 }), (t, fn) => redis.it(t, fn));

describe('InMemoryActivityStore expiry', () => {
  it('forgets a conversation once its TTL has passed since the last append', async () => {
    let clock = 0;
    const store = new InMemoryActivityStore({ ttlSeconds: 10, now: () => new Date(clock) });
    const id = newConversationId();
    await store.create(id);
    clock = 9_000;
    await store.append(id, { type: 'message' });
    clock = 18_000;
    expect(await store.exists(id)).toBe(true);
    clock = 19_000;
    expect(await store.exists(id)).toBe(false);
    expect(await store.read(id, 0)).toBeUndefined();
  });

  it('pages reads by pageSize', async () => {
    const store = new InMemoryActivityStore({ ttlSeconds: 10, pageSize: 2 });
    const id = newConversationId();
    await store.create(id);
    for (let i = 0; i < 5; i++) await store.append(id, { type: 'message', text: String(i) });
    const first = await store.read(id, 0);
    expect(first?.activities.map((a) => a.text)).toEqual(['0', '1']);
    expect(first?.watermark).toBe(2);
    expect((await store.read(id, 4))).toMatchObject({ watermark: 5, activities: [{ text: '4' }] });
  });
});

describe('RedisActivityStore on Redis', () => {
  redis.it('keeps keys under the injected prefix with the TTL set, and slides it on append', async () => {
    const prefix = `${redis.prefix}webchat-ttl:`;
    const store = new RedisActivityStore({ client: redis.client, prefix, ttlSeconds: 120 });
    const id = newConversationId();
    const keys = store.redisKeys(id);
    expect(keys.meta.startsWith(prefix)).toBe(true);
    expect(keys.log.startsWith(prefix)).toBe(true);
    await store.create(id);
    const metaTtl = await redis.client.ttl(keys.meta);
    expect(metaTtl).toBeGreaterThan(100);
    expect(metaTtl).toBeLessThanOrEqual(120);
    await redis.client.expire(keys.meta, 5);
    await store.append(id, { type: 'message', text: 'hi' });
    expect(await redis.client.ttl(keys.meta)).toBeGreaterThan(100);
    const logTtl = await redis.client.ttl(keys.log);
    expect(logTtl).toBeGreaterThan(100);
    expect(logTtl).toBeLessThanOrEqual(120);
    expect(await redis.client.llen(keys.log)).toBe(1);
    expect(JSON.parse((await redis.client.lindex(keys.log, 0)) ?? '{}')).toEqual({ type: 'message', text: 'hi' });
  });

  redis.it('reports a corrupt log entry as SP_STATE_CORRUPT', async () => {
    const store = new RedisActivityStore({ client: redis.client, prefix: `${redis.prefix}webchat-corrupt:`, ttlSeconds: 60 });
    const id = newConversationId();
    await store.create(id);
    await redis.client.rpush(store.redisKeys(id).log, 'not json');
    await expect(store.read(id, 0)).rejects.toMatchObject({ code: 'SP_STATE_CORRUPT' });
  });

  redis.it('refuses an ioredis client with keyPrefix and a bad TTL', async () => {
    const prefixed = redis.newClient();
    (prefixed.options as { keyPrefix?: string }).keyPrefix = 'x:';
    expect(() => new RedisActivityStore({ client: prefixed, prefix: 'p:', ttlSeconds: 60 })).toThrow(RangeError);
    expect(() => new RedisActivityStore({ client: redis.client, prefix: 'p:', ttlSeconds: 0 })).toThrow(RangeError);
  });

  redis.it('carries a whole Direct Line exchange (start, greeting, post, echo, reply)', async () => {
    const store = new RedisActivityStore({ client: redis.client, prefix: `${redis.prefix}webchat-http:`, ttlSeconds: 60 });
    const h = await startHarness({ store });
    try {
      const { token, conversationId } = await h.start();
      const greeting = await h.poll(conversationId, token);
      expect(greeting.body.activities.at(-1).channelData.triage.ask.fact).toBe('consent');
      const posted = await h.say(conversationId, token, 'yes', 'redis-1');
      expect(posted.status).toBe(200);
      const page = await h.poll(conversationId, token, greeting.body.watermark);
      expect(page.body.activities[0]).toMatchObject({ id: posted.body.id, channelData: { clientActivityID: 'redis-1' } });
      expect(page.body.activities.at(-1).channelData.triage.ask.fact).toBe('nation');
    } finally {
      await h.close();
    }
  });
});
