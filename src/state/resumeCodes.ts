/**
 * Save and resume: a short, single-use code that carries everything known so far into a new
 * conversation, on any channel (web chat or SMS). Codes use an alphabet without look-alike
 * characters and expire with the state TTL. Framework-free.
 */
import { randomInt } from 'node:crypto';
import type Redis from 'ioredis';
import { z } from 'zod';
import { factsSchema } from '../facts/facts';
import { SignpostError } from '../errors';

/** No 0/O, 1/I/L, 5/S: easy to read out and to type on a phone. */
const ALPHABET = '2346789ABCDEFGHJKMNPQRTUVWXYZ';
const CODE_LENGTH = 8;

/** What a code carries: the answers so far, not the transcript. */
export const resumeSnapshotSchema = z.object({
  facts: factsSchema,
  answered: z.array(z.string()),
  skipped: z.array(z.string()),
});
export type ResumeSnapshot = z.infer<typeof resumeSnapshotSchema>;

export interface ResumeCodeStore {
  /** Stores a snapshot; returns its code, formatted like "K7MX-9QPD". */
  create(snapshot: ResumeSnapshot): Promise<string>;
  /** Takes (and deletes) the snapshot for a code; undefined when unknown or expired. */
  take(code: string): Promise<ResumeSnapshot | undefined>;
}

/** A new code. It always holds a digit, so ordinary words ("HEAD CHEF") are never mistaken for one. */
export function newCode(): string {
  let raw = '';
  while (!/[0-9]/.test(raw)) {
    raw = '';
    for (let i = 0; i < CODE_LENGTH; i++) raw += ALPHABET[randomInt(ALPHABET.length)];
  }
  return `${raw.slice(0, 4)}-${raw.slice(4)}`;
}

/** The code in a message ("resume k7mx 9qpd", "K7MX-9QPD"), normalised, or undefined. */
export function findResumeCode(text: string): string | undefined {
  const m = new RegExp(`(?:^|[^A-Z0-9])([${ALPHABET}]{4})[\\s-]?([${ALPHABET}]{4})(?:$|[^A-Z0-9])`).exec(text.toUpperCase());
  return m && /[0-9]/.test(`${m[1]}${m[2]}`) ? `${m[1]}-${m[2]}` : undefined;
}

const normalise = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, '');

/** In-memory codes for local runs and tests. Expiry in milliseconds. */
export class InMemoryResumeCodes implements ResumeCodeStore {
  private readonly codes = new Map<string, { snapshot: ResumeSnapshot; expires: number }>();
  constructor(private readonly ttlMs: number) {}

  async create(snapshot: ResumeSnapshot): Promise<string> {
    const code = newCode();
    this.codes.set(normalise(code), { snapshot: resumeSnapshotSchema.parse(snapshot), expires: Date.now() + this.ttlMs });
    return code;
  }

  async take(code: string): Promise<ResumeSnapshot | undefined> {
    const key = normalise(code);
    const hit = this.codes.get(key);
    this.codes.delete(key);
    return hit && hit.expires > Date.now() ? hit.snapshot : undefined;
  }
}

/** Redis codes: SET with EX on create, GETDEL on take (single use). */
export class RedisResumeCodes implements ResumeCodeStore {
  constructor(private readonly opts: { client: Redis; prefix: string; ttlSeconds: number }) {}

  async create(snapshot: ResumeSnapshot): Promise<string> {
    const body = JSON.stringify(resumeSnapshotSchema.parse(snapshot));
    for (let i = 0; i < 5; i++) {
      const code = newCode();
      const ok = await this.opts.client.set(this.opts.prefix + normalise(code), body, 'EX', this.opts.ttlSeconds, 'NX');
      if (ok === 'OK') return code;
    }
    throw new SignpostError('SP_STATE_CORRUPT', 'could not allocate a resume code');
  }

  async take(code: string): Promise<ResumeSnapshot | undefined> {
    const raw = await this.opts.client.getdel(this.opts.prefix + normalise(code));
    if (!raw) return undefined;
    const parsed = resumeSnapshotSchema.safeParse(JSON.parse(raw));
    if (!parsed.success) throw new SignpostError('SP_STATE_CORRUPT', 'resume code');
    return parsed.data;
  }
}
