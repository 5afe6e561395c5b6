/**
 * Where handoff cases live. Two implementations with the same behaviour: {@link RedisCaseStore}
 * (production; several instances) and {@link InMemoryCaseStore} (local runs and tests).
 * Every mutation is atomic per case; errors are coded SignpostErrors from the catalogue.
 */
import type {
  CallbackInput, Case, CaseTranscriptEntry, NewCase, NewMessage, NoAgent,
} from './case';

/** The case store. Every method that names a case throws SP_CASE_NOT_FOUND (404) when there is none. */
export interface CaseStore {
  /**
   * Opens a queued case. If the conversation (`conversationKey`) already has an open case, that case
   * is updated instead (level raised if more urgent, reasons added, newer facts; its queue place kept)
   * and returned: one open case per conversation.
   * @throws SP_BAD_REQUEST when the input is not valid.
   */
  create(input: NewCase): Promise<Case>;
  /** The case, or undefined when there is none (or it expired). */
  get(id: string): Promise<Case | undefined>;
  /** Open cases (queued and claimed): urgent → adviser → offer → request, then oldest first. */
  listQueue(): Promise<Case[]>;
  /** queued → claimed. Atomic: of two agents claiming at once exactly one wins. @throws SP_CASE_ALREADY_CLAIMED (409), SP_CASE_CLOSED (409) */
  claim(id: string, agentId: string): Promise<Case>;
  /** claimed → queued, keeping its place. @throws SP_CASE_HELD_BY_OTHER (403), SP_CASE_NOT_CLAIMED (409), SP_CASE_CLOSED (409) */
  release(id: string, agentId: string): Promise<Case>;
  /** → closed with a note; it then expires after the store's retention. @throws SP_CASE_HELD_BY_OTHER (403), SP_CASE_CLOSED (409), SP_BAD_REQUEST */
  close(id: string, agentId: string, note: string): Promise<Case>;
  /**
   * Adds to the relay log: the person's messages while the case is open, an agent's while holding it.
   * @throws SP_CASE_CLOSED (409), SP_CASE_NOT_CLAIMED (409), SP_CASE_HELD_BY_OTHER (403), SP_CASE_LIMIT (409), SP_BAD_REQUEST
   */
  addMessage(id: string, message: NewMessage): Promise<Case>;
  /** Appends to the transcript. @throws SP_CASE_CLOSED, SP_CASE_LIMIT, SP_BAD_REQUEST */
  appendTranscript(id: string, entries: CaseTranscriptEntry[]): Promise<Case>;
  /** Records a call-back request and sets `asked` to `callback`. @throws SP_CASE_CLOSED, SP_BAD_REQUEST */
  setCallback(id: string, callback: CallbackInput): Promise<Case>;
  /**
   * Marks a queued case as not taken in time. Returns the marked case only to the one caller that
   * marked it (so one instance tells the person), undefined if it was claimed, closed or already marked.
   */
  markNoAgent(id: string, reason: NoAgent['reason']): Promise<Case | undefined>;
  /** The open (queued or claimed) case of a conversation, if any. */
  findOpenByConversation(conversationKey: string): Promise<Case | undefined>;
  /**
   * "Delete my data": removes the conversation's open case entirely (record, queue entry, index).
   * Returns the case as it was, or undefined when there was none.
   */
  forgetConversation(conversationKey: string): Promise<Case | undefined>;
}

/** Retention shared by both stores. */
export interface CaseRetention {
  /** Seconds a closed case is kept (positive integer). Default 30 days. */
  closedTtlSeconds?: number;
  /** Seconds an open case is kept after its last change, so abandoned cases do not pile up. Default 30 days. */
  openTtlSeconds?: number;
}

export const DEFAULT_CASE_TTL_SECONDS = 30 * 24 * 3600;

/** Validated retention, in seconds. */
export function retention(options: CaseRetention, who: string): { closed: number; open: number } {
  const closed = options.closedTtlSeconds ?? DEFAULT_CASE_TTL_SECONDS;
  const open = options.openTtlSeconds ?? DEFAULT_CASE_TTL_SECONDS;
  for (const [name, v] of [['closedTtlSeconds', closed], ['openTtlSeconds', open]] as const) {
    if (!Number.isInteger(v) || v <= 0) throw new RangeError(`${who}: ${name} must be a positive integer.`);
  }
  return { closed, open };
}
