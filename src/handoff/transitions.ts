/**
 * The case lifecycle as pure functions, shared by every store so the rules live in one place:
 * each takes the current case and returns the next one, or throws a coded SignpostError
 * (SP_CASE_CLOSED, SP_CASE_ALREADY_CLAIMED, SP_CASE_HELD_BY_OTHER, SP_CASE_NOT_CLAIMED, SP_CASE_LIMIT).
 * Stores make the read-check-write atomic; these functions only decide.
 */
import type { z } from 'zod';
import { SignpostError } from '../errors';
import {
  CASE_MESSAGE_LIMIT, CASE_TRANSCRIPT_LIMIT, callbackInputSchema, caseSchema, caseTranscriptEntrySchema, moreUrgent,
  newCaseSchema, newMessageSchema, type AuditEntry, type CallbackInput, type Case, type CaseTranscriptEntry,
  type NewCase, type NewMessage, type NoAgent,
} from './case';

function bad(detail: string): SignpostError {
  return new SignpostError('SP_BAD_REQUEST', detail);
}

/** Parses with zod, turning a failure into SP_BAD_REQUEST naming the fields (never their values). */
function parse<S extends z.ZodTypeAny>(schema: S, value: unknown, what: string): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw bad(`${what}: ${r.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`).join('; ')}`);
  return r.data;
}

function audit(c: Case, action: AuditEntry['action'], at: string, agentId?: string): AuditEntry[] {
  return [...c.audit, { action, at, ...(agentId !== undefined ? { agentId } : {}) }].slice(-2000);
}

function notClosed(c: Case): void {
  if (c.status === 'closed') throw new SignpostError('SP_CASE_CLOSED', `Case ${c.id}.`);
}

/** Throws unless `agentId` holds the case. */
function heldBy(c: Case, agentId: string): void {
  notClosed(c);
  if (c.status === 'queued') throw new SignpostError('SP_CASE_NOT_CLAIMED', `Case ${c.id}.`);
  if (c.agentId !== agentId) throw new SignpostError('SP_CASE_HELD_BY_OTHER', `Case ${c.id}.`);
}

/** A new queued case from the bot's input. @throws SP_BAD_REQUEST when the input is not valid. */
export function createCase(input: NewCase, id: string, at: string): Case {
  const n = parse(newCaseSchema, input, 'New case');
  return caseSchema.parse({
    ...n, id, createdAt: at, updatedAt: at, queuedAt: at, status: 'queued', messages: [],
    audit: [{ action: 'created', at }],
  });
}

/**
 * A second request for a conversation that already has an open case: keeps the case (and its place
 * in the queue), raises the level if the new one is more urgent, adds reasons, takes the newer facts,
 * outcome, safety flag and conversation reference, and appends transcript entries newer than the last.
 */
export function escalateCase(c: Case, input: NewCase, at: string): Case {
  notClosed(c);
  const n = parse(newCaseSchema, input, 'New case');
  const last = c.transcript.at(-1)?.at;
  const newer = last === undefined ? n.transcript : n.transcript.filter((e) => Date.parse(e.at) > Date.parse(last));
  const transcript = [...c.transcript, ...newer];
  if (transcript.length > CASE_TRANSCRIPT_LIMIT) throw new SignpostError('SP_CASE_LIMIT', `Case ${c.id}: transcript.`);
  return {
    ...c,
    level: moreUrgent(c.level, n.level),
    reasons: [...new Set([...c.reasons, ...n.reasons])].slice(0, 50),
    facts: { ...c.facts, ...n.facts },
    ...(n.outcome ? { outcome: n.outcome } : {}),
    ...(n.safety ? { safety: n.safety } : {}),
    asked: c.asked === 'callback' ? 'callback' : n.asked,
    conversation: n.conversation,
    transcript,
    updatedAt: at,
    audit: audit(c, 'escalated', at),
  };
}

/** queued → claimed by `agentId`. @throws SP_CASE_ALREADY_CLAIMED, SP_CASE_CLOSED */
export function claimCase(c: Case, agentId: string, at: string): Case {
  notClosed(c);
  if (c.status === 'claimed') throw new SignpostError('SP_CASE_ALREADY_CLAIMED', `Case ${c.id}.`);
  return { ...c, status: 'claimed', agentId, updatedAt: at, audit: audit(c, 'claimed', at, agentId) };
}

/** claimed by `agentId` → queued again (keeping its place by age). @throws SP_CASE_NOT_CLAIMED, SP_CASE_HELD_BY_OTHER, SP_CASE_CLOSED */
export function releaseCase(c: Case, agentId: string, at: string): Case {
  heldBy(c, agentId);
  const { agentId: _gone, ...rest } = c;
  return { ...rest, status: 'queued', queuedAt: at, updatedAt: at, audit: audit(c, 'released', at, agentId) };
}

/**
 * queued, or claimed by `agentId` → closed with a note (a queued case can be closed without claiming,
 * e.g. after a call-back by phone). @throws SP_CASE_HELD_BY_OTHER, SP_CASE_CLOSED, SP_BAD_REQUEST
 */
export function closeCase(c: Case, agentId: string, note: string, at: string): Case {
  notClosed(c);
  if (c.status === 'claimed' && c.agentId !== agentId) throw new SignpostError('SP_CASE_HELD_BY_OTHER', `Case ${c.id}.`);
  const text = note.trim();
  if (text.length === 0 || text.length > 4000) throw bad('Close: the note must be 1 to 4000 characters.');
  return { ...c, status: 'closed', agentId, closedAt: at, closedNote: text, updatedAt: at, audit: audit(c, 'closed', at, agentId) };
}

/**
 * Adds to the relay log. A person may write while queued or claimed; an agent only while holding it.
 * @throws SP_CASE_CLOSED, SP_CASE_NOT_CLAIMED, SP_CASE_HELD_BY_OTHER, SP_CASE_LIMIT, SP_BAD_REQUEST
 */
export function addCaseMessage(c: Case, message: NewMessage, at: string): Case {
  const m = parse(newMessageSchema, message, 'Message');
  if (m.from === 'agent') heldBy(c, m.agentId ?? '');
  else notClosed(c);
  if (c.messages.length >= CASE_MESSAGE_LIMIT) throw new SignpostError('SP_CASE_LIMIT', `Case ${c.id}: messages.`);
  const entry = { from: m.from, text: m.text, at: m.at ?? at, ...(m.agentId !== undefined ? { agentId: m.agentId } : {}) };
  return { ...c, messages: [...c.messages, entry], updatedAt: at };
}

/** Appends transcript entries (e.g. what the person told the bot while waiting). @throws SP_CASE_CLOSED, SP_CASE_LIMIT, SP_BAD_REQUEST */
export function appendCaseTranscript(c: Case, entries: CaseTranscriptEntry[], at: string): Case {
  notClosed(c);
  const list = parse(caseTranscriptEntrySchema.array(), entries, 'Transcript');
  if (c.transcript.length + list.length > CASE_TRANSCRIPT_LIMIT) throw new SignpostError('SP_CASE_LIMIT', `Case ${c.id}: transcript.`);
  return { ...c, transcript: [...c.transcript, ...list], updatedAt: at };
}

/** Records a call-back request (number and time) and marks the case as asking for one. @throws SP_CASE_CLOSED, SP_BAD_REQUEST */
export function setCaseCallback(c: Case, callback: CallbackInput, at: string): Case {
  notClosed(c);
  const cb = parse(callbackInputSchema, callback, 'Call-back');
  return { ...c, callback: { ...cb, at }, asked: 'callback', updatedAt: at, audit: audit(c, 'callback', at) };
}

/** Marks a queued case as not taken in time, once. Returns undefined (no change) if claimed, closed or already marked. */
export function markCaseNoAgent(c: Case, reason: NoAgent['reason'], at: string): Case | undefined {
  if (c.status !== 'queued' || c.noAgent) return undefined;
  return { ...c, noAgent: { at, reason }, updatedAt: at, audit: audit(c, 'no-agent', at) };
}
