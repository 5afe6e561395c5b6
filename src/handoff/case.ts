/**
 * A handoff case: everything an adviser needs to pick a conversation up from the bot (the structured
 * answers first, then the transcript), plus the relay log and its status in the queue. JSON-safe and
 * validated with zod whenever it is read back from a store. Framework-free (no botbuilder, no restify).
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { factsSchema } from '../facts/facts';
import { outcomeSchema } from '../rules/outcome';

/** Queue levels, most urgent first: `urgent` (safety), `adviser` (complex), `offer`, `request` (the person asked). */
export const CASE_LEVELS = ['urgent', 'adviser', 'offer', 'request'] as const;
export type CaseLevel = (typeof CASE_LEVELS)[number];

export const CASE_STATUSES = ['queued', 'claimed', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** What the person asked for: to talk to an adviser, or to be called back. */
export const CASE_ASKED = ['adviser', 'callback'] as const;
export type CaseAsked = (typeof CASE_ASKED)[number];

/** Most transcript entries (person and bot) one case keeps. */
export const CASE_TRANSCRIPT_LIMIT = 1000;
/** Most relay messages (person and agent) one case keeps. */
export const CASE_MESSAGE_LIMIT = 1000;
/** Longest transcript entry or relayed message, in characters (inbound activities are capped at 5000). */
export const CASE_TEXT_LIMIT = 5000;

const ID_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Case ids: `C-` and 6 characters without look-alikes (0/O, 1/I), about 10^9 values. */
export const caseIdSchema = z.string().regex(/^C-[A-HJ-NP-Z2-9]{6}$/, 'a case id');

/** A new random case id, e.g. `C-7KQ2MX`. Stores retry on the (rare) collision. */
export function newCaseId(): string {
  const bytes = randomBytes(6);
  let id = 'C-';
  for (const b of bytes) id += ID_ALPHABET[b & 31];
  return id;
}

const isoSchema = z.string().datetime({ offset: true });
/** Agent ids as configured in AGENTS: URL- and log-safe. */
export const agentIdSchema = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'an agent id');
const reasonSchema = z.string().regex(/^[a-z0-9][a-z0-9_.-]{0,63}$/, 'a reason id');

export const caseTranscriptEntrySchema = z.object({
  from: z.enum(['person', 'bot', 'agent']),
  text: z.string().max(CASE_TEXT_LIMIT),
  at: isoSchema,
}).strict();
export type CaseTranscriptEntry = z.infer<typeof caseTranscriptEntrySchema>;

export const caseMessageSchema = z.object({
  from: z.enum(['person', 'agent']),
  text: z.string().min(1).max(CASE_TEXT_LIMIT),
  at: isoSchema,
  /** Set on agent messages. */
  agentId: agentIdSchema.optional(),
}).strict();
export type CaseMessage = z.infer<typeof caseMessageSchema>;

/**
 * A phone number as people type it ("07700 900123", "+44 (0)7700-900123"), kept as digits with an
 * optional leading `+`. Never logged.
 */
export const phoneNumberSchema = z.string().max(40)
  .transform((s) => s.replace(/\(0\)/g, '').replace(/[\s().-]/g, ''))
  .pipe(z.string().regex(/^\+?\d{10,15}$/, 'a phone number'));

/** A call-back request as given: the number and a time in the person's own words ("tomorrow morning"). */
export const callbackInputSchema = z.object({
  number: phoneNumberSchema,
  time: z.string().trim().min(1).max(200),
}).strict();
export type CallbackInput = z.input<typeof callbackInputSchema>;

export const callbackSchema = z.object({ number: z.string(), time: z.string(), at: isoSchema }).strict();
export type Callback = z.infer<typeof callbackSchema>;

export const AUDIT_ACTIONS = ['created', 'escalated', 'claimed', 'released', 'closed', 'callback', 'no-agent'] as const;
export const auditEntrySchema = z.object({
  action: z.enum(AUDIT_ACTIONS),
  at: isoSchema,
  agentId: agentIdSchema.optional(),
}).strict();
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** Why nobody took the case in time: the wait ran out, or it came outside adviser hours. */
export const noAgentSchema = z.object({ at: isoSchema, reason: z.enum(['waited', 'closed-hours']) }).strict();
export type NoAgent = z.infer<typeof noAgentSchema>;

