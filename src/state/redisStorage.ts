/**
 * botbuilder-compatible Storage on Redis (ioredis). Each item is a hash `{ etag, doc }` under
 * `prefix + storageKey`; reads are one Lua script for all keys, writes are compare-and-set in one Lua
 * script per key; TTL slides on read and write.
 *
 * A turn lock can take its lock and read the turn's items in the same round trip
 * ({@link RedisStorage.lockAndRead}); the items are then held for that turn's first read of each.
 */
import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';
import { z } from 'zod';
import { SignpostError } from '../errors';
import { noteReadJson, takeLastWriteOfTurn, takeWriteJson, type Storage, type StoreItems } from './storage';

/** Options for {@link RedisStorage}. */
export interface RedisStorageOptions {
  /** Shared ioredis client. Must not use ioredis' own `keyPrefix` option. */
  client: Redis;
  /** Prepended to every storage key, e.g. `signpost:state:`. */
  prefix: string;
  /** Expiry in seconds (positive integer), set on every write and refreshed on every read. */
  ttlSeconds: number;
}

/**
 * KEYS[1] item, KEYS[2] (optional) a turn lock to release once written; ARGV[1] incoming eTag ('' or
 * '*' = unconditional), ARGV[2] new eTag, ARGV[3] doc JSON, ARGV[4] ttl seconds, ARGV[5] the lock's
 * token (it is deleted only if it still holds that token). Returns 1 when written, 0 on eTag conflict
 * (nothing written, nothing released). No cjson/error_reply, for portability.
 */
const CAS_WRITE_LUA = `
local incoming = ARGV[1]
if incoming ~= '' and incoming ~= '*' then
  local stored = redis.call('HGET', KEYS[1], 'etag')
  if stored and stored ~= incoming then
    return 0
  end
end
redis.call('HSET', KEYS[1], 'etag', ARGV[2], 'doc', ARGV[3])
redis.call('EXPIRE', KEYS[1], ARGV[4])
if KEYS[2] and redis.call('GET', KEYS[2]) == ARGV[5] then
  redis.call('DEL', KEYS[2])
end
return 1
`;
const CAS_COMMAND = 'signpostStateCasWrite';
const WRITTEN = 1;

/**
 * Reads KEYS[first..] (HMGET etag doc, then EXPIRE ARGV[1] seconds) into a flat list
 * `etag1, doc1, etag2, doc2, …`, with nil for what is missing.
 */
const readItemsLua = (first: number) => `
local out = {}
for i = ${first}, #KEYS do
  local v = redis.call('HMGET', KEYS[i], 'etag', 'doc')
  redis.call('EXPIRE', KEYS[i], ARGV[1])
  out[#out + 1] = v[1]
  out[#out + 1] = v[2]
end
return out
`;
/** KEYS: the items; ARGV[1] ttl seconds. */
const READ_COMMAND = 'signpostStateRead';
/**
 * KEYS[1] a turn lock, KEYS[2..] items; ARGV[1] ttl seconds, ARGV[2] lock token, ARGV[3] lease ms.
 * Takes the lock (SET NX PX) and, only if it was free, reads the items as READ does. Nil when the lock is held.
 */
const LOCK_READ_LUA = `
if not redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3], 'NX') then
  return false
end
${readItemsLua(2)}`;
const LOCK_READ_COMMAND = 'signpostStateLockRead';

/** Flat `etag, doc` pairs as the read scripts return them (null where missing). */
type RawItems = (string | null)[];

type CasClient = Redis & {
  [CAS_COMMAND](numberOfKeys: number, ...keysThenArgs: (string | number)[]): Promise<number>;
  [READ_COMMAND](numberOfKeys: number, ...keysThenTtl: (string | number)[]): Promise<RawItems>;
  [LOCK_READ_COMMAND](numberOfKeys: number, ...keysThenArgs: (string | number)[]): Promise<RawItems | null>;
};

/**
 * A turn's hold on its Redis lock, shared by the lock that took it and the storage that read the
 * turn's state with it ({@link RedisStorage.lockAndRead}).
 */
export interface TurnLease {
  /** The lock's full Redis key. */
  readonly lockKey: string;
  /** This holder's token, the lock's value. */
  readonly token: string;
  /**
   * Whether the turn's last write of the state read with the lock (marked with `markLastWriteOfTurn`, storage.ts)
   * may release the lock in the same round trip.
   */
  readonly releaseOnLastWrite: boolean;
  /** Set once a write has released the lock; the holder then does not release it again. */
  released: boolean;
}

