/**
 * STOP, START and HELP over HTTP: opt-out words beat any flow (whole message only); while opted
 * out nothing is sent and the bot does not run; HELP always answers; START/UNSTOP resume with the
 * pending question; opt-outs persist in Redis across a restart.
 */
import { MemoryStorage } from 'botbuilder';
import { configureLogger } from '../../src/logger';
import { RedisStorage } from '../../src/state/redisStorage';
import type { Storage, StoreItems } from '../../src/state/storage';
import { createRedisSmsStores, hashPhone, smsContent } from '../../channels/sms';
import { SALT, startSmsHarness, type SmsHarness } from './smsHarness';
import { withTestRedis } from '../support/redis';

const redis = withTestRedis();
const words = smsContent();
const EMPTY = '<?xml version="1.0" encoding="UTF-8"?><Response/>';

class SpyStorage implements Storage {
  writes = 0;
  constructor(private readonly inner: Storage = new MemoryStorage()) {}
  read(keys: string[]): Promise<StoreItems> { return this.inner.read(keys); }
  async write(changes: StoreItems): Promise<void> { this.writes++; return this.inner.write(changes); }
  delete(keys: string[]): Promise<void> { return this.inner.delete(keys); }
}

beforeAll(() => configureLogger('silent'));

let n = 0;
const newNumber = () => `+4477009${String(10000 + ++n).slice(-5)}`;

/** A person part-way through: consent given, asked which country. */
async function midFlow(h: SmsHarness, from: string): Promise<string> {
  await h.text(from, 'hi');
  const r = await h.text(from, 'yes');
  expect(r.text).toContain('Which country in the UK do you live in?');
  return r.text.slice(r.text.indexOf('Which country'));
}

describe('opting out and back in', () => {
  let h: SmsHarness;
  let storage: SpyStorage;
  beforeAll(async () => {
    storage = new SpyStorage();
    h = await startSmsHarness({ storage });
  });
  afterAll(() => h.close());

  it.each(['STOP', 'stop', ' Stop. ', 'STOPALL', 'Unsubscribe!', 'cancel', 'END', 'quit', 'Stop!!'])('"%s" opts out, beating the question in progress', async (word) => {
    const from = newNumber();
    await midFlow(h, from);
    const r = await h.text(from, word);
    expect(r.status).toBe(200);
    expect(r.messages).toEqual([words.optedOut]);
    expect(await h.stores.optOuts.isOptedOut(hashPhone(SALT, from))).toBe(true);
  });

  it.each(['stop smoking', 'Stop, thanks', 'please stop the music', 'I want to cancel my claim'])('"%s" is not an opt-out (whole message only)', async (text) => {
    const from = newNumber();
    await midFlow(h, from);
    await h.text(from, text);
    expect(await h.stores.optOuts.isOptedOut(hashPhone(SALT, from))).toBe(false);
    expect((await h.text(from, 'hello')).messages.length).toBe(1);
  });

  it('while opted out, texts get an empty response and the bot does not run', async () => {
    const from = newNumber();
    await midFlow(h, from);
    await h.text(from, 'STOP');
    const before = storage.writes;
    for (const t of ['1', 'yes', 'hello', 'talk to a person', 'YES']) {
      const r = await h.text(from, t);
      expect([t, r.status, r.raw]).toEqual([t, 200, EMPTY]);
    }
    expect(storage.writes).toBe(before);
  });

  it('HELP answers whether or not opted out, without running the bot', async () => {
    const from = newNumber();
    await midFlow(h, from);
    const before = storage.writes;
    expect((await h.text(from, 'HELP')).messages).toEqual([words.help]);
    expect((await h.text(from, 'info')).messages).toEqual([words.help]);
    await h.text(from, 'STOP');
    expect((await h.text(from, 'help')).messages).toEqual([words.help]);
    expect(storage.writes).toBe(before);
    expect(words.help).toContain('ADVISER');
    expect(words.help).toContain('STOP');
  });

  it('what HELP promises works: ADVISER offers a person', async () => {
    const from = newNumber();
    await midFlow(h, from);
    const r = await h.text(from, 'ADVISER');
    expect(r.text).toContain('adviser');
    expect(r.text).toContain('Reply YES or NO.');
  });

  it.each(['START', 'unstop'])('%s opts back in and asks the pending question again', async (word) => {
    const from = newNumber();
    const question = await midFlow(h, from);
    await h.text(from, 'STOP');
    const r = await h.text(from, word);
    expect(r.messages).toHaveLength(1);
    expect(r.text.startsWith(words.optedIn)).toBe(true);
    expect(r.text.endsWith(question)).toBe(true);
    // And the flow carries on: "1" is England.
    const next = await h.text(from, '1');
    expect(next.text).toContain('How old are you?');
  });

  it('START from someone new begins the conversation', async () => {
    const r = await h.text(newNumber(), 'START');
    expect(r.text).toContain("I'm Signpost");
    expect(r.text).toContain('Reply YES or NO.');
  });
});

describe('opt-outs persist (Redis)', () => {
  redis.it('a restart with the same Redis keeps the opt-out; START clears it', async () => {
    const prefix = `${redis.prefix}persist:`;
    const from = newNumber();
    const boot = async () => {
      const storage = new RedisStorage({ client: redis.client, prefix: `${prefix}state:`, ttlSeconds: 600 });
      return startSmsHarness({ storage, stores: createRedisSmsStores({ client: redis.client, prefix: `${prefix}sms:`, ttlSeconds: 600 }) });
    };

    const first = await boot();
    try {
      await midFlow(first, from);
      expect((await first.text(from, 'STOP')).messages).toEqual([words.optedOut]);
    } finally {
      await first.close();
    }

    const second = await boot();
    try {
      expect((await second.text(from, 'hello')).raw).toBe(EMPTY);
      const back = await second.text(from, 'START');
      expect(back.text.startsWith(words.optedIn)).toBe(true);
      expect(back.text).toContain('Which country in the UK do you live in?');
      // Opt-outs never expire: the key has no TTL.
      await second.text(from, 'STOP');
      const key = `${prefix}sms:optout:${hashPhone(SALT, from)}`;
      expect(await redis.client.ttl(key)).toBe(-1);
      expect(await redis.client.get(key)).not.toContain(from);
    } finally {
      await second.close();
    }
  });
});
