/** Resume codes: format, parsing, single use and expiry, in memory and in Redis. */
import { findResumeCode, InMemoryResumeCodes, newCode, RedisResumeCodes } from '../../src/state/resumeCodes';
import { withTestRedis } from '../support/redis';

const snapshot = { facts: { age: 74, nation: 'wales' as const }, answered: ['age', 'nation'], skipped: [] };

describe('resume code format', () => {
  it('is 8 characters without look-alikes, in two groups', () => {
    for (let i = 0; i < 200; i++) expect(newCode()).toMatch(/^[2346789ABCDEFGHJKMNPQRTUVWXYZ]{4}-[2346789ABCDEFGHJKMNPQRTUVWXYZ]{4}$/);
  });
  it.each([
    ['K7MX-9QPD', 'K7MX-9QPD'], ['k7mx 9qpd', 'K7MX-9QPD'], ['resume K7MX9QPD', 'K7MX-9QPD'], ['hello', undefined], ['K7MX-9QP', undefined],
  ])('finds %s', (text, code) => { expect(findResumeCode(text)).toBe(code); });
});

describe('InMemoryResumeCodes', () => {
  it('gives the snapshot back once', async () => {
    const store = new InMemoryResumeCodes(60_000);
    const code = await store.create(snapshot);
    expect(await store.take(code)).toEqual(snapshot);
    expect(await store.take(code)).toBeUndefined();
  });
  it('expires', async () => {
    const store = new InMemoryResumeCodes(-1);
    expect(await store.take(await store.create(snapshot))).toBeUndefined();
  });
});

describe('RedisResumeCodes', () => {
  const redis = withTestRedis();
  redis.it('gives the snapshot back once, with a TTL', async () => {
    const store = new RedisResumeCodes({ client: redis.client, prefix: `${redis.prefix}resume:`, ttlSeconds: 60 });
    const code = await store.create(snapshot);
    const ttl = await redis.client.ttl(`${redis.prefix}resume:${code.replace('-', '')}`);
    expect(ttl).toBeGreaterThan(0);
    expect(await store.take(code.toLowerCase())).toEqual(snapshot);
    expect(await store.take(code)).toBeUndefined();
  });
});
