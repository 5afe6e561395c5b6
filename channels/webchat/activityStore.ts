/**
 * Per-conversation activity logs for the Direct Line bridge. A log is an ordered list; activity `n`
 * (0-based) has the id `<conversationId>|<n>`, and the watermark is the number of activities a
 * client has seen, so `read(id, w)` returns activities `w, w+1, …`. A conversation exists from
 * `create` until its TTL lapses (sliding on every append). Ids are assigned by the store, atomically.
 */
import type Redis from 'ioredis';
import { z } from 'zod';
import { SignpostError } from '../../src/errors';
import { conversationIdSchema } from './tokens';

/** An activity as logged and returned to Direct Line clients (plain JSON). */
export interface LoggedActivity {
  id: string;
  type: string;
  [key: string]: unknown;
}

/** An activity to append; any `id` is ignored (the store assigns one). */
export interface NewActivity {
  type: string;
  [key: string]: unknown;
}

/** One page of a log: the activities after the asked watermark and the watermark after them. */
export interface ActivityPage {
  activities: LoggedActivity[];
  watermark: number;
}

/** Where Direct Line conversations and their activities live. */
export interface ActivityStore {
  /** Creates the conversation if absent. @returns true if this call created it. */
  create(conversationId: string): Promise<boolean>;
  /** Whether the conversation exists (created and not expired). */
  exists(conversationId: string): Promise<boolean>;
  /**
   * Appends an activity and refreshes the TTL.
   * @returns its id and the watermark just after it.
   * @throws SignpostError SP_DL_CONVERSATION_NOT_FOUND if the conversation does not exist.
   */
  append(conversationId: string, activity: NewActivity): Promise<{ id: string; watermark: number }>;
  /** Activities from index `watermark` on (at most one page); undefined if the conversation does not exist. */
  read(conversationId: string, watermark: number): Promise<ActivityPage | undefined>;
}

/** Default largest number of activities one `read` returns (clients page by watermark). */
export const DEFAULT_PAGE_SIZE = 100;

/** The id of activity `index` in a conversation. */
export function activityId(conversationId: string, index: number): string {
  return `${conversationId}|${index}`;
}

const storedActivitySchema = z.object({ type: z.string().min(1) }).passthrough();

function serialise(activity: NewActivity): string {
  const { id: _ignored, ...rest } = activity;
  return JSON.stringify(rest);
}

function deserialise(conversationId: string, index: number, json: string): LoggedActivity {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new SignpostError('SP_STATE_CORRUPT', `Activity log entry ${index} is not JSON.`);
  }
  const parsed = storedActivitySchema.safeParse(value);
  if (!parsed.success) throw new SignpostError('SP_STATE_CORRUPT', `Activity log entry ${index} is not an activity.`);
  return { ...parsed.data, id: activityId(conversationId, index) };
}

function checkOptions(ttlSeconds: number, pageSize: number): void {
  if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) throw new RangeError('ActivityStore: ttlSeconds must be a positive integer.');
  if (!Number.isInteger(pageSize) || pageSize <= 0) throw new RangeError('ActivityStore: pageSize must be a positive integer.');
}

function checkWatermark(watermark: number): void {
  if (!Number.isSafeInteger(watermark) || watermark < 0) throw new RangeError('ActivityStore: watermark must be a non-negative integer.');
}

/** Options for {@link InMemoryActivityStore}. */
export interface InMemoryActivityStoreOptions {
  /** Seconds a conversation lives after its last append. */
  ttlSeconds: number;
  pageSize?: number;
  now?: () => Date;
}

/** Single-process store for tests and local runs. Expired conversations are dropped lazily. */
export class InMemoryActivityStore implements ActivityStore {
  private readonly logs = new Map<string, { entries: string[]; expiresAt: number }>();
  private readonly ttlMs: number;
  private readonly pageSize: number;
  private readonly now: () => Date;

  constructor(options: InMemoryActivityStoreOptions) {
    this.pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
    checkOptions(options.ttlSeconds, this.pageSize);
    this.ttlMs = options.ttlSeconds * 1000;
    this.now = options.now ?? (() => new Date());
  }

  async create(conversationId: string): Promise<boolean> {
    conversationIdSchema.parse(conversationId);
    this.sweep();
    if (this.logs.has(conversationId)) return false;
    this.logs.set(conversationId, { entries: [], expiresAt: this.now().getTime() + this.ttlMs });
    return true;
  }

  async exists(conversationId: string): Promise<boolean> {
    return this.live(conversationId) !== undefined;
  }

  async append(conversationId: string, activity: NewActivity): Promise<{ id: string; watermark: number }> {
    const log = this.live(conversationId);
    if (!log) throw new SignpostError('SP_DL_CONVERSATION_NOT_FOUND');
    log.entries.push(serialise(activity));
    log.expiresAt = this.now().getTime() + this.ttlMs;
    return { id: activityId(conversationId, log.entries.length - 1), watermark: log.entries.length };
  }

