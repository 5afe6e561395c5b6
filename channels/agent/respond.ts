/**
 * Answers for the agent API: JSON with `Cache-Control: no-store`, and errors as `{ code, message }`
 * with the catalogue's status and plain words an integrator can show.
 */
import type * as restify from 'restify';
import type { z } from 'zod';
import { ERRORS, SignpostError, type ErrorCode } from '../../src/errors';
import { log } from '../../src/logger';

/** Plain words per code; anything else gets the catalogue description. */
const MESSAGES: Partial<Record<ErrorCode, string>> = {
  SP_BAD_REQUEST: 'The request body is not valid.',
  SP_NOT_FOUND: 'There is nothing at this address.',
  SP_CASE_NOT_FOUND: 'There is no case with that id.',
  SP_CASE_ALREADY_CLAIMED: 'Another agent has already claimed this case.',
  SP_CASE_HELD_BY_OTHER: 'Another agent holds this case.',
  SP_CASE_NOT_CLAIMED: 'Claim the case first.',
  SP_CASE_CLOSED: 'This case is closed.',
  SP_CASE_LIMIT: 'This case cannot take any more messages.',
  SP_CASE_BUSY: 'The case is changing quickly. Try again.',
  SP_AGENT_UNAUTHORIZED: 'Sign in as an agent.',
  SP_AGENT_TOKEN_EXPIRED: 'Your session has ended. Sign in again.',
  SP_AGENT_LOGIN_FAILED: 'The agent id or password is wrong.',
  SP_AGENT_LOGIN_LOCKED: 'Too many failed sign-ins. Wait 15 minutes and try again.',
  SP_RELAY_FAILED: 'The case was updated, but the person could not be reached.',
  SP_HANDOFF_FAILED: 'Something went wrong. Try again.',
};

/** A body that failed validation, naming the fields (never their values). */
export class BadBody extends SignpostError {
  readonly fields: string[];
  constructor(fields: string[]) {
    super('SP_BAD_REQUEST', `Fields: ${fields.join(', ')}.`);
    this.fields = fields;
  }
}

/** Plain words for a code. */
export function messageFor(code: ErrorCode): string {
  return MESSAGES[code] ?? ERRORS[code].description;
}

/** Sends JSON with no caching. */
export function sendJson(res: restify.Response, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.status(status);
  res.header('Cache-Control', 'no-store');
  for (const [k, v] of Object.entries(headers)) res.header(k, v);
  res.json(body);
}

/** Sends `{ code, message, ...extra }` with the code's status. */
export function sendError(res: restify.Response, code: ErrorCode, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}): void {
  const body: Record<string, unknown> = { code, message: messageFor(code), ...extra };
  if (code === 'SP_AGENT_UNAUTHORIZED' || code === 'SP_AGENT_TOKEN_EXPIRED') headers = { 'WWW-Authenticate': 'Bearer realm="signpost-agent"', ...headers };
  sendJson(res, ERRORS[code].status, body, headers);
}

/**
 * Wraps a handler: coded errors become their 4xx/5xx answer; anything else is logged (name only) and
 * answered 500 SP_HANDOFF_FAILED.
 */
export function handle(route: string, fn: (req: restify.Request, res: restify.Response) => Promise<void>) {
  return async (req: restify.Request, res: restify.Response): Promise<void> => {
    try {
      await fn(req, res);
    } catch (err) {
      if (res.headersSent) return;
      if (err instanceof SignpostError) {
        if (err.status >= 500) log.warn(err.code, { route });
        const headers: Record<string, string> = err.code === 'SP_AGENT_LOGIN_LOCKED' ? { 'Retry-After': '900' } : {};
        sendError(res, err.code, err instanceof BadBody ? { fields: err.fields } : {}, headers);
        return;
      }
      log.error('SP_HANDOFF_FAILED', { route, detail: (err as Error)?.name ?? 'Error' });
      sendError(res, 'SP_HANDOFF_FAILED');
    }
  };
}

/**
 * Parses a JSON body with zod. A missing body counts as `{}`.
 * @throws SP_BAD_REQUEST naming the fields that failed (never their values).
 */
export function parseBody<S extends z.ZodTypeAny>(req: restify.Request, schema: S): z.output<S> {
  const raw: unknown = req.body === undefined || req.body === '' ? {} : req.body;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new BadBody([...new Set(parsed.error.issues.map((i) => i.path.join('.') || '(body)'))]);
  return parsed.data;
}