/** What the storage keeps for a key read with a turn's lock. */
interface TurnItem {
  lease: TurnLease;
  /** The item as read (`etag`, `doc`; null: none) until the turn's first read or write of it takes it. */
  read?: { etag: string | null; doc: string | null };
}

const storedDoc = z.record(z.string(), z.unknown());

/** Escapes Redis glob characters so a literal prefix can be used in `SCAN MATCH`. */
export function escapeRedisGlob(literal: string): string {
  return literal.replace(/[*?[\]\\]/g, (c) => `\\${c}`);
}

/**
 * SCANs for every key starting with `fullPrefix` (literal, not a pattern) and UNLINKs them in batches.
 * @returns how many keys were removed.
 */
export async function unlinkByPrefix(client: Redis, fullPrefix: string): Promise<number> {
  const pattern = `${escapeRedisGlob(fullPrefix)}*`;
  let cursor = '0';
  let removed = 0;
  do {
    const [next, keys] = await client.scan(cursor, 'MATCH', pattern, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) removed += await client.unlink(...keys);
  } while (cursor !== '0');
  return removed;
}

/** Redis-backed {@link Storage} with eTag compare-and-set and sliding expiry. */
export class RedisStorage implements Storage {
  private readonly client: CasClient;
  private readonly prefix: string;
  private readonly ttlSeconds: number;
  /**
   * Keys read with a turn's lock, by storage key: the item as read until the turn's first read, write or
   * delete of it takes it, and the lease until the turn ends.
   */
  private readonly turnItems = new Map<string, TurnItem>();

  constructor(options: RedisStorageOptions) {
    if (!Number.isInteger(options.ttlSeconds) || options.ttlSeconds <= 0) {
      throw new RangeError('RedisStorage: ttlSeconds must be a positive integer.');
    }
    if (options.client.options.keyPrefix) {
      throw new RangeError('RedisStorage: use the prefix option, not the ioredis keyPrefix option.');
    }
    options.client.defineCommand(CAS_COMMAND, { lua: CAS_WRITE_LUA });
    options.client.defineCommand(READ_COMMAND, { lua: readItemsLua(1) });
    options.client.defineCommand(LOCK_READ_COMMAND, { lua: LOCK_READ_LUA });
    this.client = options.client as CasClient;
    this.prefix = options.prefix;
    this.ttlSeconds = options.ttlSeconds;
  }

