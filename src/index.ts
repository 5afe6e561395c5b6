/**
 * The composition root: reads the configuration, chooses storage (Redis when REDIS_URL is set,
 * otherwise memory), builds the server and listens. Nothing else lives here.
 */
import { MemoryStorage } from 'botbuilder';
import { config } from './config';
import { engine } from './rules';
import { createServer } from './server';
import { configureLogger, log } from './logger';
import { InMemoryTurnLock, RedisTurnLock } from './state/turnLock';
import { RedisStorage } from './state/redisStorage';
import { createRedisClient } from './state/redisClient';
import type { Storage } from './state/storage';
import type { TurnLock } from './state/turnLock';

function main(): void {
  const cfg = config();
  configureLogger(cfg.LOG_LEVEL);
  let storage: Storage;
  let turnLock: TurnLock;
  if (cfg.REDIS_URL) {
    const client = createRedisClient(cfg.REDIS_URL);
    storage = new RedisStorage({ client, prefix: 'signpost:state:', ttlSeconds: cfg.STATE_TTL_DAYS * 86_400 });
    turnLock = new RedisTurnLock({ client, prefix: 'signpost:lock:' });
  } else {
    storage = new MemoryStorage();
    turnLock = new InMemoryTurnLock();
  }
  const { server } = createServer({ config: cfg, engine: engine(), storage, turnLock });
  server.listen(cfg.PORT, () => {
    log.info('SP_LISTENING', { port: cfg.PORT, storage: cfg.REDIS_URL ? 'redis' : 'memory' });
  });
}

main();
