/**
 * The agent REST API (docs/agent-api.md) and, by default, the agent console at `/agent`.
 * Every route but login needs an agent session (`Authorization: Bearer <token>`); bodies are
 * validated with zod; errors are `{ code, message }` with the catalogue's status.
 * The server must parse JSON bodies (`restify.plugins.bodyParser`, as `createServer` does).
 */
import type * as restify from 'restify';
import { z } from 'zod';
import { SignpostError } from '../../src/errors';
import type { AgentAuth } from '../../src/handoff/agentAuth';
import { caseIdSchema, forAgents, summarise, type Case } from '../../src/handoff/case';
import type { CaseEvents } from '../../src/handoff/caseEvents';
import type { CaseStore } from '../../src/handoff/caseStore';
import { benefitName, describeFacts } from '../../src/handoff/factLabels';
import type { CitizenRelay, RelayStatus } from '../../src/handoff/relay';
import { log } from '../../src/logger';
import { registerAgentConsole } from './consoleRoutes';
import { eventStreamHandler } from './eventStream';
import { handle, parseBody, sendError, sendJson } from './respond';

/** What {@link registerAgentApi} needs. */
export interface AgentApiDeps {
  /** The case store; give the API and the bot the same {@link PublishingCaseStore} so the live queue sees every change. */
  cases: CaseStore;
  /** Queue changes for the event stream. */
  events: CaseEvents;
  /** Reaches the person (implemented by the bot layer). */
  relay: CitizenRelay;
  auth: AgentAuth;
  /** The clock for event times; default `new Date()`. */
  now?: () => Date;
  /** Also serve the console at `/agent`. Default true. */
  console?: boolean;
  /** Event stream keep-alive interval in ms. Default 20000. */
  heartbeatMs?: number;
}

/** Agent messages: plain text, up to 2000 characters. */
export const AGENT_MESSAGE_LIMIT = 2000;

const loginSchema = z.object({ agentId: z.string().min(1).max(64), password: z.string().min(1).max(256) }).strict();
const messageSchema = z.object({ text: z.string().trim().min(1).max(AGENT_MESSAGE_LIMIT) }).strict();
const closeSchema = z.object({ note: z.string().trim().min(1).max(2000) }).strict();
const emptySchema = z.object({}).strict();

function caseId(req: restify.Request): string {
  const id = String(req.params?.id ?? '');
  if (!caseIdSchema.safeParse(id).success) throw new SignpostError('SP_CASE_NOT_FOUND', 'Malformed id.');
  return id;
}

/** Mounts the API (and the console unless `deps.console === false`). */
export function registerAgentApi(server: restify.Server, deps: AgentApiDeps): void {
  const now = deps.now ?? (() => new Date());
  const agent = (req: restify.Request) => deps.auth.authenticate(req.header('authorization'));

  /** After a change the person must hear about: tell them; a failure is a 502 that still carries the case. */
  const relayThen = async (res: restify.Response, c: Case, status: number, action: () => Promise<void>, extra: Record<string, unknown> = {}) => {
    try {
      await action();
    } catch (err) {
      log.warn('SP_RELAY_FAILED', { caseId: c.id, detail: (err as Error)?.name ?? 'Error' });
      sendError(res, 'SP_RELAY_FAILED', { case: forAgents(c), ...extra });
      return;
    }
    sendJson(res, status, { case: forAgents(c), ...extra });
  };
  const notify = (res: restify.Response, c: Case, status: RelayStatus) => relayThen(res, c, 200, () => deps.relay.notify(c, status));

  server.post('/api/agent/login', handle('/api/agent/login', async (req, res) => {
    const body = parseBody(req, loginSchema);
    const session = await deps.auth.login(body.agentId, body.password);
    log.info('SP_AGENT_SIGNED_IN', { route: '/api/agent/login' });
    sendJson(res, 200, { token: session.token, agentId: session.agentId, expiresIn: session.expiresIn });
  }));

  server.get('/api/agent/me', handle('/api/agent/me', async (req, res) => {
    const agentId = agent(req);
    const check = deps.auth.verify(/^Bearer\s+(\S+)/i.exec(req.header('authorization') ?? '')?.[1]);
    sendJson(res, 200, { agentId, expiresIn: check.ok ? Math.floor((check.expiresAt - now().getTime()) / 1000) : 0 });
  }));

  server.get('/api/agent/cases', handle('/api/agent/cases', async (req, res) => {
    agent(req);
    const queue = await deps.cases.listQueue();
    sendJson(res, 200, { cases: queue.map(summarise) });
  }));

  server.get('/api/agent/cases/:id', handle('/api/agent/cases/:id', async (req, res) => {
    agent(req);
    const c = await deps.cases.get(caseId(req));
    if (!c) throw new SignpostError('SP_CASE_NOT_FOUND');
    const ids = new Set([...(c.outcome?.signposts.map((s) => s.benefit) ?? []), ...(c.facts.receiving ?? [])]);
    sendJson(res, 200, {
      case: forAgents(c),
      answers: describeFacts(c.facts),
      benefitNames: Object.fromEntries([...ids].map((id) => [id, benefitName(id)])),
    });
  }));

  server.post('/api/agent/cases/:id/claim', handle('/api/agent/cases/:id/claim', async (req, res) => {
    const agentId = agent(req);
    const id = caseId(req);
    parseBody(req, emptySchema);
    const c = await deps.cases.claim(id, agentId);
    log.info('SP_CASE_CLAIMED', { caseId: id, status: c.status });
    await notify(res, c, 'accepted');
  }));

  server.post('/api/agent/cases/:id/messages', handle('/api/agent/cases/:id/messages', async (req, res) => {
    const agentId = agent(req);
    const id = caseId(req);
    const { text } = parseBody(req, messageSchema);
    const c = await deps.cases.addMessage(id, { from: 'agent', agentId, text });
    const message = c.messages.at(-1);
    await relayThen(res, c, 201, () => deps.relay.send(c, text), { message });
  }));

  server.post('/api/agent/cases/:id/release', handle('/api/agent/cases/:id/release', async (req, res) => {
    const agentId = agent(req);
    const id = caseId(req);
    parseBody(req, emptySchema);
    const c = await deps.cases.release(id, agentId);
    log.info('SP_CASE_RELEASED', { caseId: id, status: c.status });
    await notify(res, c, 'released');
  }));

  server.post('/api/agent/cases/:id/close', handle('/api/agent/cases/:id/close', async (req, res) => {
    const agentId = agent(req);
    const id = caseId(req);
    const { note } = parseBody(req, closeSchema);
    const c = await deps.cases.close(id, agentId, note);
    log.info('SP_CASE_CLOSED', { caseId: id, status: c.status });
    await notify(res, c, 'completed');
  }));

  server.get('/api/agent/events', handle('/api/agent/events', eventStreamHandler({
    auth: deps.auth, events: deps.events, now, heartbeatMs: deps.heartbeatMs,
  })));

  if (deps.console !== false) registerAgentConsole(server);
}
