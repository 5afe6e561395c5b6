/**
 * What Signpost keeps about one conversation, JSON-safe and validated with zod whenever it is read
 * back from storage (state written by an older release fails loudly, never silently). Framework-free.
 */
import { z } from 'zod';
import { factsSchema, type Facts } from '../facts/facts';
import { recheckFacts } from '../rules/recheckFacts';

export const STAGES = ['greeting', 'consent', 'asking', 'outcome', 'stopped'] as const;
export type Stage = (typeof STAGES)[number];

export const transcriptEntrySchema = z.object({
  from: z.enum(['person', 'bot']),
  text: z.string().max(4000),
  /** ISO timestamp. */
  at: z.string(),
});
export type TranscriptEntry = z.infer<typeof transcriptEntrySchema>;

/** How many transcript entries are kept (oldest dropped first). */
export const TRANSCRIPT_LIMIT = 400;

/** What `transcriptEntrySchema` accepts, checked by hand. */
function isTranscriptEntry(e: unknown): e is TranscriptEntry {
  if (typeof e !== 'object' || e === null) return false;
  const { from, text, at } = e as Record<string, unknown>;
  return (from === 'person' || from === 'bot') && typeof text === 'string' && text.length <= 4000 && typeof at === 'string';
}

/** How many enumerable keys an object has, without making a list of them. */
function keyCount(o: object): number {
  let n = 0;
  for (const _ in o) n += 1;
  return n;
}

/**
 * The transcript, read on every turn and the longest thing in the state, is checked entry by entry
 * by hand with exactly the rules of `transcriptEntrySchema` (other keys are dropped, as zod drops
 * them): zod's object parse costs about a microsecond an entry. `test/conversation/triageState.test.ts`
 * holds the two to the same answers.
 */
export const transcriptSchema = z.custom<unknown[]>((v) => Array.isArray(v) && v.length <= TRANSCRIPT_LIMIT, { message: 'Not a transcript.' })
  .transform((entries, ctx): TranscriptEntry[] => {
    const out: TranscriptEntry[] = [];
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      if (!isTranscriptEntry(e)) {
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: [i], message: 'Not a transcript entry.' });
        return z.NEVER;
      }
      // An entry with only its three keys is kept as it is; one with more is copied without them.
      out.push(keyCount(e) === 3 ? e : { from: e.from, text: e.text, at: e.at });
    }
    return out;
  });

export const triageStateSchema = z.object({
  version: z.literal(1),
  stage: z.enum(STAGES),
  consent: z.boolean().optional(),
  facts: factsSchema,
  /** Facts in the order they were answered, for "back". */
  answered: z.array(z.string()),
  /** Facts the person chose to skip; the planner does not ask them again. */
  skipped: z.array(z.string()),
  /** The fact asked last and how many replies to it were not understood. */
  pending: z.object({ fact: z.string(), misses: z.number().int().min(0) }).optional(),
  /** Next outcome page to show on "show more". */
  outcomePage: z.number().int().min(0).default(0),
  /** Set while the benefit questions are paused after a safety message. */
  safety: z.object({ category: z.string(), at: z.string() }).optional(),
  /** True after the person was offered an adviser and said yes. */
  wantsAdviser: z.boolean().optional(),
  /** ISO timestamp of the last message. */
  lastActive: z.string().optional(),
  /** The conversation so far, for a warm handoff; bounded, and deleted with the rest. */
  transcript: transcriptSchema,
});
export type TriageState = z.infer<typeof triageStateSchema>;

export function newTriageState(): TriageState {
  return { version: 1, stage: 'greeting', facts: {}, answered: [], skipped: [], outcomePage: 0, transcript: [] };
}

const STAGE_SET: ReadonlySet<string> = new Set(STAGES);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isCount = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isOptional = (v: unknown, type: 'boolean' | 'string'): boolean => v === undefined || typeof v === type;

