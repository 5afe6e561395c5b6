/**
 * Helpers for the handoff tests: case inputs, a settable clock, a recording CitizenRelay, and the agent
 * API on a bare restify server (body parser and error shape as `createServer` sets them up).
 */
import type { AddressInfo } from 'node:net';
import * as restify from 'restify';
import type { Case, NewCase } from '../../src/handoff/case';
import type { CitizenRelay, RelayStatus } from '../../src/handoff/relay';
import { registerAgentApi, type AgentApiDeps } from '../../channels/agent/agentRoutes';

let conv = 0;

/** A valid new case; each call is a new conversation unless `conversationKey` is given. */
export function newCase(overrides: Partial<NewCase> = {}): NewCase {
  conv += 1;
  return {
    channel: 'webchat',
    language: 'en',
    level: 'adviser',
    reasons: ['mixed-age-couple'],
    facts: { age: 74, has_partner: true, partner_age: 58, housing: 'rent-private', income: 180 },
    transcript: [
      { from: 'bot', text: 'How old are you?', at: '2026-01-05T10:00:00.000Z' },
      { from: 'person', text: "I'm 74", at: '2026-01-05T10:00:05.000Z' },
    ],
    asked: 'adviser',
    conversation: { channelId: 'webchat', conversation: { id: `conv-${conv}` }, serviceUrl: 'http://localhost' },
    conversationKey: `webchat/conv-${conv}-${Math.random().toString(36).slice(2)}`,
    ...overrides,
  };
}

/** A clock tests move by hand. */
export function clock(start = '2026-01-05T10:00:00.000Z') {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
    set(iso: string) {
      t = Date.parse(iso);
    },
  };
}

/** A CitizenRelay that records calls and can be told to fail. */
export class RecordingRelay implements CitizenRelay {
  sent: { caseId: string; text: string }[] = [];
  notified: { caseId: string; status: RelayStatus; caseStatus: string }[] = [];
  fail = false;

  async send(c: Case, text: string): Promise<void> {
    if (this.fail) throw new Error('relay down');
    this.sent.push({ caseId: c.id, text });
  }

  async notify(c: Case, status: RelayStatus): Promise<void> {
    if (this.fail) throw new Error('relay down');
    this.notified.push({ caseId: c.id, status, caseStatus: c.status });
  }
}

export interface ApiHarness {
  url: string;
  server: restify.Server;
  call(method: string, path: string, o?: { token?: string; body?: unknown; raw?: string; contentType?: string; authorization?: string }): Promise<{ status: number; body: any; headers: Headers }>;
  close(): Promise<void>;
}

/** Starts a restify server with only the agent API (and console) on a free loopback port. */
export async function startApi(deps: AgentApiDeps): Promise<ApiHarness> {
  const server = restify.createServer({ name: 'agent-test', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 256 * 1024 }));
  server.on('restifyError', (_req: restify.Request, _res: restify.Response, err: Error & { statusCode?: number; body?: unknown }, cb: () => void) => {
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) err.body = { code: status === 404 ? 'SP_NOT_FOUND' : 'SP_BAD_REQUEST', message: 'x' };
    return cb();
  });
  registerAgentApi(server, deps);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    server,
    async call(method, path, o = {}) {
      const headers: Record<string, string> = {};
      if (o.authorization !== undefined) headers.Authorization = o.authorization;
      else if (o.token) headers.Authorization = `Bearer ${o.token}`;
      let body: string | undefined;
      if (o.raw !== undefined) {
        body = o.raw;
        headers['Content-Type'] = o.contentType ?? 'application/json';
      } else if (o.body !== undefined) {
        body = JSON.stringify(o.body);
        headers['Content-Type'] = 'application/json';
      }
      const res = await fetch(`${url}${path}`, { method, headers, body });
      const text = await res.text();
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // not JSON
      }
      return { status: res.status, body: parsed, headers: res.headers };
    },
    close: () => new Promise<void>((resolve) => {
      server.server.closeAllConnections?.();
      server.close(() => resolve());
    }),
  };
}

/** Reads server-sent events from a stream until `until` says stop or `timeoutMs` passes. */
export async function readEvents(
  url: string,
  until: (events: { event: string; data: any }[]) => boolean,
  opts: { headers?: Record<string, string>; timeoutMs?: number; onOpen?: () => Promise<void> } = {},
): Promise<{ status: number; events: { event: string; data: any }[] }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs ?? 5000);
  const events: { event: string; data: any }[] = [];
  try {
    const res = await fetch(url, { headers: opts.headers, signal: controller.signal });
    if (res.status !== 200 || !res.body) return { status: res.status, events };
    const reader = res.body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let opened = false;
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let cut: number;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event && data) events.push({ event, data: JSON.parse(data) });
      }
      if (!opened && events.some((e) => e.event === 'ready')) {
        opened = true;
        await opts.onOpen?.();
      }
      if (until(events)) break;
    }
    controller.abort();
    return { status: 200, events };
  } catch (err) {
    if ((err as Error).name === 'AbortError') return { status: 200, events };
    throw err;
  } finally {
    clearTimeout(timer);
  }
}
