/**
 * Every store the service needs, in Redis (production) or in memory (local runs), built in one place
 * so the composition root and the end-to-end tests wire exactly the same things.
 */
import type Redis from 'ioredis';
import { MemoryStorage } from 'botbuilder';
import { InMemoryActivityStore, RedisActivityStore, type ActivityStore } from '../channels/webchat';
import { createInMemorySmsStores, createRedisSmsStores, type SmsStores } from '../channels/sms';
import {
  InMemoryCaseEvents, InMemoryCaseStore, PublishingCaseStore, RedisCaseEvents, RedisCaseStore,
  type CaseEvents, type CaseStore,
} from './handoff';
import { InMemoryTeamsQueueRefs, RedisTeamsQueueRefs, type TeamsQueueRefs } from './bots/teams/queueRefs';
import { InMemoryTurnLock, RedisTurnLock, type TurnLock } from './state/turnLock';
import { RedisStorage } from './state/redisStorage';
import type { Storage } from './state/storage';
import { InMemoryResumeCodes, RedisResumeCodes, type ResumeCodeStore } from './state/resumeCodes';

export interface Stores {
  storage: Storage;
  turnLock: TurnLock;
  resumeCodes: ResumeCodeStore;
  webchatStore: ActivityStore;
  smsStores: SmsStores;
  events: CaseEvents;
  /** The case store the bot and the agent API share: it publishes every change to `events`. */
  cases: CaseStore;
  teamsRefs: TeamsQueueRefs;
}

/**
 * @param redis a client and the key prefix for everything (e.g. `signpost:`); undefined: in memory
 * @param ttlSeconds how long conversation data is kept after its last use
 */
export function buildStores(redis: { client: Redis; prefix: string } | undefined, ttlSeconds: number): Stores {
  if (!redis) {
    const events = new InMemoryCaseEvents();
    return {
      storage: new MemoryStorage(),
      turnLock: new InMemoryTurnLock(),
      resumeCodes: new InMemoryResumeCodes(ttlSeconds * 1000),
      webchatStore: new InMemoryActivityStore({ ttlSeconds }),
      smsStores: createInMemorySmsStores({ ttlSeconds }),
      events,
      cases: new PublishingCaseStore(new InMemoryCaseStore(), events),
      teamsRefs: new InMemoryTeamsQueueRefs(),
    };
  }
  const { client, prefix: p } = redis;
  const events = new RedisCaseEvents({ client, channel: `${p}handoff:events` });
  return {
    storage: new RedisStorage({ client, prefix: `${p}state:`, ttlSeconds }),
    turnLock: new RedisTurnLock({ client, prefix: `${p}lock:` }),
    resumeCodes: new RedisResumeCodes({ client, prefix: `${p}resume:`, ttlSeconds }),
    webchatStore: new RedisActivityStore({ client, prefix: `${p}webchat:`, ttlSeconds }),
    smsStores: createRedisSmsStores({ client, prefix: `${p}sms:`, ttlSeconds }),
    events,
    cases: new PublishingCaseStore(new RedisCaseStore({ client, prefix: `${p}handoff:` }), events),
    teamsRefs: new RedisTeamsQueueRefs({ client, prefix: `${p}teams:` }),
  };
}
