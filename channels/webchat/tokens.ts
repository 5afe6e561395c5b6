/**
 * Signed, per-conversation Direct Line tokens: `base64url(JSON {conversationId, expiresAt}) + '.' +
 * base64url(HMAC-SHA256(secret, payloadPart))`. Stateless: a token is valid for exactly one
 * conversation until it expires; refreshing issues a new one and the old one stays valid until its
 * own expiry. Not a JWT (no header); the client treats it as opaque.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** Conversation ids this channel issues and accepts: URL- and Redis-key-safe. */
export const conversationIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,128}$/, 'a conversation id');

/** A new random conversation id (24 base64url characters, 144 bits). */
export function newConversationId(): string {
  return randomBytes(18).toString('base64url');
}

/** Default token lifetime: 30 minutes, as Direct Line (DirectLineJS refreshes every 15 minutes). */
export const DEFAULT_TOKEN_TTL_SECONDS = 30 * 60;
/** Shortest accepted secret, in bytes (the HMAC-SHA256 output size). */
export const MIN_SECRET_BYTES = 32;
const MAX_TOKEN_CHARS = 1024;

const payloadSchema = z.object({
  conversationId: conversationIdSchema,
  expiresAt: z.number().int().positive(),
}).strict();

/** Options for {@link TokenService}. */
export interface TokenServiceOptions {
  /** The signing secret, at least 32 bytes (production: `DIRECTLINE_SECRET`, or random per boot). */
  secret: string | Buffer;
  /** Token lifetime in seconds (positive integer). Default 1800. */
  ttlSeconds?: number;
  /** The clock; default `new Date()`. */
  now?: () => Date;
}

/** A token just issued. */
export interface IssuedToken {
  token: string;
  conversationId: string;
  /** Seconds until expiry, as Direct Line's `expires_in`. */
  expiresIn: number;
  /** Epoch milliseconds. */
  expiresAt: number;
}

/** The outcome of {@link TokenService.verify}. */
export type TokenCheck =
  | { ok: true; conversationId: string; expiresAt: number; expiresIn: number }
  | { ok: false; reason: 'malformed' | 'signature' | 'expired' };

/** Issues and verifies conversation tokens with HMAC-SHA256. */
export class TokenService {
  private readonly secret: Buffer;
  private readonly ttlMs: number;
  private readonly now: () => Date;

  constructor(options: TokenServiceOptions) {
    this.secret = Buffer.isBuffer(options.secret) ? Buffer.from(options.secret) : Buffer.from(options.secret, 'utf8');
    if (this.secret.length < MIN_SECRET_BYTES) {
      throw new RangeError(`TokenService: the secret must be at least ${MIN_SECRET_BYTES} bytes.`);
    }
    const ttlSeconds = options.ttlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
    if (!Number.isInteger(ttlSeconds) || ttlSeconds <= 0) throw new RangeError('TokenService: ttlSeconds must be a positive integer.');
    this.ttlMs = ttlSeconds * 1000;
    this.now = options.now ?? (() => new Date());
  }

  /** A fresh token for `conversationId`, valid for the configured lifetime from now. */
  issue(conversationId: string): IssuedToken {
    const id = conversationIdSchema.parse(conversationId);
    const expiresAt = this.now().getTime() + this.ttlMs;
    const payload = Buffer.from(JSON.stringify({ conversationId: id, expiresAt }), 'utf8').toString('base64url');
    return { token: `${payload}.${this.sign(payload)}`, conversationId: id, expiresIn: this.ttlMs / 1000, expiresAt };
  }

  /** Checks the signature (constant time), the payload's shape and the expiry. Never throws. */
  verify(token: string): TokenCheck {
    if (token.length > MAX_TOKEN_CHARS) return { ok: false, reason: 'malformed' };
    const parts = token.split('.');
    if (parts.length !== 2) return { ok: false, reason: 'malformed' };
    const [payload = '', signature = ''] = parts;
    // Compare the encoded strings: base64url decoding is lenient (a changed last character can decode alike).
    const given = Buffer.from(signature, 'utf8');
    const expected = Buffer.from(this.sign(payload), 'utf8');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature' };
    let decoded: unknown;
    try {
      decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    const parsed = payloadSchema.safeParse(decoded);
    if (!parsed.success) return { ok: false, reason: 'malformed' };
    const left = parsed.data.expiresAt - this.now().getTime();
    if (left <= 0) return { ok: false, reason: 'expired' };
    return { ok: true, conversationId: parsed.data.conversationId, expiresAt: parsed.data.expiresAt, expiresIn: Math.floor(left / 1000) };
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.secret).update(payload, 'utf8').digest('base64url');
  }
}