  /**
   * Reads items in one round trip (one script: HMGET and EXPIRE per key). Missing keys are absent from
   * the result. Items this storage holds from a turn's {@link lockAndRead} are taken from there instead
   * (once each) and not read again.
   * @throws SignpostError SP_STATE_CORRUPT naming the key (never the content) if a stored doc is not a JSON object.
   */
  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    let rest: string[] | undefined;
    for (const key of keys) {
      const read = this.takeRead(key);
      if (read) {
        addItem(items, key, read.etag, read.doc);
      } else {
        (rest ??= []).push(key);
      }
    }
    if (rest) {
      const raw = await this.client[READ_COMMAND](rest.length, ...rest.map((key) => this.prefix + key), this.ttlSeconds);
      rest.forEach((key, i) => addItem(items, key, raw[i * 2] ?? null, raw[i * 2 + 1] ?? null));
    }
    return items;
  }

  /**
   * For a turn lock: takes the lock `lease.lockKey` (SET NX PX, exactly as the lock would) and, in the
   * same round trip and only if it was free, reads `keys` (refreshing their TTL as {@link read} does).
   * The items are held for this turn: its first {@link read} of each is answered from them, and a write
   * or delete of one drops it. With `lease.releaseOnLastWrite`, the turn's last write of one of them
   * releases the lock with it (and sets `lease.released`). The holder must call {@link endTurn} before
   * releasing the lock.
   * @param leaseMs the lock's expiry in ms
   * @param keys storage keys (this storage's prefix is applied), at least one
   * @returns false, having read nothing, when someone else holds the lock
   */
  async lockAndRead(lease: TurnLease, leaseMs: number, keys: string[]): Promise<boolean> {
    const raw = await this.client[LOCK_READ_COMMAND](
      keys.length + 1, lease.lockKey, ...keys.map((key) => this.prefix + key), this.ttlSeconds, lease.token, leaseMs,
    );
    if (raw === null) return false;
    keys.forEach((key, i) => this.turnItems.set(key, { lease, read: { etag: raw[i * 2] ?? null, doc: raw[i * 2 + 1] ?? null } }));
    return true;
  }

  /**
   * What the turn's {@link lockAndRead} read for `key`, once: a later call gets undefined, so a read
   * after the first, or after a write or delete, goes to Redis. Undefined: nothing held.
   */
  private takeRead(key: string): TurnItem['read'] {
    const turn = this.turnItems.get(key);
    const read = turn?.read;
    if (turn) turn.read = undefined;
    return read;
  }

  /** Forgets what a turn's {@link lockAndRead} under `lease` read. */
  endTurn(keys: string[], lease: TurnLease): void {
    for (const key of keys) if (this.turnItems.get(key)?.lease === lease) this.turnItems.delete(key);
  }

  /**
   * Writes each item through the compare-and-set script, stripping `eTag` and assigning a fresh one.
   * An item's `eTag` of `'*'` or undefined overwrites unconditionally; so does any eTag when nothing is stored.
   * Not atomic across keys: items without a conflict are written even if another key conflicts.
   * An item marked as its turn's last write (`markLastWriteOfTurn`, storage.ts), of a key read with a lock
   * whose lease allows it, releases that lock in the same script once written.
   * @throws SignpostError SP_STATE_ETAG_CONFLICT ("eTag conflict") if a stored item has a different eTag.
   */
  async write(changes: StoreItems): Promise<void> {
    const results = await Promise.all(
      Object.entries(changes).map(async ([key, item]) => {
        if (typeof item !== 'object' || item === null || Array.isArray(item)) {
          throw new TypeError(`RedisStorage: item for key ${key} must be an object.`);
        }
        this.takeRead(key);
        const turn = this.turnItems.get(key);
        const lease = takeLastWriteOfTurn(item) && turn?.lease.releaseOnLastWrite && !turn.lease.released ? turn.lease : undefined;
        const offered = takeWriteJson(item);
        const { eTag, ...doc } = item as Record<string, unknown>;
        const incoming = typeof eTag === 'string' ? eTag : '';
        const args = [incoming, randomUUID(), offered ?? JSON.stringify(doc), this.ttlSeconds];
        const status = lease
          ? await this.client[CAS_COMMAND](2, this.prefix + key, lease.lockKey, ...args, lease.token)
          : await this.client[CAS_COMMAND](1, this.prefix + key, ...args);
        if (lease && status === WRITTEN) lease.released = true;
        return { key, written: status === WRITTEN };
      }),
    );
    const conflicts = results.filter((r) => !r.written).map((r) => r.key);
    if (conflicts.length > 0) {
      throw new SignpostError('SP_STATE_ETAG_CONFLICT', `Keys: ${conflicts.join(', ')}.`);
    }
  }

  /** UNLINKs the items; missing keys are ignored. */
  async delete(keys: string[]): Promise<void> {
    if (keys.length === 0) return;
    for (const key of keys) this.takeRead(key);
    await this.client.unlink(...keys.map((key) => this.prefix + key));
  }

  /**
   * Removes every item whose storage key starts with `subPrefix` (literal), e.g. `msteams/users/<id>/`.
   * @returns how many items were removed.
   */
  async deleteByPrefix(subPrefix: string): Promise<number> {
    if (subPrefix === '') throw new RangeError('RedisStorage.deleteByPrefix: subPrefix must not be empty.');
    for (const key of this.turnItems.keys()) if (key.startsWith(subPrefix)) this.takeRead(key);
    return unlinkByPrefix(this.client, this.prefix + subPrefix);
  }
}

/** Adds a stored item to `items` (nothing when there is no doc), noting the JSON it was read from. */
function addItem(items: StoreItems, key: string, etag: string | null, doc: string | null): void {
  if (doc === null) return;
  const item = { ...parseDoc(key, doc, etag), eTag: etag };
  noteReadJson(item, doc);
  items[key] = item;
}

function parseDoc(key: string, doc: string, etag: string | null): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(doc);
  } catch {
    throw new SignpostError('SP_STATE_CORRUPT', `Key ${key}: doc is not JSON.`);
  }
  if (!storedDoc.safeParse(parsed).success) {
    throw new SignpostError('SP_STATE_CORRUPT', `Key ${key}: doc is not a JSON object.`);
  }
  if (etag === null) throw new SignpostError('SP_STATE_CORRUPT', `Key ${key}: etag is missing.`);
  return parsed as Record<string, unknown>;
}
