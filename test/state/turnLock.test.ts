/** Turn locks: InMemoryTurnLock in-process, RedisTurnLock against the real Redis (see test/support/redis.ts). */
import { SignpostError } from '../../src/errors';
import { RedisStorage } from '../../src/state/redisStorage';
import { InMemoryTurnLock, RedisTurnLock } from '../../src/state/turnLock';
import { withTestRedis } from '../support/redis';

const redis = withTestRedis();
const it_ = redis.it;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A promise to hold a lock with until the test opens it. */
function gate(): { opened: Promise<void>; open: () => void } {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** Runs a task that records its enter/exit and awaits in between. */
function recorder(events: string[]) {
  return (name: string, ms = 15) =>
    async () => {
      events.push(`${name}+`);
      await sleep(ms);
      await Promise.resolve();
      await sleep(ms);
      events.push(`${name}-`);
      return name;
    };
}

function expectNoOverlap(events: string[]): void {
  for (let i = 0; i < events.length; i += 2) {
    expect(events[i]!.endsWith('+')).toBe(true);
    expect(events[i + 1]).toBe(`${events[i]!.slice(0, -1)}-`);
  }
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (e: unknown) => e,
  );
}

let n = 0;
const lockPrefix = () => `${redis.prefix}lock${++n}:`;

describe('InMemoryTurnLock', () => {
  it('runs tasks for one key one at a time, in arrival order, and forgets idle keys', async () => {
    const lock = new InMemoryTurnLock();
    const events: string[] = [];
    const task = recorder(events);
    const results = await Promise.all([30, 5, 20, 1].map((ms, i) => lock.runExclusive('k', task(`t${i}`, ms))));
    expect(results).toEqual(['t0', 't1', 't2', 't3']);
    expect(events.filter((e) => e.endsWith('+'))).toEqual(['t0+', 't1+', 't2+', 't3+']);
    expectNoOverlap(events);
    await Promise.resolve();
    expect(lock.activeKeys).toBe(0);
  });

  it('survives a task that throws', async () => {
    const lock = new InMemoryTurnLock();
    const events: string[] = [];
    const failing = lock.runExclusive('k', async () => {
      events.push('bad+');
      await sleep(10);
      throw new Error('boom');
    });
    const next = lock.runExclusive('k', recorder(events)('good'));
    await expect(failing).rejects.toThrow('boom');
    await expect(next).resolves.toBe('good');
    expect(events).toEqual(['bad+', 'good+', 'good-']);
    await Promise.resolve();
    expect(lock.activeKeys).toBe(0);
  });

  it('runs different keys in parallel', async () => {
    const lock = new InMemoryTurnLock();
    const events: string[] = [];
    await Promise.all([lock.runExclusive('a', recorder(events)('a', 30)), lock.runExclusive('b', recorder(events)('b', 30))]);
    expect(events.slice(0, 2).sort()).toEqual(['a+', 'b+']);
  });

  it('times out a waiter after waitMs without breaking the queue', async () => {
    const lock = new InMemoryTurnLock({ waitMs: 50 });
    const held = gate();
    const holder = lock.runExclusive('k', () => held.opened);
    const error = await rejection(lock.runExclusive('k', async () => 'never'));
    expect((error as SignpostError).code).toBe('SP_TURN_LOCK_TIMEOUT');
    let entered = false;
    const later = lock.runExclusive('k', async () => {
      entered = true;
    });
    await sleep(10);
    expect(entered).toBe(false); // the timed-out waiter did not let anyone past the holder
    held.open();
    await holder;
    await later;
    expect(entered).toBe(true);
    await Promise.resolve();
    expect(lock.activeKeys).toBe(0);
  });
});