  async read(conversationId: string, watermark: number): Promise<ActivityPage | undefined> {
    checkWatermark(watermark);
    const log = this.live(conversationId);
    if (!log) return undefined;
    const slice = log.entries.slice(watermark, watermark + this.pageSize);
    const activities = slice.map((json, i) => deserialise(conversationId, watermark + i, json));
    return { activities, watermark: Math.min(log.entries.length, watermark + activities.length) };
  }

  private live(conversationId: string): { entries: string[]; expiresAt: number } | undefined {
    const log = this.logs.get(conversationId);
    if (log && log.expiresAt <= this.now().getTime()) {
      this.logs.delete(conversationId);
      return undefined;
    }
    return log;
  }

  private sweep(): void {
    const now = this.now().getTime();
    for (const [id, log] of this.logs) if (log.expiresAt <= now) this.logs.delete(id);
  }
}

/** Options for {@link RedisActivityStore}. */
export interface RedisActivityStoreOptions {
  /** Shared ioredis client. Must not use ioredis' own `keyPrefix` option. */
  client: Redis;
  /** Prepended to every key, e.g. `signpost:webchat:`. */
  prefix: string;
  /** Seconds a conversation lives after its last append (use the state TTL). */
  ttlSeconds: number;
  pageSize?: number;
}

/**
 * KEYS[1] meta, KEYS[2] log; ARGV[1] activity JSON, ARGV[2] ttl seconds.
 * Returns the new log length, or 0 if the conversation does not exist.
 */
const APPEND_LUA = `
if redis.call('EXISTS', KEYS[1]) == 0 then
  return 0
end
local n = redis.call('RPUSH', KEYS[2], ARGV[1])
redis.call('EXPIRE', KEYS[1], ARGV[2])
redis.call('EXPIRE', KEYS[2], ARGV[2])
return n
`;
const APPEND_COMMAND = 'signpostWebchatAppend';
type AppendClient = Redis & { [APPEND_COMMAND](meta: string, log: string, json: string, ttlSeconds: number): Promise<number> };

/**
 * Production store: per conversation a marker key (`…:meta`, created with SET NX) and a Redis list
 * (`…:log`), both under one hash tag so scripts and MULTI stay on one cluster slot.
 */
export class RedisActivityStore implements ActivityStore {
  private readonly client: AppendClient;
  private readonly prefix: string;
  private readonly ttlSeconds: number;
  private readonly pageSize: number;

  constructor(options: RedisActivityStoreOptions) {
    this.pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
    checkOptions(options.ttlSeconds, this.pageSize);
    if (options.client.options.keyPrefix) throw new RangeError('RedisActivityStore: use the prefix option, not keyPrefix.');
    options.client.defineCommand(APPEND_COMMAND, { numberOfKeys: 2, lua: APPEND_LUA });
    this.client = options.client as AppendClient;
    this.prefix = options.prefix;
    this.ttlSeconds = options.ttlSeconds;
  }

  /** The Redis keys of a conversation (exposed for tests and operations). */
  redisKeys(conversationId: string): { meta: string; log: string } {
    const id = conversationIdSchema.parse(conversationId);
    return { meta: `${this.prefix}{${id}}:meta`, log: `${this.prefix}{${id}}:log` };
  }

  async create(conversationId: string): Promise<boolean> {
    const { meta } = this.redisKeys(conversationId);
    return (await this.client.set(meta, String(Date.now()), 'EX', this.ttlSeconds, 'NX')) === 'OK';
  }

  async exists(conversationId: string): Promise<boolean> {
    return (await this.client.exists(this.redisKeys(conversationId).meta)) === 1;
  }

  async append(conversationId: string, activity: NewActivity): Promise<{ id: string; watermark: number }> {
    const { meta, log } = this.redisKeys(conversationId);
    const length = await this.client[APPEND_COMMAND](meta, log, serialise(activity), this.ttlSeconds);
    if (length === 0) throw new SignpostError('SP_DL_CONVERSATION_NOT_FOUND');
    return { id: activityId(conversationId, length - 1), watermark: length };
  }

  async read(conversationId: string, watermark: number): Promise<ActivityPage | undefined> {
    checkWatermark(watermark);
    const { meta, log } = this.redisKeys(conversationId);
    const replies = await this.client.multi()
      .exists(meta)
      .llen(log)
      .lrange(log, watermark, watermark + this.pageSize - 1)
      .exec();
    if (!replies) throw new Error('RedisActivityStore: the read transaction was aborted.');
    for (const [error] of replies) if (error) throw error;
    const [exists, length, entries] = replies.map(([, value]) => value) as [number, number, string[]];
    if (exists !== 1) return undefined;
    const activities = entries.map((json, i) => deserialise(conversationId, watermark + i, json));
    return { activities, watermark: Math.min(length, watermark + activities.length) };
  }
}
