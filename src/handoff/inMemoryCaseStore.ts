/**
 * {@link CaseStore} in process memory, for local runs and tests. Same rules as the Redis store
 * (shared transitions); cases are copied in and out so callers cannot change stored ones by accident.
 * Single process only: nothing survives a restart.
 */
import { SignpostError } from '../errors';
import {
  caseSchema, compareQueue, newCaseId, type CallbackInput, type Case, type CaseTranscriptEntry, type NewCase,
  type NewMessage, type NoAgent,
} from './case';
import { retention, type CaseRetention, type CaseStore } from './caseStore';
import {
  addCaseMessage, appendCaseTranscript, claimCase, closeCase, createCase, escalateCase, markCaseNoAgent, releaseCase,
  setCaseCallback,
} from './transitions';

/** Options for {@link InMemoryCaseStore}. */
export interface InMemoryCaseStoreOptions extends CaseRetention {
  /** The clock; default `new Date()`. */
  now?: () => Date;
  /** Id generator (tests); default random `C-XXXXXX`. */
  newId?: () => string;
}

interface Entry { value: Case; expiresAt: number }

/** In-memory case store. */
export class InMemoryCaseStore implements CaseStore {
  private readonly cases = new Map<string, Entry>();
  private readonly ttl: { closed: number; open: number };
  private readonly now: () => Date;
  private readonly newId: () => string;

  constructor(options: InMemoryCaseStoreOptions = {}) {
    this.ttl = retention(options, 'InMemoryCaseStore');
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? newCaseId;
  }

  async create(input: NewCase): Promise<Case> {
    const at = this.now().toISOString();
    const open = this.openFor(typeof input?.conversationKey === 'string' ? input.conversationKey : '');
    if (open) return this.put(escalateCase(open, input, at));
    let id = this.newId();
    for (let i = 0; this.live(id) && i < 10; i++) id = this.newId();
    if (this.live(id)) throw new SignpostError('SP_CASE_BUSY', 'No free case id.');
    return this.put(createCase(input, id, at));
  }

  async get(id: string): Promise<Case | undefined> {
    const c = this.live(id);
    return c ? structuredClone(c) : undefined;
  }

  async listQueue(): Promise<Case[]> {
    const open: Case[] = [];
    for (const id of [...this.cases.keys()]) {
      const c = this.live(id);
      if (c && c.status !== 'closed') open.push(structuredClone(c));
    }
    return open.sort(compareQueue);
  }

  claim(id: string, agentId: string): Promise<Case> {
    return this.mutate(id, (c, at) => claimCase(c, agentId, at));
  }

  release(id: string, agentId: string): Promise<Case> {
    return this.mutate(id, (c, at) => releaseCase(c, agentId, at));
  }

  close(id: string, agentId: string, note: string): Promise<Case> {
    return this.mutate(id, (c, at) => closeCase(c, agentId, note, at));
  }

  addMessage(id: string, message: NewMessage): Promise<Case> {
    return this.mutate(id, (c, at) => addCaseMessage(c, message, at));
  }

  appendTranscript(id: string, entries: CaseTranscriptEntry[]): Promise<Case> {
    return this.mutate(id, (c, at) => appendCaseTranscript(c, entries, at));
  }

  setCallback(id: string, callback: CallbackInput): Promise<Case> {
    return this.mutate(id, (c, at) => setCaseCallback(c, callback, at));
  }

  async markNoAgent(id: string, reason: NoAgent['reason']): Promise<Case | undefined> {
    const c = this.live(id);
    if (!c) throw new SignpostError('SP_CASE_NOT_FOUND', `Case ${id}.`);
    const next = markCaseNoAgent(c, reason, this.now().toISOString());
    return next ? this.put(next) : undefined;
  }

  async findOpenByConversation(conversationKey: string): Promise<Case | undefined> {
    const c = this.openFor(conversationKey);
    return c ? structuredClone(c) : undefined;
  }

  async forgetConversation(conversationKey: string): Promise<Case | undefined> {
    const c = this.openFor(conversationKey);
    if (!c) return undefined;
    this.cases.delete(c.id);
    return structuredClone(c);
  }

  private openFor(conversationKey: string): Case | undefined {
    for (const id of [...this.cases.keys()]) {
      const c = this.live(id);
      if (c && c.status !== 'closed' && c.conversationKey === conversationKey) return c;
    }
    return undefined;
  }

  /** Runs a transition synchronously (no await between read and write), so it is atomic in-process. */
  private async mutate(id: string, fn: (c: Case, at: string) => Case): Promise<Case> {
    const c = this.live(id);
    if (!c) throw new SignpostError('SP_CASE_NOT_FOUND', `Case ${id}.`);
    return this.put(fn(c, this.now().toISOString()));
  }

  private put(next: Case): Case {
    const value = caseSchema.parse(next);
    const ttl = value.status === 'closed' ? this.ttl.closed : this.ttl.open;
    this.cases.set(value.id, { value, expiresAt: this.now().getTime() + ttl * 1000 });
    return structuredClone(value);
  }

  /** The stored case (not a copy), dropping it if expired. */
  private live(id: string): Case | undefined {
    const e = typeof id === 'string' ? this.cases.get(id) : undefined;
    if (!e) return undefined;
    if (e.expiresAt <= this.now().getTime()) {
      this.cases.delete(id);
      return undefined;
    }
    return e.value;
  }
}