export const caseSchema = z.object({
  id: caseIdSchema,
  createdAt: isoSchema,
  updatedAt: isoSchema,
  /** When it last joined the queue (created, or released back); the no-agent wait counts from here. */
  queuedAt: isoSchema,
  /** Channel id the person is on, e.g. `webchat`, `sms`, `msteams`. */
  channel: z.string().min(1).max(64),
  /** BCP 47-ish language, e.g. `en`, `cy`. */
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'a language tag'),
  level: z.enum(CASE_LEVELS),
  /** Stable escalation reason ids from the outcome (or the bot: `asked`, `safety`). */
  reasons: z.array(reasonSchema).max(50),
  /** Every fact collected, keyed by contract fact id. */
  facts: factsSchema,
  /** The triage outcome, when triage got that far. */
  outcome: outcomeSchema.optional(),
  transcript: z.array(caseTranscriptEntrySchema).max(CASE_TRANSCRIPT_LIMIT),
  /** Set when a message showed a risk to someone's safety. */
  safety: z.object({ category: z.string().min(1).max(64) }).strict().optional(),
  asked: z.enum(CASE_ASKED),
  status: z.enum(CASE_STATUSES),
  /** The agent holding the case (claimed), or who closed it (closed). */
  agentId: agentIdSchema.optional(),
  closedAt: isoSchema.optional(),
  closedNote: z.string().max(CASE_TEXT_LIMIT).optional(),
  callback: callbackSchema.optional(),
  noAgent: noAgentSchema.optional(),
  /** The relay log: what the person and the agent said to each other. */
  messages: z.array(caseMessageSchema).max(CASE_MESSAGE_LIMIT),
  /** Who did what, when. */
  audit: z.array(auditEntrySchema).max(2000),
  /** Opaque to the core: what the bot layer needs to reach the person (e.g. a ConversationReference). */
  conversation: z.record(z.string(), z.unknown()),
  /** The conversation's key, e.g. `webchat/<conversation id>`; at most one open case per key. */
  conversationKey: z.string().min(1).max(512),
}).strict();
export type Case = z.infer<typeof caseSchema>;

/** What the bot gives to open a case; the store fills in the id, times, status and logs. */
export const newCaseSchema = z.object({
  channel: caseSchema.shape.channel,
  language: caseSchema.shape.language,
  level: caseSchema.shape.level,
  reasons: caseSchema.shape.reasons.default([]),
  facts: factsSchema.default({}),
  outcome: outcomeSchema.optional(),
  transcript: caseSchema.shape.transcript.default([]),
  safety: caseSchema.shape.safety,
  asked: caseSchema.shape.asked.default('adviser'),
  conversation: caseSchema.shape.conversation,
  conversationKey: caseSchema.shape.conversationKey,
}).strict();
/** Input to {@link CaseStore.create}. */
export type NewCase = z.input<typeof newCaseSchema>;

/** A message to add to the relay log; `at` defaults to now. Agent messages must name the agent. */
export const newMessageSchema = z.object({
  from: z.enum(['person', 'agent']),
  text: z.string().trim().min(1).max(CASE_TEXT_LIMIT),
  agentId: agentIdSchema.optional(),
  at: isoSchema.optional(),
}).strict().refine((m) => (m.from === 'agent') === (m.agentId !== undefined), { message: 'agentId is required for agent messages only' });
export type NewMessage = z.input<typeof newMessageSchema>;

/** 0 for urgent … 3 for request. */
export function levelRank(level: CaseLevel): number {
  return CASE_LEVELS.indexOf(level);
}

/** The more urgent of two levels. */
export function moreUrgent(a: CaseLevel, b: CaseLevel): CaseLevel {
  return levelRank(a) <= levelRank(b) ? a : b;
}

/** Queue order as one number: level rank × 10^13 + created epoch ms (lower first). Exact in a double. */
export function queueScore(c: Pick<Case, 'level' | 'createdAt'>): number {
  return levelRank(c.level) * 1e13 + Date.parse(c.createdAt);
}

/** Sorts open cases urgent → adviser → offer → request, then oldest first, then by id. */
export function compareQueue(a: Case, b: Case): number {
  return queueScore(a) - queueScore(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** A queue row: enough to choose a case, nothing the person said. */
export interface CaseSummary {
  id: string;
  createdAt: string;
  updatedAt: string;
  queuedAt: string;
  channel: string;
  language: string;
  level: CaseLevel;
  reasons: string[];
  status: CaseStatus;
  agentId?: string;
  asked: CaseAsked;
  safety?: { category: string };
  hasCallback: boolean;
  noAgent?: NoAgent;
  messageCount: number;
}

/** The queue row for a case. */
export function summarise(c: Case): CaseSummary {
  return {
    id: c.id, createdAt: c.createdAt, updatedAt: c.updatedAt, queuedAt: c.queuedAt, channel: c.channel, language: c.language,
    level: c.level, reasons: [...c.reasons], status: c.status, asked: c.asked, hasCallback: c.callback !== undefined,
    messageCount: c.messages.length,
    ...(c.agentId !== undefined ? { agentId: c.agentId } : {}),
    ...(c.safety ? { safety: { ...c.safety } } : {}),
    ...(c.noAgent ? { noAgent: { ...c.noAgent } } : {}),
  };
}

/** A case as agents and integrators see it: without the bot layer's `conversation` reference and key. */
export type AgentCase = Omit<Case, 'conversation' | 'conversationKey'>;

/** Strips what only the bot layer needs (the conversation reference may hold a phone number). */
export function forAgents(c: Case): AgentCase {
  const { conversation: _c, conversationKey: _k, ...rest } = c;
  return rest;
}
