/**
 * botbuilder-compatible Storage on Redis (ioredis). Each item is a hash `{ etag, doc }` under
 * `prefix + storageKey`; writes are compare-and-set in one Lua script per key; TTL slides on read and write.
 */
import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';
import { z } from 'zod';
import { SignpostError } from '../errors';
import { noteReadJson, takeWriteJson, type Storage, type StoreItems } from './storage';

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
 * KEYS[1] item; ARGV[1] incoming eTag ('' or '*' = unconditional), ARGV[2] new eTag, ARGV[3] doc JSON,
 * ARGV[4] ttl seconds. Returns 1 when written, 0 on eTag conflict. No cjson/error_reply, for portability.
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
return 1
`;
const CAS_COMMAND = 'signpostStateCasWrite';
const WRITTEN = 1;

type CasClient = Redis & {
  [CAS_COMMAND](key: string, incomingEtag: string, newEtag: string, doc: string, ttlSeconds: number): Promise<number>;
};

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

  constructor(options: RedisStorageOptions) {
    if (!Number.isInteger(options.ttlSeconds) || options.ttlSeconds <= 0) {
      throw new RangeError('RedisStorage: ttlSeconds must be a positive integer.');
    }
    if (options.client.options.keyPrefix) {
      throw new RangeError('RedisStorage: use the prefix option, not the ioredis keyPrefix option.');
    }
    options.client.defineCommand(CAS_COMMAND, { numberOfKeys: 1, lua: CAS_WRITE_LUA });
    this.client = options.client as CasClient;
    this.prefix = options.prefix;
    this.ttlSeconds = options.ttlSeconds;
  }

  /**
   * Reads items in one pipeline (HMGET + EXPIRE per key). Missing keys are absent from the result.
   * @throws SignpostError SP_STATE_CORRUPT naming the key (never the content) if a stored doc is not a JSON object.
   */
  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const pipeline = this.client.pipeline();
    for (const key of keys) {
      pipeline.hmget(this.prefix + key, 'etag', 'doc');
      pipeline.expire(this.prefix + key, this.ttlSeconds);
    }
    const replies = (await pipeline.exec()) ?? [];
    const items: StoreItems = {};
    keys.forEach((key, i) => {
      const [error, value] = replies[i * 2] ?? [new Error('RedisStorage: missing pipeline reply.'), null];
      if (error) throw error;
      const [etag, doc] = value as [string | null, string | null];
      if (doc === null) return;
      const item = { ...parseDoc(key, doc, etag), eTag: etag };
      noteReadJson(item, doc);
      items[key] = item;
    });
    return items;
  }

  /**
   * Writes each item through the compare-and-set script, stripping `eTag` and assigning a fresh one.
   * An item's `eTag` of `'*'` or undefined overwrites unconditionally; so does any eTag when nothing is stored.
   * Not atomic across keys: items without a conflict are written even if another key conflicts.
   * @throws SignpostError SP_STATE_ETAG_CONFLICT ("eTag conflict") if a stored item has a different eTag.
   */
  async write(changes: StoreItems): Promise<void> {
    const results = await Promise.all(
      Object.entries(changes).map(async ([key, item]) => {
        if (typeof item !== 'object' || item === null || Array.isArray(item)) {
          throw new TypeError(`RedisStorage: item for key ${key} must be an object.`);
        }
        const offered = takeWriteJson(item);
        const { eTag, ...doc } = item as Record<string, unknown>;
        const incoming = typeof eTag === 'string' ? eTag : '';
        const status = await this.client[CAS_COMMAND](
          this.prefix + key,
          incoming,
          randomUUID(),
          offered ?? JSON.stringify(doc),
          this.ttlSeconds,
        );
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
    await this.client.unlink(...keys.map((key) => this.prefix + key));
  }

  /**
   * Removes every item whose storage key starts with `subPrefix` (literal), e.g. `msteams/users/<id>/`.
   * @returns how many items were removed.
   */
  async deleteByPrefix(subPrefix: string): Promise<number> {
    if (subPrefix === '') throw new RangeError('RedisStorage.deleteByPrefix: subPrefix must not be empty.');
    return unlinkByPrefix(this.client, this.prefix + subPrefix);
  }
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
