/**
 * The bot over HTTP with real Redis state (RedisStorage + RedisTurnLock on 127.0.0.1:6379, under
 * this file's own key prefix; see test/support/redis.ts): a triage survives between turns and a
 * restart, the conversation key has a TTL, simultaneous messages of one conversation lose nothing,
 * and "delete my data" removes the conversation's keys.
 */
import { randomUUID } from 'node:crypto';
import type { RedisTurnLock } from '../../src/state/turnLock';
import { redisTurnState } from '../../src/stores';
import { askIn, outcomeIn, startTestBot, type BotActivity, type TestBot, type TestConversation } from '../support/botClient';
import { checked, conversationKey, driveTo, expectProtocol, finish, NATURAL_ANSWERS, saysContent, storedFacts } from '../support/protocol';
import { commandLog, withTestRedis } from '../support/redis';

const redis = withTestRedis();
const TTL_SECONDS = 600;
const statePrefix = () => `${redis.prefix}state:`;

let bot: TestBot;
let turnLock: RedisTurnLock;

/** A bot on this file's Redis prefix, wired as production is (a second one acts as a restarted or second process). */
async function redisBot(): Promise<TestBot> {
  const stores = redisTurnState(redis.client, redis.prefix, TTL_SECONDS);
  turnLock = stores.turnLock;
  return startTestBot(stores);
}

beforeAll(async () => {
  if (redis.available) bot = await redisBot();
});
afterAll(async () => {
  await bot?.close();
});

const talk = (): TestConversation => checked(bot.conversation());
const redisKey = (conversationId: string) => statePrefix() + conversationKey(conversationId);

/** The document ConversationState keeps in Redis for a conversation, read straight from Redis. */
async function redisDoc(conversationId: string): Promise<any> {
  const doc = await redis.client.hget(redisKey(conversationId), 'doc');
  return doc === null ? undefined : JSON.parse(doc);
}

/** Says something in an existing conversation through another bot instance. */
async function sayThrough(other: TestBot, conversationId: string, text: string): Promise<BotActivity[]> {
  const res = await other.post({
    type: 'message', channelId: 'test', serviceUrl: 'http://127.0.0.1:1', conversation: { id: conversationId },
    from: { id: `user-${conversationId}` }, recipient: { id: 'signpost' }, id: randomUUID(), text, deliveryMode: 'expectReplies',
  });
  expect(res.status).toBe(200);
  const replies = (res.body.activities as BotActivity[]).filter((a) => a.type === 'message');
  expectProtocol(replies);
  return replies;
}

redis.it('a whole short triage keeps its state in Redis between turns', async () => {
  const answers: Record<string, string> = {
    ...NATURAL_ANSWERS, nation: 'Wales', age: "I'm 67", has_partner: 'nope', income: '£800 a month', savings: 'about 3k', housing: 'council house',
  };
  const conv = talk();
  let replies = await conv.say('hi');
  for (let turn = 0; turn < 40 && !outcomeIn(replies); turn++) {
    const fact = askIn(replies)!.fact;
    replies = await conv.say(answers[fact]!);
    // after every answer, Redis holds it
    const doc = await redisDoc(conv.id);
    if (fact === 'consent') expect(doc.triage.consent).toBe(true);
    else expect(doc.triage.facts[fact]).toBeDefined();
  }
  const outcome = outcomeIn(replies);
  expect(outcome.facts).toMatchObject({ nation: 'wales', age: 67, has_partner: false, income: 184.62, savings: 3000, housing: 'rent-social' });
  const doc = await redisDoc(conv.id);
  expect(doc.triage.stage).toBe('outcome');
  expect(doc.triage.facts).toEqual(outcome.facts);
});

redis.it('the conversation survives a restart: another bot instance on the same Redis carries on', async () => {
  const conv = talk();
  await driveTo(conv, 'has_partner', { nation: 'Wales', age: '40' });
  const restarted = await redisBot();
  try {
    const replies = await sayThrough(restarted, conv.id, 'no');
    expect(askIn(replies)?.fact).not.toBe('has_partner');
    expect(['nation', 'age']).not.toContain(askIn(replies)?.fact);
  } finally {
    await restarted.close();
  }
  expect(await storedFacts(bot, conv.id)).toMatchObject({ nation: 'wales', age: 40, has_partner: false });
});

