/**
 * The composition root: reads the configuration, chooses storage (Redis when REDIS_URL is set,
 * otherwise memory), builds the server and listens. Nothing else lives here.
 */
import { randomBytes } from 'node:crypto';
import { AgentAuth } from './handoff';
import { HttpHandoffConnector } from './bots/handoffConnector';
import { config } from './config';
import { engine } from './rules';
import { createServer } from './server';
import { configureLogger, log } from './logger';
import { createRedisClient } from './state/redisClient';
import { buildStores } from './stores';

function main(): void {
  const cfg = config();
  configureLogger(cfg.LOG_LEVEL);
  const ttlSeconds = cfg.STATE_TTL_DAYS * 86_400;
  const stores = buildStores(cfg.REDIS_URL ? { client: createRedisClient(cfg.REDIS_URL), prefix: 'signpost:' } : undefined, ttlSeconds);
  const { storage, turnLock, resumeCodes, webchatStore, smsStores, events, cases, teamsRefs } = stores;
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
