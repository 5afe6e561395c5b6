/**
 * Agent sign-in and sessions. Accounts come from config `AGENTS` (agent id → "scrypt:<salt hex>:<hash hex>");
 * a signed-in agent gets a session token `spa1.<base64url payload>.<base64url HMAC-SHA256>`, valid 8 hours,
 * signed with a key derived from AGENT_SESSION_SECRET. Web chat tokens (two parts, another key) never pass.
 * Stateless: every instance with the same secret accepts the same tokens. Framework-free.
 */
import { createHmac, randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';
import { SignpostError } from '../errors';
import { agentIdSchema } from './case';

const SCRYPT = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
const HASH_PATTERN = /^scrypt:([0-9a-f]{32,128}):([0-9a-f]{32,128})$/;
const TOKEN_PREFIX = 'spa1';
const MAX_TOKEN_CHARS = 512;
/** Default session length: a working day. */
export const AGENT_SESSION_SECONDS = 8 * 3600;

function scrypt(password: string, salt: Buffer, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scryptCb(password.normalize('NFC'), salt, length, SCRYPT as ScryptOptions, (err, key) => (err ? reject(err) : resolve(key)));
  });
}

/** Hashes a password for AGENTS: "scrypt:<16-byte salt hex>:<32-byte key hex>" (N=16384, r=8, p=1). */
export async function hashPassword(password: string): Promise<string> {
  if (password.length === 0) throw new RangeError('hashPassword: the password is empty.');
  const salt = randomBytes(SALT_BYTES);
  const key = await scrypt(password, salt, KEY_BYTES);
  return `scrypt:${salt.toString('hex')}:${key.toString('hex')}`;
}

/** True when `password` matches a hash from {@link hashPassword} (constant-time compare). False for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const m = HASH_PATTERN.exec(stored);
  if (!m || m[1]!.length % 2 !== 0 || m[2]!.length % 2 !== 0) return false;
  const expected = Buffer.from(m[2]!, 'hex');
  const key = await scrypt(password, Buffer.from(m[1]!, 'hex'), expected.length);
  return timingSafeEqual(key, expected);
}

/** AGENTS as JSON: an object of agent id → scrypt hash. */
export const agentsSchema = z.record(agentIdSchema, z.string().regex(HASH_PATTERN, 'a scrypt hash from npm run agent:hash'));

/**
 * Parses config `AGENTS`. Unset or empty: no agents (nobody can sign in).
 * @throws SignpostError SP_CONFIG_INVALID naming the bad agent ids, never the hashes.
 */
