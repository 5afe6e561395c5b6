/**
 * Who has opted out of texts (STOP), keyed by the salted phone hash. Opt-outs never expire and are
 * not removed by "delete my data": they are how we keep our promise not to text someone. Only
 * START or UNSTOP clears one. Framework-free.
 */
import type Redis from 'ioredis';

export interface OptOutStore {
  isOptedOut(hash: string): Promise<boolean>;
  /** Records an opt-out (idempotent). */
  optOut(hash: string): Promise<void>;
  /** Clears an opt-out; returns whether there was one. */
  optIn(hash: string): Promise<boolean>;
}

/** In-process opt-outs (local runs and tests; lost on restart). */
export class InMemoryOptOutStore implements OptOutStore {
  private readonly hashes = new Set<string>();

  async isOptedOut(hash: string): Promise<boolean> {
    return this.hashes.has(hash);
  }

  async optOut(hash: string): Promise<void> {
    this.hashes.add(hash);
  }

  async optIn(hash: string): Promise<boolean> {
    return this.hashes.delete(hash);
  }
}

/** Options for {@link RedisOptOutStore}. */
export interface RedisOptOutStoreOptions {
  /** Must not use ioredis' `keyPrefix` option. */
  client: Redis;
  /** e.g. `signpost:sms:optout:`; the key is prefix + hash, with no expiry. */
  prefix: string;
}

/** Opt-outs in Redis, one key per hash with no TTL (they persist across restarts and deploys). */
export class RedisOptOutStore implements OptOutStore {
  constructor(private readonly opts: RedisOptOutStoreOptions) {
    if (opts.client.options.keyPrefix) throw new RangeError('RedisOptOutStore: use the prefix option, not keyPrefix.');
  }

  async isOptedOut(hash: string): Promise<boolean> {
    return (await this.opts.client.exists(this.opts.prefix + hash)) === 1;
  }

  async optOut(hash: string): Promise<void> {
    // The value is only a date, for staff who need to see when; never the number.
    await this.opts.client.set(this.opts.prefix + hash, new Date().toISOString());
  }

  async optIn(hash: string): Promise<boolean> {
    return (await this.opts.client.del(this.opts.prefix + hash)) === 1;
  }
}
