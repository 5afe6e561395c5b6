/**
 * The one place a phone number is kept: salted hash → number, for texts sent later (an adviser's
 * reply). It lives as long as the conversation's state (refreshed on every inbound text) and is
 * forgotten when the person deletes their data. Numbers are never logged. Framework-free.
 */
import type Redis from 'ioredis';

export interface PhoneStore {
  /** Stores (or refreshes) the number for a hash. */
  remember(hash: string, phone: string): Promise<void>;
  /** The number for a hash, or undefined when unknown or expired. */
  lookup(hash: string): Promise<string | undefined>;
  /** Removes the number (with "delete my data"). */
  forget(hash: string): Promise<void>;
}

/** In-process numbers with expiry (local runs and tests). */
export class InMemoryPhoneStore implements PhoneStore {
  private readonly numbers = new Map<string, { phone: string; expires: number }>();

  /** @param ttlSeconds how long after the last text a number is kept */
  constructor(private readonly ttlSeconds: number, private readonly clock: () => number = Date.now) {}

  async remember(hash: string, phone: string): Promise<void> {
    this.sweep();
    this.numbers.set(hash, { phone, expires: this.clock() + this.ttlSeconds * 1000 });
  }

  async lookup(hash: string): Promise<string | undefined> {
    const hit = this.numbers.get(hash);
    if (!hit) return undefined;
    if (hit.expires <= this.clock()) { this.numbers.delete(hash); return undefined; }
    return hit.phone;
  }

  async forget(hash: string): Promise<void> {
    this.numbers.delete(hash);
  }

  private sweep(): void {
    const now = this.clock();
    for (const [k, v] of this.numbers) if (v.expires <= now) this.numbers.delete(k);
  }
}

/** Options for {@link RedisPhoneStore}. */
export interface RedisPhoneStoreOptions {
  /** Must not use ioredis' `keyPrefix` option. */
  client: Redis;
  /** e.g. `signpost:sms:phone:`; the key is prefix + hash. */
  prefix: string;
  /** The state TTL (STATE_TTL_DAYS in seconds). */
  ttlSeconds: number;
}

/** Numbers in Redis with the state TTL. */
export class RedisPhoneStore implements PhoneStore {
  constructor(private readonly opts: RedisPhoneStoreOptions) {
    if (opts.client.options.keyPrefix) throw new RangeError('RedisPhoneStore: use the prefix option, not keyPrefix.');
  }

  async remember(hash: string, phone: string): Promise<void> {
    await this.opts.client.set(this.opts.prefix + hash, phone, 'EX', this.opts.ttlSeconds);
  }

  async lookup(hash: string): Promise<string | undefined> {
    return (await this.opts.client.get(this.opts.prefix + hash)) ?? undefined;
  }

  async forget(hash: string): Promise<void> {
    await this.opts.client.del(this.opts.prefix + hash);
  }
}
