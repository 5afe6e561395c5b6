/**
 * One structured logger: JSON lines with a level, a code and ids only. Never message text, answers,
 * names or phone numbers: callers pass codes and opaque references, and `safe` drops any field that
 * is not on the allow-list. Framework-free.
 */
import { createHash } from 'node:crypto';

type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** Fields a log line may carry. Anything else is dropped. */
const ALLOWED = new Set(['conversation', 'channel', 'status', 'ms', 'route', 'reason', 'count', 'caseId', 'port', 'storage', 'detail']);

let threshold: number = ORDER.info;
let sink: (line: string) => void = (line) => process.stderr.write(`${line}\n`);

/** Sets the level (from config) and, for tests, where lines go. */
export function configureLogger(level: Level | 'silent', out?: (line: string) => void): void {
  threshold = ORDER[level];
  if (out) sink = out;
}

function safe(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (ALLOWED.has(k) && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) out[k] = v;
  }
  return out;
}

function write(level: Level, code: string, fields: Record<string, unknown>): void {
  if (ORDER[level] < threshold) return;
  sink(JSON.stringify({ time: new Date().toISOString(), level, code, ...safe(fields) }));
}

export const log = {
  debug: (code: string, fields: Record<string, unknown> = {}) => write('debug', code, fields),
  info: (code: string, fields: Record<string, unknown> = {}) => write('info', code, fields),
  warn: (code: string, fields: Record<string, unknown> = {}) => write('warn', code, fields),
  error: (code: string, fields: Record<string, unknown> = {}) => write('error', code, fields),
};

/** An opaque, stable reference to a conversation for logs (a short hash, not the id itself). */
export function conversationRef(ctx: { activity: { channelId?: string; conversation?: { id?: string } } }): string {
  const id = `${ctx.activity.channelId ?? ''}/${ctx.activity.conversation?.id ?? ''}`;
  return createHash('sha256').update(id).digest('hex').slice(0, 12);
}
