/**
 * What the Teams queue remembers about its posts: the card's activity id per case (and back), and
 * "do this once" marks so that, with several instances on Redis pub/sub, one instance posts each card
 * and forwards each client message. In memory (one instance, tests) or in Redis (small keys with a TTL).
 */
import type Redis from 'ioredis';

export interface TeamsQueueRefs {
  /** True for the first caller only (per key, for the retention period). */
  once(key: string): Promise<boolean>;
  setPosted(caseId: string, activityId: string): Promise<void>;
  /** The activity id of the case's card in the queue channel. */
  postedFor(caseId: string): Promise<string | undefined>;
  /** The case whose card is the activity `activityId` (a thread's root). */
  caseFor(activityId: string): Promise<string | undefined>;
}

export class InMemoryTeamsQueueRefs implements TeamsQueueRefs {
  private readonly done = new Set<string>();
  private readonly byCase = new Map<string, string>();
  private readonly byActivity = new Map<string, string>();

  async once(key: string): Promise<boolean> {
    if (this.done.has(key)) return false;
    this.done.add(key);
    return true;
  }

  async setPosted(caseId: string, activityId: string): Promise<void> {
    this.byCase.set(caseId, activityId);
    this.byActivity.set(activityId, caseId);
  }

  async postedFor(caseId: string): Promise<string | undefined> {
    return this.byCase.get(caseId);
  }

  async caseFor(activityId: string): Promise<string | undefined> {
    return this.byActivity.get(activityId);
  }
}

export interface RedisTeamsQueueRefsOptions {
  client: Redis;
  /** Key prefix, e.g. `signpost:teams:`. */
  prefix: string;
  /** Seconds every key is kept. Default 30 days (as cases). */
  ttlSeconds?: number;
}

export class RedisTeamsQueueRefs implements TeamsQueueRefs {
  private readonly ttl: number;
  constructor(private readonly options: RedisTeamsQueueRefsOptions) {
    this.ttl = options.ttlSeconds ?? 30 * 24 * 3600;
  }

  async once(key: string): Promise<boolean> {
    return (await this.options.client.set(`${this.options.prefix}once:${key}`, '1', 'EX', this.ttl, 'NX')) === 'OK';
  }

  async setPosted(caseId: string, activityId: string): Promise<void> {
    const p = this.options.prefix;
    await this.options.client.multi()
      .set(`${p}case:${caseId}`, activityId, 'EX', this.ttl)
      .set(`${p}activity:${activityId}`, caseId, 'EX', this.ttl)
      .exec();
  }

  async postedFor(caseId: string): Promise<string | undefined> {
    return (await this.options.client.get(`${this.options.prefix}case:${caseId}`)) ?? undefined;
  }

  async caseFor(activityId: string): Promise<string | undefined> {
    return (await this.options.client.get(`${this.options.prefix}activity:${activityId}`)) ?? undefined;
  }
}
