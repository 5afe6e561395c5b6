/**
 * Child-process entry for `bench:turns`: `benchServer.ts signpost` runs the real Signpost server
 * (`createServer` with RedisStorage + RedisTurnLock under BENCH_REDIS_PREFIX), `benchServer.ts echo`
 * the bare echo bot, `benchServer.ts echo-state` the echo bot with the same Redis state and turn locks. Listens on 127.0.0.1 on a free port, tells the parent `{ ready, port }` over
 * IPC, answers `{ cpu }` with its CPU time so far, and exits on `{ stop }`, on SIGTERM, or when the parent goes away. Never run by hand.
 */
import type { AddressInfo } from 'node:net';
import type Redis from 'ioredis';
import type { Server } from 'restify';
import { parseConfig } from '../src/config';
import { configureLogger } from '../src/logger';
import { engine } from '../src/rules';
import { createServer } from '../src/server';
import { closeRedis, createRedisClient } from '../src/state/redisClient';
import { RedisStorage } from '../src/state/redisStorage';
import { RedisTurnLock } from '../src/state/turnLock';
import { redisTurnState } from '../src/stores';
import { createEchoServer } from './echoBot';

/** Bench state expires on its own after an hour even if cleanup never runs. */
const BENCH_TTL_SECONDS = 3600;

export type ChildMessage =
  | { type: 'ready'; port: number }
  | { type: 'failed'; message: string }
  /** Answer to `{ type: 'cpu' }`: the process's CPU time so far (user + system), in microseconds. */
  | { type: 'cpu'; micros: number };

function send(message: ChildMessage): void {
  process.send?.(message);
}

async function build(kind: string): Promise<{ server: Server; redis?: Redis }> {
  if (kind === 'echo') return { server: createEchoServer() };
  if (kind !== 'signpost' && kind !== 'echo-state') throw new Error(`unknown target ${kind}`);
  const prefix = process.env.BENCH_REDIS_PREFIX ?? '';
  if (!prefix.startsWith('signpost-bench:')) throw new Error('BENCH_REDIS_PREFIX must start with signpost-bench:');
  if (kind === 'echo-state') {
    const client = createRedisClient(process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379', { onError: () => undefined });
    await client.ping();
    const storage = new RedisStorage({ client, prefix: `${prefix}echo-state:`, ttlSeconds: BENCH_TTL_SECONDS });
    const turnLock = new RedisTurnLock({ client, prefix: `${prefix}echo-lock:` });
    return { server: createEchoServer({ storage, turnLock }), redis: client };
  }
  const config = parseConfig({
    LOG_LEVEL: 'silent',
    SIGNPOST_ASSESSMENT_DATE: process.env.SIGNPOST_ASSESSMENT_DATE ?? '2026-11-22',
  });
  const redis = createRedisClient(process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379', { onError: () => undefined });
  await redis.ping();
  // The state and lock wiring production uses (src/stores.ts).
  const { storage, turnLock } = redisTurnState(redis, prefix, BENCH_TTL_SECONDS);
  const { server } = createServer({ config, engine: engine(), storage, turnLock });
  return { server, redis };
}

async function main(): Promise<void> {
  configureLogger('silent');
  const kind = process.argv[2] ?? '';
  let built: { server: Server; redis?: Redis } | undefined;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    const hard = setTimeout(() => process.exit(code), 2000);
    hard.unref();
    try {
      if (built) {
        await new Promise<void>((resolve) => built?.server.close(() => resolve()));
        if (built.redis) await closeRedis(built.redis);
      }
    } finally {
      process.exit(code);
    }
  };
  process.on('message', (m: { type?: string }) => {
    if (m?.type === 'stop') void stop(0);
    if (m?.type === 'cpu') { const u = process.cpuUsage(); send({ type: 'cpu', micros: u.user + u.system }); }
  });
  process.on('disconnect', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  process.on('SIGINT', () => void stop(0));
  try {
    built = await build(kind);
    const server = built.server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    send({ type: 'ready', port: (server.address() as AddressInfo).port });
  } catch (error) {
    send({ type: 'failed', message: (error as Error)?.message ?? String(error) });
    await stop(1);
  }
}

void main();