/**
 * The stored state checked by hand with exactly the rules of `triageStateSchema` (other keys dropped,
 * `outcomePage` defaulting to 0, as zod does), around facts already checked: zod's object parse is a
 * good part of a turn's reading cost. Undefined whenever anything does not fit: the caller then takes
 * the zod parse, which says what. `test/conversation/triageState.test.ts` holds the two to the same answers.
 */
function readByHand(raw: Record<string, unknown>, facts: Facts): TriageState | undefined {
  const { version, stage, consent, answered, skipped, pending, outcomePage, safety, wantsAdviser, lastActive, transcript } = raw;
  if (version !== 1 || typeof stage !== 'string' || !STAGE_SET.has(stage)) return undefined;
  if (!isOptional(consent, 'boolean') || !isOptional(wantsAdviser, 'boolean') || !isOptional(lastActive, 'string')) return undefined;
  if (!isStringList(answered) || !isStringList(skipped)) return undefined;
  if (pending !== undefined && !(isRecord(pending) && typeof pending.fact === 'string' && isCount(pending.misses))) return undefined;
  if (outcomePage !== undefined && !isCount(outcomePage)) return undefined;
  if (safety !== undefined && !(isRecord(safety) && typeof safety.category === 'string' && typeof safety.at === 'string')) return undefined;
  const entries = transcriptSchema.safeParse(transcript);
  if (!entries.success) return undefined;
  const state: TriageState = { version, stage: stage as Stage, facts, answered: [...answered], skipped: [...skipped], outcomePage: outcomePage ?? 0, transcript: entries.data };
  if (consent !== undefined) state.consent = consent as boolean;
  if (pending !== undefined) state.pending = { fact: pending.fact as string, misses: pending.misses as number };
  if (safety !== undefined) state.safety = { category: safety.category as string, at: safety.at as string };
  if (wantsAdviser !== undefined) state.wantsAdviser = wantsAdviser as boolean;
  if (lastActive !== undefined) state.lastActive = lastActive as string;
  return state;
}

/** The stored facts if they fit the contract, reusing facts checked before when given; else undefined. */
function readFacts(raw: unknown, checkedFacts: Readonly<Facts> | undefined): Facts | undefined {
  const rechecked = checkedFacts ? recheckFacts(raw, checkedFacts) : undefined;
  if (rechecked) return rechecked.facts;
  const parsed = factsSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Parses stored state; undefined when there is none. Throws on a stored value that does not fit.
 * @param checkedFacts facts that already passed `factsSchema` (the engine memo's, from the last turn):
 *   stored facts equal to them are not checked again (see `recheckFacts`). The result is the same
 *   with or without them; undefined: every fact is checked.
 */
export function readTriageState(raw: unknown, checkedFacts?: Readonly<Facts>): TriageState | undefined {
  if (raw === undefined || raw === null) return undefined;
  const facts = isRecord(raw) ? readFacts(raw.facts, checkedFacts) : undefined;
  return (facts && readByHand(raw as Record<string, unknown>, facts)) ?? triageStateSchema.parse(raw);
}

/** Appends to the transcript, keeping at most TRANSCRIPT_LIMIT entries. */
export function record(state: TriageState, from: TranscriptEntry['from'], text: string, now: Date): void {
  state.transcript.push({ from, text: text.slice(0, 4000), at: now.toISOString() });
  if (state.transcript.length > TRANSCRIPT_LIMIT) state.transcript.splice(0, state.transcript.length - TRANSCRIPT_LIMIT);
}

/** Sets a fact, keeping the answer order for "back". */
export function setFact(state: TriageState, fact: string, value: unknown): void {
  (state.facts as Record<string, unknown>)[fact] = value;
  state.answered = state.answered.filter((f) => f !== fact);
  state.answered.push(fact);
  state.skipped = state.skipped.filter((f) => f !== fact);
}

/** Removes the last answer; returns its fact id, or undefined when there is none. */
export function undoLast(state: TriageState): string | undefined {
  const fact = state.answered.pop();
  if (fact) delete (state.facts as Record<string, unknown>)[fact];
  return fact;
}

export type { Facts };
