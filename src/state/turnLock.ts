/**
 * Serialising turns per conversation, so two simultaneous turns cannot lose each other's state
 * (BotState writes with eTag '*', i.e. last writer wins). In-process: a promise chain per key.
 * Across processes: a Redis lease (`SET NX PX`) released by token, on top of the in-process lock.
 */
import { createHash, randomUUID } from 'node:crypto';
import type Redis from 'ioredis';
import { SignpostError } from '../errors';
import type { RedisStorage, TurnLease } from './redisStorage';

/** Options for one {@link TurnLock.runExclusive}. */
export interface ExclusiveOptions {
  /**
   * The turn's last state write (marked with `markLastWriteOfTurn`) may free the lock for other
   * processes, in the same round trip where the store can. Only for callers that do nothing after that
   * write which another process's turn must not overlap. In-process turns still wait for `fn` to end.
   * Undefined: false.
   */
  releaseOnLastWrite?: boolean;
}

/** Runs work exclusively per key (a conversation id; any characters). */
export interface TurnLock {
  /** Runs `fn` once no other `fn` holds `key`; resolves or rejects with its outcome. */
  runExclusive<T>(key: string, fn: () => Promise<T>, options?: ExclusiveOptions): Promise<T>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function timeout(waitMs: number | undefined): SignpostError {
  return new SignpostError('SP_TURN_LOCK_TIMEOUT', waitMs === undefined ? undefined : `Waited ${waitMs} ms.`);
}

/** Options for {@link InMemoryTurnLock}. */
export interface InMemoryTurnLockOptions {
  /** Longest wait for the key in ms before rejecting with SP_TURN_LOCK_TIMEOUT. Undefined: wait for ever. */
  waitMs?: number;
}

/** In-process async mutex per key, first come first served. Idle keys are forgotten (no leak). */
export class InMemoryTurnLock implements TurnLock {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly waitMs: number | undefined;

  constructor(options: InMemoryTurnLockOptions = {}) {
    this.waitMs = options.waitMs;
  }

  /** How many keys are held or awaited (0 once idle; cleared a microtask after the last release). */
  get activeKeys(): number {
    return this.tails.size;
  }

  async runExclusive<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const deadline = this.waitMs === undefined ? undefined : Date.now() + this.waitMs;
    const release = await this.acquire(key, deadline);
    try {
      return await fn();
    } finally {
      release();
    }
  }

  /**
   * Waits for `key` and returns its release function (call exactly once).
   * @param deadline epoch ms after which to give up with SP_TURN_LOCK_TIMEOUT; undefined: no limit.
   */
  async acquire(key: string, deadline?: number): Promise<() => void> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    // The next waiter waits for everything before us and for us; a timed-out waiter releases at once.
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    // Forget the key once everything queued so far is done and nobody queued after us.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    if (deadline === undefined) {
      await previous;
      return release;
    }
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), Math.max(0, deadline - Date.now()));
    });
    const outcome = await Promise.race([previous.then(() => 'ready' as const), expired]);
    clearTimeout(timer);
    if (outcome === 'timeout') {
      release();
      throw timeout(this.waitMs);
    }
    return release;
  }
}

/** Options for {@link RedisTurnLock}. */
export interface RedisTurnLockOptions {
  /** Client for lock commands (may be shared). Must not use ioredis' `keyPrefix` option. */
  client: Redis;
  /** Prepended to the lock key, e.g. `signpost:lock:`; the key itself is SHA-256 hex of the conversation id. */
  prefix: string;
  /** Lease in ms after which a lock whose holder died frees itself. Must exceed the longest turn. Default 10000. */
  leaseMs?: number;
  /** Longest wait in ms (in-process queue plus Redis) before SP_TURN_LOCK_TIMEOUT. Default 15000. */
  waitMs?: number;
  /** Told when releasing the Redis lock fails (the lease then expires on its own). Undefined: ignored. */
  onReleaseError?: (error: unknown) => void;
  /**
   * Reads a turn's state in the same round trip as taking its lock (see {@link RedisStorage.lockAndRead}).
   * Undefined: the lock only locks.
   */
  prefetch?: TurnPrefetch;
}

