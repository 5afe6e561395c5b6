/** Creating and closing the shared ioredis client. Never logs the URL (it may carry a password). */
import Redis from 'ioredis';
import { SignpostError } from '../errors';

/** Options for {@link createRedisClient}. */
export interface RedisClientOptions {
  /** Called with connection errors (messages name host:port, never credentials). Undefined: ioredis prints them. */
  onError?: (error: Error) => void;
}

/**
 * Creates an ioredis client that connects at once, fails a command after 2 reconnect attempts
 * (instead of hanging), queues commands while (re)connecting, and gives up a connect attempt after 2000 ms.
 * @param url `redis://` or `rediss://` URL, optionally with credentials and a db number.
 * @throws SignpostError SP_CONFIG_INVALID if the URL is not a Redis URL (the URL itself is not echoed).
 */
export function createRedisClient(url: string, options: RedisClientOptions = {}): Redis {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SignpostError('SP_CONFIG_INVALID', 'Redis URL is not a valid URL.');
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new SignpostError('SP_CONFIG_INVALID', 'Redis URL must start with redis:// or rediss://.');
  }
  const client = new Redis(url, {
    lazyConnect: false,
    maxRetriesPerRequest: 2,
    enableOfflineQueue: true,
    connectTimeout: 2000,
    retryStrategy: (times: number) => Math.min(50 * 2 ** times, 2000),
  });
  if (options.onError) client.on('error', options.onError);
  return client;
}

/** The URL without user name and password, safe for logs, e.g. `redis://cache:6379/0`. */
export function redactRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}${parsed.pathname === '/' ? '' : parsed.pathname}`;
  } catch {
    return '(invalid Redis URL)';
  }
}

/** Closes the client gracefully (QUIT, waiting for pending replies); disconnects hard if that fails. Idempotent. */
export async function closeRedis(client: Redis): Promise<void> {
  if (client.status === 'end') return;
  try {
    await client.quit();
  } catch {
    client.disconnect();
  }
}
