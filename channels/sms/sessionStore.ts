/**
 * What the SMS channel remembers per conversation, beside the bot's own state: when the person last
 * texted (for "carry on or start again?" after a long gap), the last question with its numbered
 * choices (so "2" can be mapped), text held back for MORE, and whether we are waiting for the answer
 * to the carry-on prompt. Keyed by the salted phone hash, kept with the state TTL. Also the recent
 * `MessageSid`s, so a webhook Twilio retries is answered once. Framework-free.
 */
import type Redis from 'ioredis';
import { z } from 'zod';
import { SignpostError } from '../../src/errors';

export const smsSessionSchema = z.object({
  /** ISO time of the last inbound text. */
  lastInboundAt: z.string().optional(),
  /** The last question asked, as sent, with the titles it numbered. */
  ask: z.object({
    fact: z.string().optional(),
    kind: z.string(),
    titles: z.array(z.string()),
    multi: z.boolean(),
    question: z.string(),
  }).optional(),
  /** Held back for MORE. */
  overflow: z.object({ text: z.string(), question: z.string().optional() }).optional(),
  /** Waiting for the answer to the long-gap prompt. */
  prompt: z.literal('resume').optional(),
});
export type SmsSession = z.infer<typeof smsSessionSchema>;

export interface SmsSessionStore {
  get(hash: string): Promise<SmsSession | undefined>;
  /** Stores the session and refreshes its expiry. */
  set(hash: string, session: SmsSession): Promise<void>;
  delete(hash: string): Promise<void>;
}

/** In-process sessions with expiry (local runs and tests). */
export class InMemorySmsSessionStore implements SmsSessionStore {
  private readonly items = new Map<string, { json: string; expires: number }>();

  constructor(private readonly ttlSeconds: number, private readonly clock: () => number = Date.now) {}

  async get(hash: string): Promise<SmsSession | undefined> {
    const hit = this.items.get(hash);
    if (!hit) return undefined;
    if (hit.expires <= this.clock()) { this.items.delete(hash); return undefined; }
    return smsSessionSchema.parse(JSON.parse(hit.json));
  }

  async set(hash: string, session: SmsSession): Promise<void> {
    const now = this.clock();
    for (const [k, v] of this.items) if (v.expires <= now) this.items.delete(k);
    this.items.set(hash, { json: JSON.stringify(smsSessionSchema.parse(session)), expires: now + this.ttlSeconds * 1000 });
  }

  async delete(hash: string): Promise<void> {
    this.items.delete(hash);
  }
}

/** Options for {@link RedisSmsSessionStore}. */
export interface RedisSmsSessionStoreOptions {
  client: Redis;
  /** e.g. `signpost:sms:session:`; the key is prefix + hash. */
  prefix: string;
  /** The state TTL in seconds. */
  ttlSeconds: number;
}

/** Sessions in Redis with the state TTL. */
export class RedisSmsSessionStore implements SmsSessionStore {
  constructor(private readonly opts: RedisSmsSessionStoreOptions) {
    if (opts.client.options.keyPrefix) throw new RangeError('RedisSmsSessionStore: use the prefix option, not keyPrefix.');
  }

  async get(hash: string): Promise<SmsSession | undefined> {
    const raw = await this.opts.client.get(this.opts.prefix + hash);
    if (!raw) return undefined;
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      throw new SignpostError('SP_STATE_CORRUPT', 'sms session');
    }
    const parsed = smsSessionSchema.safeParse(json);
    if (!parsed.success) throw new SignpostError('SP_STATE_CORRUPT', 'sms session');
    return parsed.data;
  }

  async set(hash: string, session: SmsSession): Promise<void> {
    await this.opts.client.set(this.opts.prefix + hash, JSON.stringify(smsSessionSchema.parse(session)), 'EX', this.opts.ttlSeconds);
  }

  async delete(hash: string): Promise<void> {
    await this.opts.client.del(this.opts.prefix + hash);
  }
}

/** Recent inbound `MessageSid`s: Twilio retries a webhook that failed or timed out. */
export interface SeenMessageStore {
  /** True the first time a sid is claimed within the window; false for a repeat. */
  claim(messageSid: string): Promise<boolean>;
  /** Forgets a claim (when handling failed, so Twilio's retry is processed). */
  release(messageSid: string): Promise<void>;
}

/** Default window for remembering a `MessageSid`. */
export const SEEN_WINDOW_SECONDS = 600;

export class InMemorySeenMessages implements SeenMessageStore {
  private readonly seen = new Map<string, number>();

  constructor(private readonly windowSeconds = SEEN_WINDOW_SECONDS, private readonly clock: () => number = Date.now) {}

  async claim(messageSid: string): Promise<boolean> {
    const now = this.clock();
    for (const [k, exp] of this.seen) if (exp <= now) this.seen.delete(k);
    if (this.seen.has(messageSid)) return false;
    this.seen.set(messageSid, now + this.windowSeconds * 1000);
    return true;
  }

  async release(messageSid: string): Promise<void> {
    this.seen.delete(messageSid);
  }
}

export class RedisSeenMessages implements SeenMessageStore {
  constructor(private readonly opts: { client: Redis; prefix: string; windowSeconds?: number }) {
    if (opts.client.options.keyPrefix) throw new RangeError('RedisSeenMessages: use the prefix option, not keyPrefix.');
  }

  async claim(messageSid: string): Promise<boolean> {
    const ok = await this.opts.client.set(this.opts.prefix + messageSid, '1', 'EX', this.opts.windowSeconds ?? SEEN_WINDOW_SECONDS, 'NX');
    return ok === 'OK';
  }

  async release(messageSid: string): Promise<void> {
    await this.opts.client.del(this.opts.prefix + messageSid);
  }
}
