/** The SMS stores, in memory and on a real Redis (`withTestRedis()`): same behaviour, expiry, no numbers in keys. */
import {
  createInMemorySmsStores, createRedisSmsStores, hashPhone, conversationIdOf, type SmsStores,
} from '../../channels/sms';
import { hashOfConversationId } from '../../channels/sms/phoneHash';
import { InMemoryPhoneStore } from '../../channels/sms/phoneStore';
import { InMemorySeenMessages, InMemorySmsSessionStore } from '../../channels/sms/sessionStore';
import { withTestRedis } from '../support/redis';

const redis = withTestRedis();
const SALT = 'store-test-salt-0123456789';
const PHONE = '+447700900555';
const HASH = hashPhone(SALT, PHONE);

function behaves(name: string, make: () => SmsStores, register: (n: string, fn: () => Promise<unknown>) => void): void {
  register(`${name}: opt-outs are set, read and cleared`, async () => {
    const { optOuts } = make();
    expect(await optOuts.isOptedOut(HASH)).toBe(false);
    await optOuts.optOut(HASH);
    await optOuts.optOut(HASH);
    expect(await optOuts.isOptedOut(HASH)).toBe(true);
    expect(await optOuts.optIn(HASH)).toBe(true);
    expect(await optOuts.optIn(HASH)).toBe(false);
    expect(await optOuts.isOptedOut(HASH)).toBe(false);
  });

  register(`${name}: numbers are remembered and forgotten`, async () => {
    const { phones } = make();
    await phones.remember(HASH, PHONE);
    expect(await phones.lookup(HASH)).toBe(PHONE);
    await phones.forget(HASH);
    expect(await phones.lookup(HASH)).toBeUndefined();
  });

  register(`${name}: sessions round-trip and validate`, async () => {
    const { sessions } = make();
    expect(await sessions.get(HASH)).toBeUndefined();
    const session = { lastInboundAt: '2026-11-22T09:00:00.000Z', ask: { fact: 'nation', kind: 'choice', titles: ['England', 'Wales'], multi: false, question: 'Which?' }, overflow: { text: 'rest', question: 'Which?' }, prompt: 'resume' as const };
    await sessions.set(HASH, session);
    expect(await sessions.get(HASH)).toEqual(session);
    await sessions.delete(HASH);
    expect(await sessions.get(HASH)).toBeUndefined();
  });

  register(`${name}: a MessageSid is claimed once until released`, async () => {
    const { seen } = make();
    const sid = `SM${Math.random().toString(16).slice(2).padEnd(32, '0')}`;
    expect(await seen.claim(sid)).toBe(true);
    expect(await seen.claim(sid)).toBe(false);
    await seen.release(sid);
    expect(await seen.claim(sid)).toBe(true);
  });
}

behaves('memory', () => createInMemorySmsStores({ ttlSeconds: 60 }), (n, fn) => it(n, fn));
behaves('redis', () => createRedisSmsStores({ client: redis.client, prefix: `${redis.prefix}sms:`, ttlSeconds: 60 }), (n, fn) => redis.it(n, fn));

describe('redis keys', () => {
  redis.it('hold hashes, never numbers; numbers and sessions expire with the state, opt-outs never', async () => {
    const prefix = `${redis.prefix}keys:`;
    const stores = createRedisSmsStores({ client: redis.client, prefix, ttlSeconds: 120 });
    await stores.optOuts.optOut(HASH);
    await stores.phones.remember(HASH, PHONE);
    await stores.sessions.set(HASH, { lastInboundAt: new Date().toISOString() });
    const keys = await redis.client.keys(`${prefix}*`);
    expect(keys.sort()).toEqual([`${prefix}optout:${HASH}`, `${prefix}phone:${HASH}`, `${prefix}session:${HASH}`].sort());
    for (const k of keys) expect(k).not.toContain('7700900555');
    expect(await redis.client.ttl(`${prefix}optout:${HASH}`)).toBe(-1);
    expect(await redis.client.ttl(`${prefix}phone:${HASH}`)).toBeGreaterThan(100);
    expect(await redis.client.ttl(`${prefix}session:${HASH}`)).toBeGreaterThan(100);
  });

  redis.it('a corrupt session is SP_STATE_CORRUPT', async () => {
    const prefix = `${redis.prefix}corrupt:`;
    const stores = createRedisSmsStores({ client: redis.client, prefix, ttlSeconds: 60 });
    await redis.client.set(`${prefix}session:${HASH}`, '{"ask":{"kind":1}}');
    await expect(stores.sessions.get(HASH)).rejects.toMatchObject({ code: 'SP_STATE_CORRUPT' });
  });
});

describe('expiry in memory', () => {
  it('numbers, sessions and sids expire', async () => {
    let now = 1_000_000;
    const clock = () => now;
    const phones = new InMemoryPhoneStore(10, clock);
    const sessions = new InMemorySmsSessionStore(10, clock);
    const seen = new InMemorySeenMessages(10, clock);
    await phones.remember(HASH, PHONE);
    await sessions.set(HASH, {});
    await seen.claim('SM1');
    now += 11_000;
    expect(await phones.lookup(HASH)).toBeUndefined();
    expect(await sessions.get(HASH)).toBeUndefined();
    expect(await seen.claim('SM1')).toBe(true);
  });
});

describe('phone hashes', () => {
  it('are salted HMACs: stable per salt, different across salts, spacing ignored', () => {
    expect(HASH).toMatch(/^[0-9a-f]{64}$/);
    expect(hashPhone(SALT, '+44 7700 900555')).toBe(HASH);
    expect(hashPhone('another-salt-0123456789', PHONE)).not.toBe(HASH);
    expect(hashOfConversationId(conversationIdOf(HASH))).toBe(HASH);
    expect(hashOfConversationId('sms-nothex')).toBeUndefined();
    expect(hashOfConversationId('webchat-1')).toBeUndefined();
  });
});
