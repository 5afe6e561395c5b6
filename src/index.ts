/**
 * The composition root: reads the configuration, chooses storage (Redis when REDIS_URL is set,
 * otherwise memory), builds the server and listens. Nothing else lives here.
 */
import { randomBytes } from 'node:crypto';
import { MemoryStorage } from 'botbuilder';
import { InMemoryActivityStore, RedisActivityStore, type ActivityStore } from '../channels/webchat';
import { createInMemorySmsStores, createRedisSmsStores, type SmsStores } from '../channels/sms';
import {
  AgentAuth, InMemoryCaseEvents, InMemoryCaseStore, PublishingCaseStore, RedisCaseEvents, RedisCaseStore,
  type CaseEvents, type CaseStore,
} from './handoff';
import { HttpHandoffConnector } from './bots/handoffConnector';
import { InMemoryTeamsQueueRefs, RedisTeamsQueueRefs, type TeamsQueueRefs } from './bots/teams/queueRefs';
import { config } from './config';
import { engine } from './rules';
import { createServer } from './server';
import { configureLogger, log } from './logger';
import { InMemoryTurnLock, RedisTurnLock } from './state/turnLock';
import { RedisStorage } from './state/redisStorage';
import { createRedisClient } from './state/redisClient';
import type { Storage } from './state/storage';
import { InMemoryResumeCodes, RedisResumeCodes, type ResumeCodeStore } from './state/resumeCodes';
import type { TurnLock } from './state/turnLock';

function main(): void {
  const cfg = config();
  configureLogger(cfg.LOG_LEVEL);
  const ttlSeconds = cfg.STATE_TTL_DAYS * 86_400;
  let storage: Storage;
  let turnLock: TurnLock;
  let resumeCodes: ResumeCodeStore;
  let webchatStore: ActivityStore;
  let smsStores: SmsStores;
  let events: CaseEvents;
  let rawCases: CaseStore;
  let teamsRefs: TeamsQueueRefs;
  if (cfg.REDIS_URL) {
    const client = createRedisClient(cfg.REDIS_URL);
    storage = new RedisStorage({ client, prefix: 'signpost:state:', ttlSeconds });
    turnLock = new RedisTurnLock({ client, prefix: 'signpost:lock:' });
    resumeCodes = new RedisResumeCodes({ client, prefix: 'signpost:resume:', ttlSeconds });
    webchatStore = new RedisActivityStore({ client, prefix: 'signpost:webchat:', ttlSeconds });
    smsStores = createRedisSmsStores({ client, prefix: 'signpost:sms:', ttlSeconds });
    events = new RedisCaseEvents({ client, channel: 'signpost:handoff:events' });
    rawCases = new RedisCaseStore({ client, prefix: 'signpost:handoff:' });
    teamsRefs = new RedisTeamsQueueRefs({ client, prefix: 'signpost:teams:' });
  } else {
    storage = new MemoryStorage();
    turnLock = new InMemoryTurnLock();
    resumeCodes = new InMemoryResumeCodes(ttlSeconds * 1000);
    webchatStore = new InMemoryActivityStore({ ttlSeconds });
    smsStores = createInMemorySmsStores({ ttlSeconds });
    events = new InMemoryCaseEvents();
    rawCases = new InMemoryCaseStore();
    teamsRefs = new InMemoryTeamsQueueRefs();
  }
  const cases = new PublishingCaseStore(rawCases, events);
  const handoff = {
    cases, events, auth: AgentAuth.fromConfig(cfg), teamsRefs,
    connector: cfg.HANDOFF_CONNECTOR_URL ? new HttpHandoffConnector(cfg.HANDOFF_CONNECTOR_URL) : undefined,
  };
  const smsSalt = cfg.SMS_PHONE_SALT ?? randomBytes(32).toString('hex');
  // Without a configured secret, tokens are signed with a random one and do not survive a restart.
  const secret = cfg.DIRECTLINE_SECRET ?? randomBytes(32);
  const built = createServer({ config: cfg, engine: engine(), storage, turnLock, resumeCodes,
    webchat: { store: webchatStore, secret }, sms: { stores: smsStores, salt: smsSalt }, handoff });
  const { server } = built;
  built.handoff?.watch.start();
  server.listen(cfg.PORT, () => {
    log.info('SP_LISTENING', { port: cfg.PORT, storage: cfg.REDIS_URL ? 'redis' : 'memory' });
  });
}

main();
