/** RedisStorage against the real Redis on 127.0.0.1:6379 (see test/support/redis.ts). */
import { ConversationState, TestAdapter, type Storage as BotStorage } from 'botbuilder';
import { SignpostError } from '../../src/errors';
import { RedisStorage } from '../../src/state/redisStorage';
import { withTestRedis } from '../support/redis';
import { offerWriteJson, readJsonOf } from '../../src/state/storage';

const redis = withTestRedis();
const it_ = redis.it;
const TTL = 100;

let n = 0;
/** A storage under a fresh sub-prefix, so tests do not see each other's keys. */
function fresh(client = redis.client): { storage: RedisStorage; prefix: string } {
  const prefix = `${redis.prefix}s${++n}:`;
  return { storage: new RedisStorage({ client, prefix, ttlSeconds: TTL }), prefix };
}

async function expectCode(promise: Promise<unknown>, code: string): Promise<SignpostError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SignpostError);
  expect((error as SignpostError).code).toBe(code);
  return error as SignpostError;
}

it_('round trips a document with an eTag injected and strips eTag from the stored doc', async () => {
  const { storage, prefix } = fresh();
  await storage.write({ 'msteams/conversations/c1/': { eTag: '*', step: 'ask', answers: { age: 67 }, list: [1, 'x'] } });
  const items = await storage.read(['msteams/conversations/c1/']);
  const item = items['msteams/conversations/c1/'];
  expect(item).toMatchObject({ step: 'ask', answers: { age: 67 }, list: [1, 'x'] });
  expect(typeof item.eTag).toBe('string');
  expect(item.eTag).not.toBe('*');
  const raw = await redis.client.hget(`${prefix}msteams/conversations/c1/`, 'doc');
  expect(JSON.parse(raw!)).toEqual({ step: 'ask', answers: { age: 67 }, list: [1, 'x'] });
});

it_('leaves missing keys out of the result', async () => {
  const { storage } = fresh();
  await storage.write({ a: { v: 1 } });
  expect(Object.keys(await storage.read(['missing', 'a', 'other']))).toEqual(['a']);
  expect(await storage.read([])).toEqual({});
});

it_('checks eTags like MemoryStorage and assigns a fresh eTag on every write', async () => {
  const { storage } = fresh();
  await storage.write({ k: { v: 1 } });
  const first = (await storage.read(['k'])).k;
  await storage.write({ k: { ...first, v: 2 } });
  const second = (await storage.read(['k'])).k;
  expect(second.v).toBe(2);
  expect(second.eTag).not.toBe(first.eTag);

  const error = await expectCode(storage.write({ k: { ...first, v: 3 } }), 'SP_STATE_ETAG_CONFLICT');
  expect(error.message).toContain('eTag conflict');
  expect((await storage.read(['k'])).k).toEqual(second); // unchanged by the failed write

  await storage.write({ k: { eTag: '*', v: 4 } });
  const third = (await storage.read(['k'])).k;
  expect(third.v).toBe(4);
  await storage.write({ k: { v: 5 } });
  const fourth = (await storage.read(['k'])).k;
  expect(fourth.v).toBe(5);
  expect(new Set([first.eTag, second.eTag, third.eTag, fourth.eTag]).size).toBe(4);

  await storage.write({ brandNew: { eTag: 'anything', v: 1 } }); // nothing stored: no conflict
  expect((await storage.read(['brandNew'])).brandNew.v).toBe(1);
});

it_('sets the TTL on write and refreshes it on read', async () => {
  const { storage, prefix } = fresh();
  await storage.write({ t: { v: 1 } });
  const afterWrite = await redis.client.pttl(`${prefix}t`);
  expect(afterWrite).toBeGreaterThan((TTL - 5) * 1000);
  expect(afterWrite).toBeLessThanOrEqual(TTL * 1000);
  await redis.client.pexpire(`${prefix}t`, 5000);
  await storage.read(['t']);
  expect(await redis.client.pttl(`${prefix}t`)).toBeGreaterThan((TTL - 5) * 1000);
  await storage.read(['nothing']);
  expect(await redis.client.exists(`${prefix}nothing`)).toBe(0); // EXPIRE on a missing key creates nothing
});

const corruptDocs: Array<[string, string]> = [
  ['not JSON', 'secret text {'],
  ['an array', '["secret"]'],
  ['a string', '"secret"'],
  ['null', 'null'],
];
for (const [label, doc] of corruptDocs) {
  it_(`throws SP_STATE_CORRUPT naming the key, never the content, when the doc is ${label}`, async () => {
    const { storage, prefix } = fresh();
    await redis.client.hset(`${prefix}bad/key`, 'etag', 'e1', 'doc', doc);
    const error = await expectCode(storage.read(['bad/key']), 'SP_STATE_CORRUPT');
    expect(error.message).toContain('bad/key');
    expect(error.message).not.toContain('secret');
  });
}

