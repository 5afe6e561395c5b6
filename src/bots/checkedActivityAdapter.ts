/**
 * The Bot Framework adapter for `/api/messages`. `CloudAdapter.process` checks the request body again
 * with zod schemas it builds on every request, copying the whole activity twice to do it. The route has
 * already checked the activity with its own schema, so {@link CheckedActivityAdapter.processChecked}
 * starts from there. It does the rest of `process` (dates, authentication, the turn, the invoke
 * response) without the second check. Failures keep the service's error shape, a code and plain words,
 * and never echo an exception's text. Everything else is botbuilder's `CloudAdapter`.
 */
import { CloudAdapter, type Activity, type TurnContext } from 'botbuilder';
import type { Request, Response } from 'restify';
import { log } from '../logger';

/** The date fields botbuilder turns from ISO text into `Date`s, keeping the text as `raw…`. */
const DATE_FIELDS = [
  ['timestamp', 'rawTimestamp'],
  ['expiration', 'rawExpiration'],
  ['localTimestamp', 'rawLocalTimestamp'],
] as const;

/** As botbuilder's `validateAndFixActivity` (not exported): ISO date text becomes a `Date`, the text kept beside it. */
function withDates(activity: Record<string, unknown>): Activity {
  for (const [field, raw] of DATE_FIELDS) {
    const value = activity[field];
    if (typeof value === 'string') {
      activity[raw] = value;
      activity[field] = new Date(value);
    }
  }
  return activity as unknown as Activity;
}

/** Whether botbuilder rejected the caller's credentials (its AuthenticationError carries status 401). */
function isAuthenticationFailure(error: unknown): boolean {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return status === 401 || status === 403;
}

/** A CloudAdapter that takes an activity its route has already checked. */
export class CheckedActivityAdapter extends CloudAdapter {
  /**
   * Runs one inbound activity: authenticates the `Authorization` header, runs `logic` in a turn, and
   * answers with the turn's invoke response (for `expectReplies`, the replies) or 200.
   * @param activity the parsed request body, already checked to be an activity (it is changed in place: dates)
   * Answers 401 `SP_UNAUTHORIZED` when authentication fails, and 500 `SP_TURN_FAILED` for anything
   * else that escapes the turn (turn errors themselves go to `onTurnError`).
   */
  async processChecked(req: Request, res: Response, activity: Record<string, unknown>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const authorization = req.headers.authorization ?? '';
    let status = 200;
    let body: unknown;
    try {
      const invoke = await this.processActivity(authorization, withDates(activity), logic);
      status = invoke?.status ?? 200;
      body = invoke?.body;
    } catch (error) {
      if (isAuthenticationFailure(error)) {
        log.warn('SP_UNAUTHORIZED', { route: '/api/messages', status: 401 });
        status = 401;
        body = { code: 'SP_UNAUTHORIZED', message: 'This request is not signed for this bot.' };
      } else {
        log.error('SP_TURN_FAILED', { route: '/api/messages', status: 500, detail: (error as Error)?.name ?? 'Error' });
        status = 500;
        body = { code: 'SP_TURN_FAILED', message: 'Something went wrong. Please try again.' };
      }
    }
    res.status(status);
    if (body !== undefined && body !== null) res.send(body);
    res.end();
  }
}
