/**
 * PlainJsonConversationState saves exactly when botbuilder's ConversationState would: when forced, or
 * when the state changed since it was loaded or last saved; and `clear`/`delete` still work on its cache.
 */
import { MemoryStorage, TestAdapter, TurnContext, type Storage } from 'botbuilder';
import { conversationStateKeysForLock, PlainJsonConversationState } from '../../src/bots/plainJsonConversationState';
import { RedisStorage } from '../../src/state/redisStorage';
import { withTestRedis } from '../support/redis';

const redis = withTestRedis();

function context(conversationId = 'c1', channelId = 'test'): TurnContext {
  return new TurnContext(new TestAdapter(), {
    type: 'message', channelId, conversation: { id: conversationId } as never, from: { id: 'u' } as never, recipient: { id: 'bot' } as never,
  });
}

/** A storage (MemoryStorage unless given) that counts writes. */
function countingStorage(storage: Storage = new MemoryStorage()): { storage: Storage; writes: () => number } {
  let writes = 0;
  const write = storage.write.bind(storage);
  storage.write = async (changes) => { writes += 1; await write(changes); };
  return { storage, writes: () => writes };
}

describe('PlainJsonConversationState', () => {
  /** Writes when forced or changed, never for an unchanged state; the state read back is the last one written. */
  async function writesExactlyWhenChanged(storage: Storage, conversationId: string, writes: () => number): Promise<void> {
    const state = new PlainJsonConversationState(storage);
    const prop = state.createProperty<{ n: number; list: string[] }>('triage');

    const first = context(conversationId);
    await prop.set(first, { n: 1, list: ['a'] });
    await state.saveChanges(first);
    expect(writes()).toBe(1);

    const second = context(conversationId);
    const read = await prop.get(second);
    expect(read).toEqual({ n: 1, list: ['a'] });
    await state.saveChanges(second);
    expect(writes()).toBe(1);

    read?.list.push('b');
    await state.saveChanges(second);
    expect(writes()).toBe(2);
    await state.saveChanges(second);
    expect(writes()).toBe(2);
    await state.saveChanges(second, true);
    expect(writes()).toBe(3);

    expect(await prop.get(context(conversationId))).toEqual({ n: 1, list: ['a', 'b'] });
  }

  it('writes a changed state, and not an unchanged one', async () => {
    const { storage, writes } = countingStorage();
    await writesExactlyWhenChanged(storage, 'c1', writes);
  });

  redis.it('the same with RedisStorage, which records the JSON it read and takes the JSON made at save', async () => {
    const { storage, writes } = countingStorage(new RedisStorage({ client: redis.client, prefix: `${redis.prefix}pj:`, ttlSeconds: 60 }));
    await writesExactlyWhenChanged(storage, 'r1', writes);
  });

  it('does nothing when the state was never loaded, unless forced', async () => {
    const { storage, writes } = countingStorage();
    const state = new PlainJsonConversationState(storage);
    await state.saveChanges(context());
    expect(writes()).toBe(0);
    await state.saveChanges(context(), true);
    expect(writes()).toBe(1);
  });

  it('clear empties the state on the next save, and delete removes it from storage', async () => {
    const storage = new MemoryStorage();
    const state = new PlainJsonConversationState(storage);
    const prop = state.createProperty<string>('p');
    const a = context();
    await prop.set(a, 'kept');
    await state.saveChanges(a);

    const b = context();
    expect(await prop.get(b)).toBe('kept');
    await state.clear(b);
    await state.saveChanges(b);
    expect(await prop.get(context())).toBeUndefined();

    const c = context();
    await prop.set(c, 'again');
    await state.saveChanges(c);
    await state.delete(c);
    expect(await storage.read([state.getStorageKey(c) as string])).toEqual({});
  });
});

/**
 * Turn locks read a turn's state with the lock (src/stores.ts): the key they read for lock key
 * `<channel>/<conversation>` must be the key ConversationState reads in that turn, or the read is wasted.
 */
describe('conversationStateKeysForLock', () => {
  const CONVERSATIONS: [channel: string, conversation: string][] = [
    ['test', 'c1'],
    ['msteams', 'a:19:abc@thread.tacv2;messageid=1'],
    ['webchat', 'dl-3f9c/with/slashes'],
    ['sms', 'sms-0123abcd'],
    ['emulator', 'é 🙂 {slot} *?[x]'],
  ];
  for (const [channel, conversation] of CONVERSATIONS) {
    it(`gives ConversationState's own key for ${channel}/${conversation}`, () => {
      const state = new PlainJsonConversationState(new MemoryStorage());
      expect(conversationStateKeysForLock(`${channel}/${conversation}`)).toEqual([state.getStorageKey(context(conversation, channel))]);
    });
  }
  it.each(['', 'no-slash', '/leading', 'trailing/'])('names no state for lock key %j', (key) => {
    expect(conversationStateKeysForLock(key)).toEqual([]);
  });
});
