/**
 * {@link CaseStore} on Redis (ioredis), shared by every instance of the service.
 *
 * Keys (all under `prefix`):
 * - `case:<id>`: hash `{ doc, rev, status, agentId }`: the case JSON (validated with zod on every read),
 *   a revision number, and the status and holder copied out of the JSON so Lua can check them;
 * - `queue`: sorted set of open case ids, score = level rank × 10^13 + created epoch ms;
 * - `conv:<sha256 of conversationKey>`: the open case id of a conversation.
 *
 * Each mutation reads the case, applies the shared transition in TypeScript (which throws the coded
 * error when the rule says no), then writes through one Lua script that checks the revision, status and
 * holder are unchanged and sets the new ones together with the queue and index. When another writer got
 * there first the script refuses and the mutation re-reads: of two claims at once, exactly one wins and
 * the other sees SP_CASE_ALREADY_CLAIMED. No cjson in the scripts, for portability.
 */
import { createHash } from 'node:crypto';
import type Redis from 'ioredis';
import { SignpostError } from '../errors';
import { log } from '../logger';
import {
  caseIdSchema, caseSchema, newCaseId, queueScore, type CallbackInput, type Case, type CaseTranscriptEntry, type NewCase,
  type NewMessage, type NoAgent,
} from './case';
import { retention, type CaseRetention, type CaseStore } from './caseStore';
import {
  addCaseMessage, appendCaseTranscript, claimCase, closeCase, createCase, escalateCase, markCaseNoAgent, releaseCase,
  setCaseCallback,
} from './transitions';

/** Options for {@link RedisCaseStore}. */
export interface RedisCaseStoreOptions extends CaseRetention {
  /** ioredis client (may be shared). Must not use ioredis' own `keyPrefix` option. */
  client: Redis;
  /** Prepended to every key, e.g. `signpost:handoff:`. */
  prefix: string;
  /** The clock; default `new Date()`. */
  now?: () => Date;
  /** Id generator (tests); default random `C-XXXXXX`. */
  newId?: () => string;
  /** Most attempts when other writers keep changing a case. Default 25. */
  maxAttempts?: number;
}

/**
 * KEYS[1] case hash, KEYS[2] queue, KEYS[3] conversation index. ARGV[1] doc, ARGV[2] score, ARGV[3] ttl, ARGV[4] id.
 * Returns 'ok', 'taken' (the id exists) or 'open:<id>' (the conversation already has an open case).
 */
const CREATE_LUA = `
local open = redis.call('GET', KEYS[3])
if open then return 'open:' .. open end
if redis.call('EXISTS', KEYS[1]) == 1 then return 'taken' end
redis.call('HSET', KEYS[1], 'doc', ARGV[1], 'rev', '1', 'status', 'queued', 'agentId', '')
redis.call('EXPIRE', KEYS[1], ARGV[3])
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[4])
redis.call('SET', KEYS[3], ARGV[4], 'EX', ARGV[3])
return 'ok'
`;

/**
 * Compare-and-set of one case. KEYS[1] case hash, KEYS[2] queue, KEYS[3] conversation index.
 * ARGV[1] expected rev, ARGV[2] expected status, ARGV[3] expected agentId ('' none), ARGV[4] new doc,
 * ARGV[5] new status, ARGV[6] new agentId, ARGV[7] queue score ('' = closed: leave the queue and index),
 * ARGV[8] ttl seconds, ARGV[9] case id. Returns 1 when written, 0 when the case changed meanwhile, -1 when gone.
 */
const TRANSITION_LUA = `
local rev = redis.call('HGET', KEYS[1], 'rev')
if not rev then return -1 end
if rev ~= ARGV[1] then return 0 end
if redis.call('HGET', KEYS[1], 'status') ~= ARGV[2] then return 0 end
if (redis.call('HGET', KEYS[1], 'agentId') or '') ~= ARGV[3] then return 0 end
redis.call('HSET', KEYS[1], 'doc', ARGV[4], 'rev', tostring(tonumber(rev) + 1), 'status', ARGV[5], 'agentId', ARGV[6])
redis.call('EXPIRE', KEYS[1], ARGV[8])
if ARGV[7] == '' then
  redis.call('ZREM', KEYS[2], ARGV[9])
  if redis.call('GET', KEYS[3]) == ARGV[9] then redis.call('DEL', KEYS[3]) end
else
  redis.call('ZADD', KEYS[2], ARGV[7], ARGV[9])
  redis.call('SET', KEYS[3], ARGV[9], 'EX', ARGV[8])
end
return 1
`;

