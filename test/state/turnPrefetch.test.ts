/**
 * A turn's state read in the same round trip as its lock (RedisTurnLock `prefetch` with
 * RedisStorage.lockAndRead), against the real Redis on 127.0.0.1:6379 (see test/support/redis.ts):
 * the turn's first read is answered without Redis and equals a plain read; nothing read with the lock
 * is ever answered once it may be stale (after a write, a delete or the turn's end); turns across
 * two processes still lose nothing; and, where the caller allows it, the turn's last write releases
 * the lock in the same round trip, and no other write does.
 */
import { RedisStorage } from '../../src/state/redisStorage';
import { markLastWriteOfTurn, readJsonOf } from '../../src/state/storage';
import { SignpostError } from '../../src/errors';
import { RedisTurnLock } from '../../src/state/turnLock';
import { commandLog, withTestRedis } from '../support/redis';

const redis = withTestRedis();
const it_ = redis.it;
const TTL = 100;
const KEY = 'msteams/conversations/c1/';
const LOCK_KEY = 'msteams/c1';
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

let n = 0;
/** A "process": its own client, storage and prefetching lock, under a prefix shared by `count` of them. */
async function processes(count: number, keysFor: (key: string) => string[] = () => [KEY], leaseMs?: number) {
  const prefix = `${redis.prefix}p${++n}:`;
  return Promise.all(Array.from({ length: count }, async () => {
    const client = redis.newClient(); // redis.client stays the tests' own, outside every "process"
    await client.ping(); // connected, so command logs hold only the tests' commands
    const storage = new RedisStorage({ client, prefix: `${prefix}state:`, ttlSeconds: TTL });
    const lock = new RedisTurnLock({ client, prefix: `${prefix}lock:`, prefetch: { storage, keysFor }, leaseMs });
    return { client, storage, lock, statePrefix: `${prefix}state:` };
  }));
}

it_("answers the turn's first read from what was read with the lock: no further command, same item as a plain read", async () => {
  const [one] = await processes(1);
  const { storage, lock, client } = one!;
  await storage.write({ [KEY]: { step: 'ask', answers: { age: 67 } } });
  const plain = (await storage.read([KEY]))[KEY];

  const names = commandLog(client).names;
  const seen = await lock.runExclusive(LOCK_KEY, async () => {
    const before = names.length;
    const item = (await storage.read([KEY]))[KEY];
    expect(names.length).toBe(before); // answered without Redis
    return item;
  });
  expect(names).toEqual(['evalsha', 'evalsha']); // lock with read; release
  expect(seen).toEqual(plain);
  expect(readJsonOf(seen)).toBe(readJsonOf(plain));
});

it_('answers a missing item as missing, and a second read of the same key from Redis (a fresh object)', async () => {
  const [one] = await processes(1);
  const { storage, lock, client } = one!;
  const names = commandLog(client).names;
  await lock.runExclusive(LOCK_KEY, async () => {
    expect(await storage.read([KEY])).toEqual({});
    expect(names).toHaveLength(1);
    await storage.read([KEY]);
    expect(names).toHaveLength(2);
  });
});

it_('reads keys the lock did not read from Redis, in the same call', async () => {
  const [one] = await processes(1);
  const { storage, lock } = one!;
  await storage.write({ [KEY]: { v: 1 }, other: { v: 2 } });
  const items = await lock.runExclusive(LOCK_KEY, () => storage.read([KEY, 'other', 'missing']));
  expect(Object.keys(items).sort()).toEqual([KEY, 'other']);
  expect(items[KEY].v).toBe(1);
  expect(items.other.v).toBe(2);
});

it_('never answers from the lock read after the turn wrote or deleted the item', async () => {
  const [one] = await processes(1);
  const { storage, lock } = one!;
  await storage.write({ [KEY]: { v: 1 } });
  await lock.runExclusive(LOCK_KEY, async () => {
    await storage.write({ [KEY]: { v: 2, eTag: '*' } });
    expect((await storage.read([KEY]))[KEY].v).toBe(2);
  });
  await lock.runExclusive(LOCK_KEY, async () => {
    await storage.delete([KEY]);
    expect(await storage.read([KEY])).toEqual({});
  });
  await storage.write({ [KEY]: { v: 3 } });
  await lock.runExclusive(LOCK_KEY, async () => {
    await storage.deleteByPrefix('msteams/conversations/');
    expect(await storage.read([KEY])).toEqual({});
  });
});

it_("drops what the turn did not read when it ends, so a later read sees another process's write", async () => {
  const [one, two] = await processes(2);
  await one!.storage.write({ [KEY]: { v: 1 } });
  await one!.lock.runExclusive(LOCK_KEY, async () => undefined); // read with the lock, never taken
  await two!.storage.write({ [KEY]: { v: 2, eTag: '*' } });
  expect((await one!.storage.read([KEY]))[KEY].v).toBe(2);
});

it_('reads with the lock only once the lock is free: a waiting process sees what the holder wrote', async () => {
  const [one, two] = await processes(2);
  await one!.storage.write({ [KEY]: { v: 1 } });
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  const holder = one!.lock.runExclusive(LOCK_KEY, async () => {
    await one!.storage.read([KEY]);
    await held;
    await one!.storage.write({ [KEY]: { v: 2, eTag: '*' } });
  });
  await sleep(20);
  const waiter = two!.lock.runExclusive(LOCK_KEY, async () => (await two!.storage.read([KEY]))[KEY].v);
  await sleep(50); // the waiter has tried (and failed) to take the lock at least once
  release();
  await holder;
  expect(await waiter).toBe(2);
});