export function parseAgents(json: string | undefined): Record<string, string> {
  if (json === undefined || json.trim() === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw new SignpostError('SP_CONFIG_INVALID', 'AGENTS: not JSON.');
  }
  const parsed = agentsSchema.safeParse(value);
  if (!parsed.success) {
    throw new SignpostError('SP_CONFIG_INVALID', `AGENTS: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}

/** A session just issued by {@link AgentAuth.login}. */
export interface AgentSession {
  token: string;
  agentId: string;
  /** Seconds until it expires. */
  expiresIn: number;
  /** Epoch ms. */
  expiresAt: number;
}

/** The outcome of {@link AgentAuth.verify}. */
export type AgentTokenCheck =
  | { ok: true; agentId: string; expiresAt: number }
  | { ok: false; reason: 'missing' | 'malformed' | 'signature' | 'expired' | 'unknown-agent' };

/** Options for {@link AgentAuth}. */
export interface AgentAuthOptions {
  /** Agent id → scrypt hash (see {@link parseAgents}). */
  agents: Record<string, string>;
  /** Signing secret, 32+ bytes. Undefined: random per process (sessions do not survive a restart or span instances). */
  secret?: string | Buffer;
  /** Session length in seconds. Default 8 hours. */
  ttlSeconds?: number;
  /** The clock; default `new Date()`. */
  now?: () => Date;
  /** Failed sign-ins for one agent before it is locked for `lockSeconds`. Default 5. */
  maxFailures?: number;
  /** Lock length in seconds after too many failures (also the window they are counted in). Default 900. */
  lockSeconds?: number;
}

const payloadSchema = z.object({ sub: agentIdSchema, exp: z.number().int().positive() }).strict();

interface Failures { count: number; since: number; lockedUntil: number }

/** Signs agents in and checks their session tokens. */
export class AgentAuth {
  private readonly agents: ReadonlyMap<string, string>;
  private readonly key: Buffer;
  private readonly ttlMs: number;
  private readonly now: () => Date;
  private readonly maxFailures: number;
  private readonly lockMs: number;
  private readonly failures = new Map<string, Failures>();
  private dummyHash: Promise<string> | undefined;

  /** From config: `AGENTS` and `AGENT_SESSION_SECRET`. @throws SP_CONFIG_INVALID when AGENTS is malformed. */
  static fromConfig(config: { AGENTS?: string; AGENT_SESSION_SECRET?: string }, options: Omit<AgentAuthOptions, 'agents' | 'secret'> = {}): AgentAuth {
    return new AgentAuth({ ...options, agents: parseAgents(config.AGENTS), secret: config.AGENT_SESSION_SECRET });
  }

  constructor(options: AgentAuthOptions) {
    this.agents = new Map(Object.entries(agentsSchema.parse(options.agents)));
    const secret = options.secret === undefined ? randomBytes(32)
      : Buffer.isBuffer(options.secret) ? options.secret : Buffer.from(options.secret, 'utf8');
    if (secret.length < 32) throw new RangeError('AgentAuth: the secret must be at least 32 bytes.');
    // A key of its own, so no other token signed with the same secret can ever pass as an agent session.
    this.key = createHmac('sha256', secret).update('signpost agent session v1').digest();
    const ttl = options.ttlSeconds ?? AGENT_SESSION_SECONDS;
    if (!Number.isInteger(ttl) || ttl <= 0) throw new RangeError('AgentAuth: ttlSeconds must be a positive integer.');
    this.ttlMs = ttl * 1000;
    this.now = options.now ?? (() => new Date());
    this.maxFailures = options.maxFailures ?? 5;
    this.lockMs = (options.lockSeconds ?? 900) * 1000;
  }

  /** How many agents can sign in. */
  get agentCount(): number {
    return this.agents.size;
  }

  /**
   * Checks the password and issues a session.
   * @throws SP_AGENT_LOGIN_FAILED (401) for an unknown agent or wrong password (same answer, similar time);
   *   SP_AGENT_LOGIN_LOCKED (429) after too many failures for that agent.
   */
  async login(agentId: string, password: string): Promise<AgentSession> {
    const now = this.now().getTime();
    const stored = this.agents.get(agentId);
    const f = stored === undefined ? undefined : this.failures.get(agentId);
    if (f && f.lockedUntil > now) throw new SignpostError('SP_AGENT_LOGIN_LOCKED', `Retry in ${Math.ceil((f.lockedUntil - now) / 1000)} s.`);
    const ok = await verifyPassword(password, stored ?? (await this.dummy()));
    if (!ok || stored === undefined) {
      if (stored !== undefined) this.fail(agentId, now);
      throw new SignpostError('SP_AGENT_LOGIN_FAILED');
    }
    this.failures.delete(agentId);
    return this.issue(agentId);
  }

  /** A session for an agent (after the caller has checked who it is). */
  issue(agentId: string): AgentSession {
    const expiresAt = this.now().getTime() + this.ttlMs;
    const payload = Buffer.from(JSON.stringify({ sub: agentIdSchema.parse(agentId), exp: expiresAt }), 'utf8').toString('base64url');
    const body = `${TOKEN_PREFIX}.${payload}`;
    return { token: `${body}.${this.sign(body)}`, agentId, expiresIn: this.ttlMs / 1000, expiresAt };
  }

  /** Checks a session token: format, signature (constant time), expiry, and that the agent still exists. Never throws. */
  verify(token: string | undefined): AgentTokenCheck {
    if (!token) return { ok: false, reason: 'missing' };
    if (token.length > MAX_TOKEN_CHARS) return { ok: false, reason: 'malformed' };
    const parts = token.split('.');
    if (parts.length !== 3 || parts[0] !== TOKEN_PREFIX) return { ok: false, reason: 'malformed' };
    const body = `${parts[0]}.${parts[1]}`;
    const given = Buffer.from(parts[2] ?? '', 'utf8');
    const expected = Buffer.from(this.sign(body), 'utf8');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature' };
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(parts[1] ?? '', 'base64url').toString('utf8'));
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    const p = payloadSchema.safeParse(decoded);
    if (!p.success) return { ok: false, reason: 'malformed' };
    if (p.data.exp <= this.now().getTime()) return { ok: false, reason: 'expired' };
    if (!this.agents.has(p.data.sub)) return { ok: false, reason: 'unknown-agent' };
    return { ok: true, agentId: p.data.sub, expiresAt: p.data.exp };
  }

  /**
   * The agent id from an `Authorization: Bearer <token>` header.
   * @throws SP_AGENT_TOKEN_EXPIRED (401) for an expired session; SP_AGENT_UNAUTHORIZED (401) for anything else
   *   (no header, another scheme, a web chat token, a bad signature, an agent no longer configured).
   */
  authenticate(header: string | undefined): string {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
    return this.authenticateToken(m?.[1]);
  }

  /** As {@link authenticate}, for a bare token (e.g. from `?token=` on the event stream). */
  authenticateToken(token: string | undefined): string {
    const check = this.verify(token);
    if (check.ok) return check.agentId;
    if (check.reason === 'expired') throw new SignpostError('SP_AGENT_TOKEN_EXPIRED');
    throw new SignpostError('SP_AGENT_UNAUTHORIZED', `Reason: ${check.reason}.`);
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body, 'utf8').digest('base64url');
  }

  private fail(agentId: string, now: number): void {
    const f = this.failures.get(agentId);
    const current = f && now - f.since < this.lockMs ? f : { count: 0, since: now, lockedUntil: 0 };
    current.count += 1;
    if (current.count >= this.maxFailures) {
      current.lockedUntil = now + this.lockMs;
      current.count = 0;
      current.since = now;
    }
    this.failures.set(agentId, current);
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
    return this.dummyHash;
  }
}
