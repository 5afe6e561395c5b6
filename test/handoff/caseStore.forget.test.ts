/** "Delete my data" removes the conversation's open case from both stores. */
import { InMemoryCaseStore, RedisCaseStore, type CaseStore } from '../../src/handoff';
import { withTestRedis } from '../support/redis';

const input = (key: string) => ({
  channel: 'webchat', language: 'en', level: 'adviser', reasons: ['self-employed'], facts: { age: 40 }, transcript: [],
  asked: 'adviser', conversation: { channelId: 'webchat' }, conversationKey: key,
}) as never;

async function check(store: CaseStore): Promise<void> {
  const c = await store.create(input('webchat/forget-me'));
  const other = await store.create(input('webchat/keep-me'));
  expect((await store.forgetConversation('webchat/forget-me'))?.id).toBe(c.id);
  expect(await store.get(c.id)).toBeUndefined();
  expect(await store.findOpenByConversation('webchat/forget-me')).toBeUndefined();
  expect((await store.listQueue()).map((q) => q.id)).toEqual([other.id]);
  expect(await store.forgetConversation('webchat/forget-me')).toBeUndefined();
}

describe('forgetConversation', () => {
  it('in memory', async () => { await check(new InMemoryCaseStore()); });
  const redis = withTestRedis();
  redis.it('in Redis', async () => { await check(new RedisCaseStore({ client: redis.client, prefix: redis.prefix })); });
});
