/**
 * `GET /api/agent/events`: the live queue as server-sent events for a signed-in agent. The token comes
 * in the `Authorization` header or, because EventSource cannot set headers, as `?token=`.
 * Events: `ready` once, then every {@link CaseEvent} under its type; a comment line every
 * `heartbeatMs` keeps proxies from closing the stream; `expired` then the end when the session runs out.
 */
import type * as restify from 'restify';
import type { AgentAuth } from '../../src/handoff/agentAuth';
import type { CaseEvents } from '../../src/handoff/caseEvents';
import { log } from '../../src/logger';

/** Options for {@link eventStreamHandler}. */
export interface EventStreamOptions {
  auth: AgentAuth;
  events: CaseEvents;
  /** Keep-alive comment interval in ms. Default 20000. */
  heartbeatMs?: number;
  now: () => Date;
}

/** The token from `?token=`, if any. */
export function queryToken(req: restify.Request): string | undefined {
  try {
    return new URL(req.url ?? '', 'http://localhost').searchParams.get('token') ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * Authenticates (throwing the coded 401 before anything is written), then streams until the client goes,
 * the session expires, or the server closes. Resolves when the stream has ended.
 */
export function eventStreamHandler(options: EventStreamOptions) {
  return async (req: restify.Request, res: restify.Response): Promise<void> => {
    const header = req.header('authorization');
    const agentId = header ? options.auth.authenticate(header) : options.auth.authenticateToken(queryToken(req));
    const token = header ? /^Bearer\s+(\S+)/i.exec(header)?.[1] : queryToken(req);
    const check = options.auth.verify(token);
    const expiresAt = check.ok ? check.expiresAt : options.now().getTime();

    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    });
    const send = (event: string, data: unknown) => {
      res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    };
    res.write('retry: 3000\n\n');
    send('ready', { agentId, at: options.now().toISOString(), expiresAt: new Date(expiresAt).toISOString() });
    log.info('SP_AGENT_EVENTS_OPEN', { route: '/api/agent/events' });

    await new Promise<void>((resolve) => {
      const unsubscribe = options.events.subscribe((e) => send(e.type, e));
      const heartbeat = setInterval(() => res.write(': keep-alive\n\n'), options.heartbeatMs ?? 20_000);
      const expiry = setTimeout(() => {
        send('expired', { at: options.now().toISOString() });
        res.end();
      }, Math.max(0, Math.min(expiresAt - options.now().getTime(), 2 ** 31 - 1)));
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        unsubscribe();
        clearInterval(heartbeat);
        clearTimeout(expiry);
        resolve();
      };
      req.on('close', finish);
      res.on('close', finish);
      res.on('finish', finish);
    });
  };
}