it_('refreshes the TTL of what it reads with the lock', async () => {
  const [one] = await processes(1);
  const { storage, lock, client, statePrefix } = one!;
  await storage.write({ [KEY]: { v: 1 } });
  await client.expire(statePrefix + KEY, 5);
  await lock.runExclusive(LOCK_KEY, async () => undefined);
  expect(await client.ttl(statePrefix + KEY)).toBeGreaterThan(50);
});

it_('loses nothing when 20 read-modify-write turns of one conversation run at once in two processes', async () => {
  const procs = await processes(2);
  await Promise.all(
    Array.from({ length: 20 }, (_, i) => {
      const { lock, storage } = procs[i % 2]!;
      return lock.runExclusive(LOCK_KEY, async () => {
        const doc = (await storage.read([KEY]))[KEY] ?? {};
        await sleep(2);
        await storage.write({ [KEY]: { ...doc, [`f${i}`]: i, eTag: '*' } });
      });
    }),
  );
  const final = (await procs[0]!.storage.read([KEY]))[KEY];
  for (let i = 0; i < 20; i++) expect(final[`f${i}`]).toBe(i);
});

it_('locks without reading when the lock key names no state', async () => {
  const [one] = await processes(1, () => []);
  const names = commandLog(one!.client).names;
  await one!.lock.runExclusive('no-slash', async () => undefined);
  expect(names).toEqual(['set', 'evalsha']);
});

/** An item marked as its turn's last write. */
function last<T extends object>(item: T): T {
  markLastWriteOfTurn(item);
  return item;
}

describe('releasing the lock with the turn\'s last write', () => {
  it_('frees the lock for other processes in the same command as the write; this process still waits for the turn', async () => {
    const [one, two] = await processes(2);
    const names = commandLog(one!.client).names;
    const events: string[] = [];
    let release!: () => void;
    const finishing = new Promise<void>((resolve) => (release = resolve));
    const turn = one!.lock.runExclusive(LOCK_KEY, async () => {
      await one!.storage.read([KEY]);
      await one!.storage.write({ [KEY]: last({ v: 1, eTag: '*' }) });
      expect(await redis.client.exists(one!.lock.redisKey(LOCK_KEY))).toBe(0);
      // another process can run a turn now; it sees the write
      events.push(`other saw ${(await two!.lock.runExclusive(LOCK_KEY, () => two!.storage.read([KEY])))[KEY].v}`);
      await finishing;
      events.push('first turn ends');
    }, { releaseOnLastWrite: true });
    const local = one!.lock.runExclusive(LOCK_KEY, async () => { events.push('next local turn'); });
    await sleep(30);
    expect(events).toEqual(['other saw 1']);
    release();
    await Promise.all([turn, local]);
    expect(events).toEqual(['other saw 1', 'first turn ends', 'next local turn']);
    expect(names.slice(0, 2)).toEqual(['evalsha', 'evalsha']); // lock with read; write with release (no release of its own)
    expect(names.filter((name) => name !== 'evalsha')).toEqual([]);
    expect(names).toHaveLength(2 + 2); // and the next local turn: lock with read, release
  });

  const HOLDS: [string, boolean | undefined, (item: object) => object][] = [
    ['the caller did not allow it', undefined, last],
    ['the write is not marked as the last', true, (item) => item],
  ];
  for (const [why, releaseOnLastWrite, mark] of HOLDS) {
    it_(`keeps the lock to the end of the turn when ${why}`, async () => {
      const [one] = await processes(1);
      const names = commandLog(one!.client).names;
      await one!.lock.runExclusive(LOCK_KEY, async () => {
        await one!.storage.write({ [KEY]: mark({ v: 1, eTag: '*' }) });
        expect(await redis.client.exists(one!.lock.redisKey(LOCK_KEY))).toBe(1);
      }, { releaseOnLastWrite });
      expect(names).toEqual(['evalsha', 'evalsha', 'evalsha']);
      expect(await redis.client.exists(one!.lock.redisKey(LOCK_KEY))).toBe(0);
    });
  }

  it_('releases nothing when the last write loses on its eTag; the turn then releases as usual', async () => {
    const [one] = await processes(1);
    await one!.storage.write({ [KEY]: { v: 1 } });
    const error = await one!.lock.runExclusive(LOCK_KEY, async () => {
      const failed = await one!.storage.write({ [KEY]: last({ v: 2, eTag: 'not-the-stored-one' }) }).catch((e: unknown) => e);
      expect(await redis.client.exists(one!.lock.redisKey(LOCK_KEY))).toBe(1);
      return failed;
    }, { releaseOnLastWrite: true });
    expect((error as SignpostError).code).toBe('SP_STATE_ETAG_CONFLICT');
    expect(await redis.client.exists(one!.lock.redisKey(LOCK_KEY))).toBe(0);
    expect((await one!.storage.read([KEY]))[KEY].v).toBe(1);
  });

  it_("never frees a lock another process took after this turn's lease ran out", async () => {
    const [slow, other] = await processes(2, () => [KEY], 200);
    let release!: () => void;
    const late = new Promise<void>((resolve) => (release = resolve));
    const turn = slow!.lock.runExclusive(LOCK_KEY, async () => {
      await late;
      await slow!.storage.write({ [KEY]: last({ v: 'late', eTag: '*' }) });
    }, { releaseOnLastWrite: true });
    await sleep(250); // the lease has run out
    let otherHolds = false;
    const next = other!.lock.runExclusive(LOCK_KEY, async () => {
      otherHolds = true;
      release();
      await turn;
      expect(await redis.client.exists(other!.lock.redisKey(LOCK_KEY))).toBe(1);
    });
    await next;
    expect(otherHolds).toBe(true);
  });
});