/** KEYS[1] a key; deletes it only if it still holds ARGV[1]. */
const DEL_IF_LUA = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

const CREATE = 'signpostCaseCreate';
const TRANSITION = 'signpostCaseTransition';
const DEL_IF = 'signpostCaseDelIf';

type CaseClient = Redis & {
  [CREATE](caseKey: string, queueKey: string, convKey: string, doc: string, score: number, ttl: number, id: string): Promise<string>;
  [TRANSITION](
    caseKey: string, queueKey: string, convKey: string, rev: string, status: string, agentId: string, doc: string,
    newStatus: string, newAgentId: string, score: string, ttl: number, id: string,
  ): Promise<number>;
  [DEL_IF](key: string, value: string): Promise<number>;
};

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Redis-backed case store. */
export class RedisCaseStore implements CaseStore {
  private readonly client: CaseClient;
  private readonly prefix: string;
  private readonly ttl: { closed: number; open: number };
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly maxAttempts: number;

  constructor(options: RedisCaseStoreOptions) {
    if (options.client.options.keyPrefix) throw new RangeError('RedisCaseStore: use the prefix option, not keyPrefix.');
    this.ttl = retention(options, 'RedisCaseStore');
    this.maxAttempts = options.maxAttempts ?? 25;
    if (!Number.isInteger(this.maxAttempts) || this.maxAttempts < 1) throw new RangeError('RedisCaseStore: maxAttempts must be a positive integer.');
    options.client.defineCommand(CREATE, { numberOfKeys: 3, lua: CREATE_LUA });
    options.client.defineCommand(TRANSITION, { numberOfKeys: 3, lua: TRANSITION_LUA });
    options.client.defineCommand(DEL_IF, { numberOfKeys: 1, lua: DEL_IF_LUA });
    this.client = options.client as CaseClient;
    this.prefix = options.prefix;
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? newCaseId;
  }

  /** The key of a case's hash. */
  caseKey(id: string): string {
    return `${this.prefix}case:${id}`;
  }

  private get queueKey(): string {
    return `${this.prefix}queue`;
  }

  /** The index key of a conversation: no conversation ids in key names. */
  private convKey(conversationKey: string): string {
    return `${this.prefix}conv:${createHash('sha256').update(conversationKey, 'utf8').digest('hex')}`;
  }

  async create(input: NewCase): Promise<Case> {
    for (let attempt = 0; attempt < this.maxAttempts; attempt++) {
      const at = this.now().toISOString();
      const fresh = createCase(input, this.newId(), at);
      const reply = await this.client[CREATE](
        this.caseKey(fresh.id), this.queueKey, this.convKey(fresh.conversationKey), JSON.stringify(fresh),
        queueScore(fresh), this.ttl.open, fresh.id,
      );
      if (reply === 'ok') return fresh;
      if (reply === 'taken') continue;
      const openId = reply.slice('open:'.length);
      const open = await this.read(openId);
      if (open && open.value.status !== 'closed' && open.value.conversationKey === fresh.conversationKey) {
        try {
          return (await this.mutate(openId, (c, now) => escalateCase(c, input, now))).value;
        } catch (err) {
          // Closed or expired meanwhile: open a new case instead.
          if (!(err instanceof SignpostError && (err.code === 'SP_CASE_CLOSED' || err.code === 'SP_CASE_NOT_FOUND'))) throw err;
        }
      }
      await this.client[DEL_IF](this.convKey(fresh.conversationKey), openId);
    }
    throw new SignpostError('SP_CASE_BUSY', 'Could not open a case.');
  }

  async get(id: string): Promise<Case | undefined> {
    return (await this.read(id))?.value;
  }

  async listQueue(): Promise<Case[]> {
    const ids = await this.client.zrange(this.queueKey, '0', '-1');
    if (ids.length === 0) return [];
    const pipeline = this.client.pipeline();
    for (const id of ids) pipeline.hget(this.caseKey(id), 'doc');
    const replies = (await pipeline.exec()) ?? [];
    const open: Case[] = [];
    const gone: string[] = [];
    ids.forEach((id, i) => {
      const [error, doc] = replies[i] ?? [new Error('missing reply'), null];
      if (error) throw error;
      if (doc === null) {
        gone.push(id);
        return;
      }
      try {
        const c = parseCase(id, doc as string);
        if (c.status !== 'closed') open.push(c);
      } catch {
        // One bad case must not hide the whole queue; get(id) still fails loudly.
        log.warn('SP_STATE_CORRUPT', { caseId: id, detail: 'case skipped in queue' });
      }
    });
    if (gone.length > 0) await this.client.zrem(this.queueKey, ...gone);
    return open;
  }