/** What to read together with a turn's lock. */
export interface TurnPrefetch {
  /**
   * The storage to read from (on the same Redis as the lock: it takes the lock itself); it answers the
   * turn's first read of each key from what it read.
   */
  storage: RedisStorage;
  /** The storage keys a turn holding lock key `key` will read; none: lock only. */
  keysFor(key: string): string[];
}

/** Deletes KEYS[1] only if it still holds our token ARGV[1]. Returns 1 if deleted, else 0. */
const RELEASE_LUA = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0
`;
const RELEASE_COMMAND = 'signpostTurnLockRelease';
type ReleaseClient = Redis & { [RELEASE_COMMAND](key: string, token: string): Promise<number> };

const MIN_BACKOFF_MS = 10;
const MAX_BACKOFF_MS = 100;

/** Cross-process turn lock on Redis, combined with an in-process lock so one process never spins against itself. */
export class RedisTurnLock implements TurnLock {
  private readonly client: ReleaseClient;
  private readonly prefix: string;
  private readonly leaseMs: number;
  private readonly waitMs: number;
  private readonly onReleaseError: ((error: unknown) => void) | undefined;
  private readonly prefetch: TurnPrefetch | undefined;
  private readonly local = new InMemoryTurnLock();

  constructor(options: RedisTurnLockOptions) {
    this.leaseMs = options.leaseMs ?? 10_000;
    this.waitMs = options.waitMs ?? 15_000;
    if (!Number.isInteger(this.leaseMs) || this.leaseMs <= 0) throw new RangeError('RedisTurnLock: leaseMs must be a positive integer.');
    if (!(this.waitMs >= 0)) throw new RangeError('RedisTurnLock: waitMs must be >= 0.');
    if (options.client.options.keyPrefix) throw new RangeError('RedisTurnLock: use the prefix option, not keyPrefix.');
    options.client.defineCommand(RELEASE_COMMAND, { numberOfKeys: 1, lua: RELEASE_LUA });
    this.client = options.client as ReleaseClient;
    this.prefix = options.prefix;
    this.onReleaseError = options.onReleaseError;
    this.prefetch = options.prefetch;
  }

  /** The Redis key for a conversation id: prefix + SHA-256 hex (safe for any characters; no ids in key names). */
  redisKey(key: string): string {
    return this.prefix + createHash('sha256').update(key, 'utf8').digest('hex');
  }

  async runExclusive<T>(key: string, fn: () => Promise<T>, options: ExclusiveOptions = {}): Promise<T> {
    const deadline = Date.now() + this.waitMs;
    const redisKey = this.redisKey(key);
    const releaseLocal = await this.local.acquire(redisKey, deadline).catch(() => {
      throw timeout(this.waitMs);
    });
    try {
      const keys = this.prefetch?.keysFor(key) ?? [];
      const lease: TurnLease = {
        lockKey: redisKey, token: randomUUID(), releaseOnLastWrite: options.releaseOnLastWrite === true, released: false,
      };
      await this.acquireRemote(lease, deadline, keys);
      try {
        return await fn();
      } finally {
        // Unread prefetched items go before the lock does: once it is free they may be stale.
        if (keys.length > 0) this.prefetch!.storage.endTurn(keys, lease);
        if (!lease.released) {
          await this.client[RELEASE_COMMAND](redisKey, lease.token).catch((error: unknown) => this.onReleaseError?.(error));
        }
      }
    } finally {
      releaseLocal();
    }
  }

  /** Takes the Redis lock for `lease` (reading `keys` with it when there are any). */
  private async acquireRemote(lease: TurnLease, deadline: number, keys: string[]): Promise<void> {
    let backoff = MIN_BACKOFF_MS;
    for (;;) {
      const taken = keys.length > 0
        ? await this.prefetch!.storage.lockAndRead(lease, this.leaseMs, keys)
        : (await this.client.set(lease.lockKey, lease.token, 'PX', this.leaseMs, 'NX')) === 'OK';
      if (taken) return;
      const left = deadline - Date.now();
      if (left <= 0) throw timeout(this.waitMs);
      await sleep(Math.min(left, backoff + Math.random() * backoff));
      backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
    }
  }
}