it_('deletes keys, ignoring missing ones', async () => {
  const { storage } = fresh();
  await storage.write({ a: { v: 1 }, b: { v: 2 } });
  await storage.delete(['a', 'missing']);
  await storage.delete([]);
  expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['b']);
});

it_('deleteByPrefix removes exactly the items under a literal sub-prefix', async () => {
  const { storage } = fresh();
  await storage.write({
    'msteams/users/u1/': { v: 1 },
    'msteams/users/u1/profile': { v: 2 },
    'msteams/users/u10/': { v: 3 },
    'msteams/users/u2/': { v: 4 },
    'x/[ab]/1': { v: 5 },
    'x/a/1': { v: 6 },
  });
  expect(await storage.deleteByPrefix('msteams/users/u1/')).toBe(2);
  expect(await storage.deleteByPrefix('x/[ab]/')).toBe(1); // glob characters are literal
  expect(await storage.deleteByPrefix('nobody/')).toBe(0);
  const left = await storage.read(['msteams/users/u1/', 'msteams/users/u1/profile', 'msteams/users/u10/', 'msteams/users/u2/', 'x/[ab]/1', 'x/a/1']);
  expect(Object.keys(left).sort()).toEqual(['msteams/users/u10/', 'msteams/users/u2/', 'x/a/1']);
  await expect(storage.deleteByPrefix('')).rejects.toThrow(RangeError);
});

it_('lets exactly one of two concurrent writes with the same eTag win (two clients, 50 rounds)', async () => {
  const other = redis.newClient();
  const { storage: a, prefix } = fresh();
  const b = new RedisStorage({ client: other, prefix, ttlSeconds: TTL });
  await a.write({ race: { round: -1 } });
  for (let round = 0; round < 50; round++) {
    const { eTag } = (await a.read(['race'])).race;
    const results = await Promise.allSettled([
      a.write({ race: { eTag, round, winner: 'a' } }),
      b.write({ race: { eTag, round, winner: 'b' } }),
    ]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0]!.reason as SignpostError).code).toBe('SP_STATE_ETAG_CONFLICT');
    const stored = (await b.read(['race'])).race;
    expect(stored.round).toBe(round);
    expect(stored.winner).toBe(results[0]!.status === 'fulfilled' ? 'a' : 'b');
  }
});

it_('works as botbuilder Storage under ConversationState', async () => {
  const { storage } = fresh();
  const asBotStorage: BotStorage = storage; // structural compatibility, checked by tsc
  const state = new ConversationState(asBotStorage);
  const counter = state.createProperty<{ turns: number }>('counter');
  const adapter = new TestAdapter(async (context) => {
    const value = await counter.get(context, { turns: 0 });
    value.turns += 1;
    await state.saveChanges(context);
    await context.sendActivity(`turn ${value.turns}`);
  });
  await adapter.send('hi').assertReply('turn 1').send('again').assertReply('turn 2').startTest();
  const key = `${adapter.conversation.channelId}/conversations/${adapter.conversation.conversation.id}/`;
  expect((await storage.read([key]))[key]).toMatchObject({ counter: { turns: 2 } });
});

it_('records the JSON each item was read from, and stores JSON offered for a write once', async () => {
  const { storage, prefix } = fresh();
  await storage.write({ k: { eTag: '*', b: [1, 2], a: 'x' } });
  const item = (await storage.read(['k'])).k;
  const { eTag: _eTag, ...doc } = item;
  expect(readJsonOf(item)).toBe(JSON.stringify(doc));
  expect(readJsonOf(item)).toBe(await redis.client.hget(`${prefix}k`, 'doc'));

  // An offered text is what gets stored, for that one write.
  item.a = 'y';
  offerWriteJson(item, JSON.stringify({ b: [1, 2], a: 'y', offered: true }));
  await storage.write({ k: item });
  expect(JSON.parse((await redis.client.hget(`${prefix}k`, 'doc'))!)).toEqual({ b: [1, 2], a: 'y', offered: true });
  item.eTag = '*';
  await storage.write({ k: item });
  expect(JSON.parse((await redis.client.hget(`${prefix}k`, 'doc'))!)).toEqual({ b: [1, 2], a: 'y' });
});