redis.it('the conversation key has a TTL, refreshed on every turn', async () => {
  const conv = talk();
  await driveTo(conv, 'age');
  const ttl = await redis.client.ttl(redisKey(conv.id));
  expect(ttl).toBeGreaterThan(0);
  expect(ttl).toBeLessThanOrEqual(TTL_SECONDS);
  await redis.client.expire(redisKey(conv.id), 5);
  await conv.say('40');
  expect(await redis.client.ttl(redisKey(conv.id))).toBeGreaterThan(5);
  // and no turn lock is left behind
  expect(await redis.client.exists(turnLock.redisKey(`test/${conv.id}`))).toBe(0);
});

redis.it('a turn costs two Redis commands: the lock with the state read, and the state write with the release', async () => {
  const conv = talk();
  await driveTo(conv, 'age');
  const log = commandLog(redis.client);
  try {
    await conv.say('40');
  } finally {
    log.stop();
  }
  expect(log.names).toEqual(['evalsha', 'evalsha']);
  expect(await redis.client.exists(turnLock.redisKey(`test/${conv.id}`))).toBe(0);
  expect(await storedFacts(bot, conv.id)).toMatchObject({ age: 40 });
});

/**
 * Two messages of one conversation at the same moment: the answer to the pending question and an
 * opening-statement-style message with another fact. Whichever the turn lock lets in first, both
 * facts must be kept.
 */
const SIMULTANEOUS: { pending: string; answer: string; other: string; expected: Record<string, unknown> }[] = [
  { pending: 'age', answer: '40', other: 'I rent from the council', expected: { age: 40, housing: 'rent-social' } },
  { pending: 'nation', answer: 'Wales', other: "I'm 40", expected: { nation: 'wales', age: 40 } },
  { pending: 'has_partner', answer: 'no', other: "I'm retired", expected: { has_partner: false, employment: 'retired' } },
  { pending: 'income', answer: '£800 a month', other: 'I own my home with no mortgage', expected: { income: 184.62, housing: 'own-outright' } },
  { pending: 'savings', answer: 'about 3k', other: 'I rent from a private landlord', expected: { savings: 3000, housing: 'rent-private' } },
];

describe('two messages of one conversation at the same moment lose nothing', () => {
  const rows = Array.from({ length: 10 }, (_, i) => ({ run: i + 1, ...SIMULTANEOUS[i % SIMULTANEOUS.length]! }));
  for (const { run, pending, answer, other, expected } of rows) {
    redis.it(`run ${run}: "${answer}" (to ${pending}) with "${other}"`, async () => {
      const conv = talk();
      await driveTo(conv, pending);
      const [a, b] = await Promise.all([conv.say(answer), conv.say(other)]);
      expect(a.length).toBeGreaterThan(0);
      expect(b.length).toBeGreaterThan(0);
      expect(await storedFacts(bot, conv.id)).toMatchObject(expected);
      // The question now pending (asked by whichever turn ran second) is none of the facts now known.
      const current = (await redisDoc(conv.id)).triage.pending?.fact as string;
      expect(Object.keys(expected)).not.toContain(current);
      const last = [a, b].find((r) => askIn(r)?.fact === current)!;
      expect(last).toBeDefined();
      const { facts, asked } = await finish(conv, {}, last);
      expect(facts).toMatchObject(expected);
      for (const fact of Object.keys(expected)) expect(asked).not.toContain(fact);
    });
  }
});

/** Every key under this file's prefix that names the conversation. */
async function keysNaming(conversationId: string): Promise<string[]> {
  const found: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await redis.client.scan(cursor, 'MATCH', `${redis.prefix}*${conversationId}*`, 'COUNT', 500);
    cursor = next;
    found.push(...keys);
  } while (cursor !== '0');
  return found;
}

redis.it('"delete my data" removes the Redis keys for that conversation', async () => {
  const conv = talk();
  const other = talk();
  await driveTo(conv, 'housing');
  await driveTo(other, 'age');
  expect(await redis.client.exists(redisKey(conv.id))).toBe(1);

  const replies = await conv.say('delete my data');
  expect(saysContent(replies, 'deleted')).toBe(true);
  expect(await redis.client.exists(redisKey(conv.id))).toBe(0);
  expect(await keysNaming(conv.id)).toEqual([]);
  expect(await redis.client.exists(turnLock.redisKey(`test/${conv.id}`))).toBe(0);
  // the other conversation is untouched
  expect(await redis.client.exists(redisKey(other.id))).toBe(1);
  // a next message starts afresh
  const next = await conv.say('hello');
  expect(askIn(next)?.fact).toBe('consent');
  expect((await redisDoc(conv.id))?.triage?.facts ?? {}).toEqual({});
});