  async claim(id: string, agentId: string): Promise<Case> {
    return (await this.mutate(id, (c, at) => claimCase(c, agentId, at))).value;
  }

  async release(id: string, agentId: string): Promise<Case> {
    return (await this.mutate(id, (c, at) => releaseCase(c, agentId, at))).value;
  }

  async close(id: string, agentId: string, note: string): Promise<Case> {
    return (await this.mutate(id, (c, at) => closeCase(c, agentId, note, at))).value;
  }

  async addMessage(id: string, message: NewMessage): Promise<Case> {
    return (await this.mutate(id, (c, at) => addCaseMessage(c, message, at))).value;
  }

  async appendTranscript(id: string, entries: CaseTranscriptEntry[]): Promise<Case> {
    return (await this.mutate(id, (c, at) => appendCaseTranscript(c, entries, at))).value;
  }

  async setCallback(id: string, callback: CallbackInput): Promise<Case> {
    return (await this.mutate(id, (c, at) => setCaseCallback(c, callback, at))).value;
  }

  async markNoAgent(id: string, reason: NoAgent['reason']): Promise<Case | undefined> {
    const r = await this.mutate(id, (c, at) => markCaseNoAgent(c, reason, at));
    return r.changed ? r.value : undefined;
  }

  async findOpenByConversation(conversationKey: string): Promise<Case | undefined> {
    const id = await this.client.get(this.convKey(conversationKey));
    if (id === null) return undefined;
    const c = await this.get(id);
    return c && c.status !== 'closed' && c.conversationKey === conversationKey ? c : undefined;
  }

  async forgetConversation(conversationKey: string): Promise<Case | undefined> {
    const c = await this.findOpenByConversation(conversationKey);
    if (!c) return undefined;
    await this.client.multi().unlink(this.caseKey(c.id)).zrem(this.queueKey, c.id).unlink(this.convKey(conversationKey)).exec();
    return c;
  }

  private async read(id: string): Promise<{ value: Case; rev: string } | undefined> {
    if (!caseIdSchema.safeParse(id).success) return undefined;
    const [doc, rev] = await this.client.hmget(this.caseKey(id), 'doc', 'rev');
    if (doc === null || doc === undefined) return undefined;
    if (rev === null || rev === undefined) throw new SignpostError('SP_STATE_CORRUPT', `Case ${id}: no revision.`);
    return { value: parseCase(id, doc), rev };
  }

  /**
   * Read, decide, compare-and-set; again from the top when someone else wrote first.
   * `fn` returning undefined means "no change".
   */
  private async mutate(id: string, fn: (c: Case, at: string) => Case | undefined): Promise<{ value: Case; changed: boolean }> {
    for (let attempt = 0; attempt < this.maxAttempts; attempt++) {
      const current = await this.read(id);
      if (!current) throw new SignpostError('SP_CASE_NOT_FOUND', `Case ${id}.`);
      const c = current.value;
      const next = fn(c, this.now().toISOString());
      if (next === undefined) return { value: c, changed: false };
      const value = caseSchema.parse(next);
      const closed = value.status === 'closed';
      const written = await this.client[TRANSITION](
        this.caseKey(id), this.queueKey, this.convKey(c.conversationKey),
        current.rev, c.status, c.agentId ?? '', JSON.stringify(value),
        value.status, value.agentId ?? '', closed ? '' : String(queueScore(value)),
        closed ? this.ttl.closed : this.ttl.open, id,
      );
      if (written === 1) return { value, changed: true };
      if (written === -1) throw new SignpostError('SP_CASE_NOT_FOUND', `Case ${id}.`);
      await sleep(Math.random() * Math.min(50, 2 * (attempt + 1)));
    }
    throw new SignpostError('SP_CASE_BUSY', `Case ${id}.`);
  }
}

/** Parses a stored case, or throws SP_STATE_CORRUPT naming the id (never the content). */
function parseCase(id: string, doc: string): Case {
  let json: unknown;
  try {
    json = JSON.parse(doc);
  } catch {
    throw new SignpostError('SP_STATE_CORRUPT', `Case ${id}: not JSON.`);
  }
  const parsed = caseSchema.safeParse(json);
  if (!parsed.success || parsed.data.id !== id) {
    throw new SignpostError('SP_STATE_CORRUPT', `Case ${id}: does not match the case schema (${parsed.success ? 'id' : parsed.error.issues.map((i) => i.path.join('.')).slice(0, 5).join(', ')}).`);
  }
  return parsed.data;
}
