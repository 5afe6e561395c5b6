/**
 * Real-Redis test helper (redis://127.0.0.1:6379). Each test file gets its own key prefix
 * `signpost-test:<random>:` and only that prefix is removed afterwards.
 *
 *   const redis = withTestRedis();        // call once, at the top level of a test file
 *   redis.it('round trip', async () => {
 *     const storage = new RedisStorage({ client: redis.client, prefix: redis.prefix, ttlSeconds: 60 });
 *   });
 *
 * If Redis does not answer a PING (checked synchronously when the file loads, so tests are truly skipped):
 * - SIGNPOST_REQUIRE_REDIS=1: the tests are registered and fail (beforeAll throws) — use this in CI;
 * - otherwise they are skipped, and one notice test per file console.warns how many.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type Redis from 'ioredis';
import { closeRedis, createRedisClient } from '../../src/state/redisClient';
import { unlinkByPrefix } from '../../src/state/redisStorage';

export const TEST_REDIS_HOST = '127.0.0.1';
export const TEST_REDIS_PORT = 6379;
const REDIS_URL = `redis://${TEST_REDIS_HOST}:${TEST_REDIS_PORT}`;

/** What {@link withTestRedis} gives a test file. */
export interface TestRedis {
  /** Whether Redis answered when the file loaded. */
  readonly available: boolean;
  /** This file's key prefix, e.g. `signpost-test:3f9c…:`; put every key under it. */
  readonly prefix: string;
  /** The shared client (usable inside tests only). */
  readonly client: Redis;
  /** A further connection (e.g. to act as a second process); closed after the file. Inside tests only. */
  newClient(): Redis;
  /** Like jest's `it`, but skipped (or failing, under SIGNPOST_REQUIRE_REDIS=1) without Redis. */
  it(name: string, fn: () => Promise<unknown>, timeoutMs?: number): void;
}

/** PINGs Redis from a child process, so the answer is known synchronously at registration time. */
function redisAnswers(): boolean {
  const probe = `
    const s = require('net').connect(${TEST_REDIS_PORT}, '${TEST_REDIS_HOST}');
    s.setTimeout(1000, () => process.exit(2));
    s.on('connect', () => s.write('PING\\r\\n'));
    s.on('data', (d) => process.exit(String(d).startsWith('+PONG') ? 0 : 3));
    s.on('error', () => process.exit(1));`;
  return spawnSync(process.execPath, ['-e', probe], { timeout: 3000, stdio: 'ignore' }).status === 0;
}

/** Sets up Redis for one test file (registers beforeAll/afterAll). Call once per file, at the top level. */
export function withTestRedis(): TestRedis {
  const available = redisAnswers();
  const required = process.env.SIGNPOST_REQUIRE_REDIS === '1';
  const prefix = `signpost-test:${randomBytes(6).toString('hex')}:`;
  const clients: Redis[] = [];
  let skipped = 0;

  const connect = async (): Promise<Redis> => {
    const client = createRedisClient(REDIS_URL);
    clients.push(client);
    await client.ping();
    return client;
  };

  beforeAll(async () => {
    if (!available) {
      if (required) throw new Error(`REDIS NOT AVAILABLE on ${TEST_REDIS_HOST}:${TEST_REDIS_PORT} and SIGNPOST_REQUIRE_REDIS=1`);
      return;
    }
    await connect();
  });

  afterAll(async () => {
    const [main] = clients;
    if (main) await unlinkByPrefix(main, prefix);
    await Promise.all(clients.map(closeRedis));
  });

  const first = (): Redis => {
    const [main] = clients;
    if (!main) throw new Error('withTestRedis: the client is only available inside tests.');
    return main;
  };

  return {
    available,
    prefix,
    get client() {
      return first();
    },
    newClient() {
      first();
      const client = createRedisClient(REDIS_URL);
      clients.push(client);
      return client;
    },
    it(name, fn, timeoutMs) {
      if (available || required) {
        it(name, fn, timeoutMs);
        return;
      }
      if (skipped++ === 0) {
        // A visible notice test: jest hides the console of suites whose tests are all skipped.
        // It runs after registration, so the count is complete.
        it(`REDIS NOT AVAILABLE on ${TEST_REDIS_HOST}:${TEST_REDIS_PORT}: Redis tests skipped`, () => {
          console.warn(`REDIS NOT AVAILABLE on ${TEST_REDIS_HOST}:${TEST_REDIS_PORT}: skipping ${skipped} Redis tests`);
        });
      }
      it.skip(name, fn, timeoutMs);
    },
  };
}

/**
 * Records the name of every command `client` sends from now on, pipelined ones too, until `stop()`
 * (e.g. to count a turn's round trips).
 */
export function commandLog(client: Redis): { names: string[]; stop(): void } {
  const names: string[] = [];
  const original = client.sendCommand;
  client.sendCommand = ((command: { name: string }, ...rest: unknown[]) => {
    names.push(command.name);
    return (original as (...args: unknown[]) => unknown).call(client, command, ...rest);
  }) as typeof client.sendCommand;
  return { names, stop: () => { client.sendCommand = original; } };
}
