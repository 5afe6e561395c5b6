/**
 * The environment, parsed once with zod and frozen. Nothing else reads `process.env`.
 * Every setting has an embedded default so `npm start` works on a fresh machine with no secrets.
 */
import { z } from 'zod';
import { SignpostError } from './errors';

/** Parses "true"/"false"/"1"/"0"/"yes"/"no"; anything else is a validation error, unset is the default. */
const bool = (def: boolean) => z.enum(['true', 'false', '1', '0', 'yes', 'no']).optional()
  .transform((v) => (v === undefined ? def : ['true', '1', 'yes'].includes(v)));
const int = (def: number, min: number, max: number) => z.string().regex(/^\d+$/, 'a whole number').optional()
  .transform((v) => (v === undefined ? def : Number(v))).pipe(z.number().int().min(min).max(max));

const envSchema = z.object({
  PORT: int(3978, 1, 65535),
  /** Empty: in-memory state. */
  REDIS_URL: z.string().url().optional(),
  /** Days a conversation's state is kept after its last message. */
  STATE_TTL_DAYS: int(30, 1, 365),
  /** Unset: no Bot Framework authentication (local runs and tests only). */
  MICROSOFT_APP_ID: z.string().min(1).optional(),
  MICROSOFT_APP_PASSWORD: z.string().min(1).optional(),
  MICROSOFT_APP_TENANT_ID: z.string().min(1).optional(),
  /** Overrides the assessment date (YYYY-MM-DD), for testing a future tax year. Unset: today. */
  SIGNPOST_ASSESSMENT_DATE: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional(),
  /** Knowledge folder; unset: the one shipped with the service. */
  SIGNPOST_KNOWLEDGE_DIR: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** The public base URL people reach the service at (links in messages; SMS signatures). Unset: http://localhost:PORT. */
  PUBLIC_URL: z.string().url().optional(),
  /** Secret for signing web chat tokens (32+ characters). Unset: a random one per process (tokens do not survive a restart). */
  DIRECTLINE_SECRET: z.string().min(32).optional(),
  /** Twilio (or compatible gateway) auth token: signs inbound webhooks and authenticates outbound sends. Unset: the SMS route is off unless SMS_ALLOW_UNSIGNED. */
  TWILIO_AUTH_TOKEN: z.string().min(8).optional(),
  /** Twilio account SID for outbound messages (REST API). */
  TWILIO_ACCOUNT_SID: z.string().min(2).optional(),
  /** The number (or messaging service SID) outbound texts are sent from. */
  TWILIO_FROM: z.string().min(2).optional(),
  /** Base URL of the Twilio-compatible REST API for outbound texts. */
  TWILIO_API_BASE_URL: z.string().url().default('https://api.twilio.com'),
  /** Local development only: accept unsigned SMS webhooks when no auth token is set. */
  SMS_ALLOW_UNSIGNED: bool(false),
  /** Salt for hashing phone numbers into conversation ids (16+ characters). Unset: a random one per process. */
  SMS_PHONE_SALT: z.string().min(16).optional(),
  /** Hours of silence after which an SMS conversation is asked whether to carry on or start again. */
  SMS_RESUME_PROMPT_HOURS: int(24, 1, 24 * 90),
  /**
   * Agent console accounts: a JSON object of agent id to scrypt hash ("scrypt:<salt hex>:<hash hex>"),
   * e.g. made with `npm run agent:hash`. Unset: no agent can sign in.
   */
  AGENTS: z.string().optional(),
  /** Secret for signing agent session tokens (32+ characters). Unset: a random one per process. */
  AGENT_SESSION_SECRET: z.string().min(32).optional(),
  /** Seconds to wait for an adviser before telling the person and offering a call-back. */
  HANDOFF_WAIT_SECONDS: int(120, 1, 86_400),
  /** An external contact-centre platform's endpoint for the standard `handoff.initiate` event. Unset: none. */
  HANDOFF_CONNECTOR_URL: z.string().url().optional(),
  /** When advisers work, as "Mon-Fri 09:00-17:00" (Europe/London). Unset: always. */
  ADVISER_HOURS: z.string().regex(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun)-(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{2}:\d{2}-\d{2}:\d{2}$/).optional(),
  /** The Teams channel new handoff cases are posted to (its conversation id, `19:...@thread.tacv2`). Unset: no queue posts. */
  TEAMS_QUEUE_CHANNEL_ID: z.string().regex(/^19:\S{1,300}$/, 'a Teams channel id (19:...)').optional(),
  /** The Bot Framework service URL of that team, e.g. `https://smba.trafficmanager.net/uk/`. Required with TEAMS_QUEUE_CHANNEL_ID. */
  TEAMS_SERVICE_URL: z.string().url().optional(),
  /** The team's Entra tenant id (optional). */
  TEAMS_TENANT_ID: z.string().min(1).max(64).optional(),
  /** Teams advisers: a JSON object of Entra object id (aadObjectId) to agent id. Unset or not listed: `teams.<aadObjectId>`. */
  TEAMS_AGENTS: z.string().optional().transform((v, ctx) => {
    if (v === undefined) return undefined;
    let json: unknown;
    try { json = JSON.parse(v); } catch { ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'not JSON' }); return z.NEVER; }
    const parsed = z.record(z.string().min(1).max(64), z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'an agent id')).safeParse(json);
    if (!parsed.success) { ctx.addIssue({ code: z.ZodIssueCode.custom, message: 'a JSON object of Entra object id to agent id' }); return z.NEVER; }
    return parsed.data;
  }),
}).superRefine((env, ctx) => {
  if (env.REDIS_URL && env.TWILIO_AUTH_TOKEN && !env.SMS_PHONE_SALT) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['SMS_PHONE_SALT'], message: 'required with REDIS_URL and SMS: opt-outs and conversations are keyed by it and must survive a restart' });
  }
  if (env.MICROSOFT_APP_ID && !env.MICROSOFT_APP_PASSWORD) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['MICROSOFT_APP_PASSWORD'], message: 'required when MICROSOFT_APP_ID is set' });
  }
  if (env.TEAMS_QUEUE_CHANNEL_ID && !env.TEAMS_SERVICE_URL) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['TEAMS_SERVICE_URL'], message: 'required with TEAMS_QUEUE_CHANNEL_ID' });
  }
});

export type Config = Readonly<z.infer<typeof envSchema>>;

/** Parses an environment into a frozen Config; throws SP_CONFIG_INVALID listing every problem. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const list = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new SignpostError('SP_CONFIG_INVALID', list);
  }
  return Object.freeze(parsed.data);
}

let cached: Config | undefined;

/** The process's configuration, parsed on first use. */
export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