describe('RedisTurnLock', () => {
  it_('never overlaps two instances (two clients, like two processes) on one key', async () => {
    const prefix = lockPrefix();
    const one = new RedisTurnLock({ client: redis.client, prefix });
    const two = new RedisTurnLock({ client: redis.newClient(), prefix });
    const events: string[] = [];
    const task = recorder(events);
    const runs: Promise<string>[] = [];
    for (let i = 0; i < 6; i++) {
      runs.push(one.runExclusive('msteams/conv 1', task(`one${i}`)));
      runs.push(two.runExclusive('msteams/conv 1', task(`two${i}`)));
    }
    await Promise.all(runs);
    expect(events).toHaveLength(24);
    expectNoOverlap(events);
    expect(await redis.client.exists(one.redisKey('msteams/conv 1'))).toBe(0); // released
  });

  it_('runs different keys in parallel', async () => {
    const prefix = lockPrefix();
    const one = new RedisTurnLock({ client: redis.client, prefix });
    const two = new RedisTurnLock({ client: redis.newClient(), prefix });
    const events: string[] = [];
    const started = Date.now();
    await Promise.all([one.runExclusive('a', recorder(events)('a', 100)), two.runExclusive('b', recorder(events)('b', 100))]);
    expect(events.slice(0, 2).sort()).toEqual(['a+', 'b+']);
    expect(Date.now() - started).toBeLessThan(350);
  });

  it_('hashes any conversation id into a safe key', async () => {
    const prefix = lockPrefix();
    const lock = new RedisTurnLock({ client: redis.client, prefix });
    const id = 'a:b/*?[x]\\ \n{slot} é 🙂';
    await lock.runExclusive(id, async () => {
      const key = lock.redisKey(id);
      expect(key).toMatch(new RegExp(`^${prefix}[0-9a-f]{64}$`));
      expect(await redis.client.exists(key)).toBe(1);
    });
    expect(lock.redisKey(id)).not.toBe(lock.redisKey('a:b/'));
  });

  it_('lets a lock whose holder never releases expire after leaseMs, without the late release freeing the new holder', async () => {
    const prefix = lockPrefix();
    const stuck = new RedisTurnLock({ client: redis.client, prefix, leaseMs: 300 });
    const waiting = new RedisTurnLock({ client: redis.newClient(), prefix, waitMs: 3000 });
    const held = gate();
    const holder = stuck.runExclusive('k', () => held.opened);
    await sleep(20);
    const started = Date.now();
    const second = gate();
    let enteredAt = 0;
    const next = waiting.runExclusive('k', async () => {
      enteredAt = Date.now();
      await second.opened;
    });
    while (enteredAt === 0) await sleep(10);
    expect(enteredAt - started).toBeGreaterThanOrEqual(200);
    expect(enteredAt - started).toBeLessThan(1000);
    held.open();
    await holder; // its token-checked release must not delete the new holder's lock
    expect(await redis.client.exists(waiting.redisKey('k'))).toBe(1);
    second.open();
    await next;
    expect(await redis.client.exists(waiting.redisKey('k'))).toBe(0);
  });

  it_('throws SP_TURN_LOCK_TIMEOUT after waitMs, across processes and within one', async () => {
    const prefix = lockPrefix();
    const holderLock = new RedisTurnLock({ client: redis.client, prefix, waitMs: 200 });
    const other = new RedisTurnLock({ client: redis.newClient(), prefix, waitMs: 200 });
    const held = gate();
    const holder = holderLock.runExclusive('k', () => held.opened);
    await sleep(20);
    for (const lock of [other, holderLock]) {
      const started = Date.now();
      const error = await rejection(lock.runExclusive('k', async () => 'never'));
      expect(error).toBeInstanceOf(SignpostError);
      expect((error as SignpostError).code).toBe('SP_TURN_LOCK_TIMEOUT');
      expect(Date.now() - started).toBeGreaterThanOrEqual(190);
      expect(Date.now() - started).toBeLessThan(1000);
    }
    held.open();
    await holder;
    await expect(other.runExclusive('k', async () => 'free again')).resolves.toBe('free again');
  });

  it_('releases the lock when the task throws', async () => {
    const lock = new RedisTurnLock({ client: redis.client, prefix: lockPrefix() });
    await expect(lock.runExclusive('k', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await redis.client.exists(lock.redisKey('k'))).toBe(0);
  });

  it_('loses nothing when 20 read-modify-write turns run at once (writes use eTag "*", like BotState)', async () => {
    const prefix = lockPrefix();
    const clients = [redis.client, redis.newClient()];
    const locks = clients.map((client) => new RedisTurnLock({ client, prefix }));
    const stores = clients.map((client) => new RedisStorage({ client, prefix: `${prefix}state:`, ttlSeconds: 60 }));
    const key = 'msteams/conversations/c1/';
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        locks[i % 2]!.runExclusive(key, async () => {
          const store = stores[i % 2]!;
          const doc = (await store.read([key]))[key] ?? {};
          await sleep(2);
          await store.write({ [key]: { ...doc, [`f${i}`]: i, eTag: '*' } });
        }),
      ),
    );
    const final = (await stores[0]!.read([key]))[key];
    for (let i = 0; i < 20; i++) expect(final[`f${i}`]).toBe(i);
  });
});
