/**
 * Outbound texts through a Twilio-compatible REST API: `POST {baseUrl}/2010-04-01/Accounts/{sid}/Messages.json`,
 * form-encoded `To`, `From` (or `MessagingServiceSid` when the sender is a messaging service, `MG…`)
 * and `Body`, with HTTP basic auth `sid:token`. Used for texts sent outside a webhook turn (an
 * adviser's reply). Failures are SP_SMS_SEND_FAILED with the HTTP status and Twilio's error code;
 * numbers and message text are never logged or put in errors. Framework-free.
 */
import { SignpostError } from '../../src/errors';
import type { Config } from '../../src/config';

/** Twilio's error for a number that replied STOP. */
export const TWILIO_OPTED_OUT_CODE = 21610;

/** Options for {@link SmsRestClient}. */
export interface SmsRestClientOptions {
  /** e.g. `https://api.twilio.com` (TWILIO_API_BASE_URL); a trailing slash is ignored. */
  baseUrl: string;
  accountSid: string;
  authToken: string;
  /** The sending number (E.164) or a messaging service SID (`MG…`). */
  from: string;
  /** Injected for tests; default the global `fetch`. */
  fetch?: typeof fetch;
  /** Give up after this many ms (default 10000). */
  timeoutMs?: number;
}

/** A send that the API refused or that did not complete. */
export class SmsSendError extends SignpostError {
  /** HTTP status, 0 when there was no answer. */
  readonly httpStatus: number;
  /** Twilio's numeric error code (e.g. 21610 opted out), when given. */
  readonly twilioCode: number | undefined;
  constructor(httpStatus: number, twilioCode: number | undefined, reason: string) {
    super('SP_SMS_SEND_FAILED', `${reason}; status ${httpStatus}${twilioCode ? `; twilio ${twilioCode}` : ''}`);
    this.httpStatus = httpStatus;
    this.twilioCode = twilioCode;
  }
}

/** Sends texts through the REST API. */
export class SmsRestClient {
  private readonly url: string;
  private readonly auth: string;
  private readonly fetchImpl: typeof fetch;
  private readonly timeoutMs: number;

  constructor(private readonly opts: SmsRestClientOptions) {
    this.url = `${opts.baseUrl.replace(/\/+$/, '')}/2010-04-01/Accounts/${encodeURIComponent(opts.accountSid)}/Messages.json`;
    this.auth = `Basic ${Buffer.from(`${opts.accountSid}:${opts.authToken}`, 'utf8').toString('base64')}`;
    this.fetchImpl = opts.fetch ?? fetch;
    this.timeoutMs = opts.timeoutMs ?? 10_000;
  }

  /**
   * Sends one message. Resolves with Twilio's message sid.
   * @throws SmsSendError (SP_SMS_SEND_FAILED) on a non-2xx answer, a network failure or a timeout.
   */
  async send(message: { to: string; body: string }): Promise<{ sid?: string }> {
    const form = new URLSearchParams();
    form.set('To', message.to);
    if (/^MG[0-9a-f]{32}$/i.test(this.opts.from)) form.set('MessagingServiceSid', this.opts.from);
    else form.set('From', this.opts.from);
    form.set('Body', message.body);
    let res: Response;
    try {
      res = await this.fetchImpl(this.url, {
        method: 'POST',
        headers: { authorization: this.auth, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: form.toString(),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err) {
      throw new SmsSendError(0, undefined, (err as Error)?.name ?? 'Error');
    }
    const text = await res.text().catch(() => '');
    let json: { sid?: unknown; code?: unknown } = {};
    try {
      json = text ? (JSON.parse(text) as typeof json) : {};
    } catch {
      json = {};
    }
    if (!res.ok) throw new SmsSendError(res.status, typeof json.code === 'number' ? json.code : undefined, 'refused');
    return typeof json.sid === 'string' ? { sid: json.sid } : {};
  }
}

/** A client from the configuration, or undefined when the account SID, auth token or sender is missing. */
export function restClientFromConfig(config: Config, fetchImpl?: typeof fetch): SmsRestClient | undefined {
  if (!config.TWILIO_ACCOUNT_SID || !config.TWILIO_AUTH_TOKEN || !config.TWILIO_FROM) return undefined;
  return new SmsRestClient({
    baseUrl: config.TWILIO_API_BASE_URL,
    accountSid: config.TWILIO_ACCOUNT_SID,
    authToken: config.TWILIO_AUTH_TOKEN,
    from: config.TWILIO_FROM,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
}
