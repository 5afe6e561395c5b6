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
import { conversationStateKeysForLock } from './bots/plainJsonConversationState';
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
 * Conversation state and turn locks in Redis under `<prefix>state:` and `<prefix>lock:`. Each turn's
 * conversation state is read in the same round trip as its lock is taken.
 * @param ttlSeconds how long conversation state is kept after its last use
 */
export function redisTurnState(client: Redis, prefix: string, ttlSeconds: number): { storage: RedisStorage; turnLock: RedisTurnLock } {
  const storage = new RedisStorage({ client, prefix: `${prefix}state:`, ttlSeconds });
  const turnLock = new RedisTurnLock({ client, prefix: `${prefix}lock:`, prefetch: { storage, keysFor: conversationStateKeysForLock } });
  return { storage, turnLock };
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
    ...redisTurnState(client, p, ttlSeconds),
    resumeCodes: new RedisResumeCodes({ client, prefix: `${p}resume:`, ttlSeconds }),
    webchatStore: new RedisActivityStore({ client, prefix: `${p}webchat:`, ttlSeconds }),
    smsStores: createRedisSmsStores({ client, prefix: `${p}sms:`, ttlSeconds }),
    events,
    cases: new PublishingCaseStore(new RedisCaseStore({ client, prefix: `${p}handoff:` }), events),
    teamsRefs: new RedisTeamsQueueRefs({ client, prefix: `${p}teams:` }),
  };
}
