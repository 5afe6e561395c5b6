/**
 * A benchmark client that talks to the bot like a channel with `deliveryMode: "expectReplies"`
 * (replies come back in the HTTP body) and runs a WHOLE triage: "hi", "yes" to consent, then the
 * answer to each asked fact (`channelData.triage.ask.fact`) from a household's facts, in plain words
 * a person would type, until a reply carries `channelData.triage.outcome`.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonClient, PostResult } from './httpClient';

export const MESSAGES_PATH = '/api/messages';
const CHANNEL_ID = 'bench';
/** A triage that has not finished after this many turns is abandoned as stuck. */
export const MAX_TURNS_PER_TRIAGE = 80;
/** After this many re-asks of one fact the client says "skip". */
const MAX_ATTEMPTS = 2;

export interface Ask {
  fact: string;
  kind: string;
  choices?: { value: string; title: string }[];
}

interface ReplyActivity {
  type?: string;
  channelData?: { triage?: { ask?: Ask; outcome?: unknown } };
}

/** A message activity as a channel would post it, asking for the replies in the response body. */
export function messageActivity(conversationId: string, text: string): Record<string, unknown> {
  return {
    type: 'message',
    channelId: CHANNEL_ID,
    serviceUrl: 'http://127.0.0.1:1',
    conversation: { id: conversationId },
    from: { id: `user-${conversationId}` },
    recipient: { id: 'signpost' },
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    locale: 'en-GB',
    deliveryMode: 'expectReplies',
    text,
  };
}

/** Money facts with a period in the contract (`income`: a week); the others are lump sums. */
const MONEY_PERIODS: ReadonlyMap<string, string> = (() => {
  const contract = JSON.parse(readFileSync(join(__dirname, '..', 'knowledge', 'contract', 'facts.json'), 'utf8')) as {
    facts: { id: string; kind: string; period?: string }[];
  };
  return new Map(contract.facts.filter((f) => f.kind === 'money' && f.period).map((f) => [f.id, f.period as string]));
})();

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "3", "3 and 7", "3, 5 and 7". */
function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function pounds(n: number): string {
  return `£${n.toLocaleString('en-GB', { maximumFractionDigits: 2 })}`;
}

/**
 * What a person from this household would type for `ask`. `attempt` 0 is the natural wording; on
 * a re-ask (1) choices are given by their values; after that, and for facts the household does not
 * have, "skip".
 */
export function answerText(ask: Ask, facts: Record<string, unknown>, attempt = 0): string {
  if (ask.fact === 'consent') return 'yes';
  if (ask.fact === 'wants_adviser') return 'no';
  const value = facts[ask.fact];
  if (value === undefined || attempt >= MAX_ATTEMPTS) return 'skip';
  const titleOf = (v: string) => (attempt === 0 ? ask.choices?.find((c) => c.value === v)?.title : undefined) ?? v;
  switch (ask.kind) {
    case 'yesno':
      return value ? 'yes' : 'no';
    case 'number':
      return String(value);
    case 'numbers': {
      const numbers = value as number[];
      return numbers.length === 0 ? 'none' : list(numbers.map(String));
    }
    case 'money': {
      const period = MONEY_PERIODS.get(ask.fact);
      return period ? `${pounds(value as number)} a ${period}` : pounds(value as number);
    }
    case 'date': {
      const [y, m, d] = String(value).split('-').map(Number);
      return `${d} ${MONTHS[(m ?? 1) - 1]} ${y}`;
    }
    case 'choice':
      return titleOf(String(value));
    case 'multichoice': {
      const values = value as string[];
      return values.length === 0 ? 'none' : list(values.map(titleOf));
    }
    default:
      return String(value);
  }
}

export type TriageEnd = 'completed' | 'error' | 'stuck' | 'stopped';

export interface TriageRun {
  end: TriageEnd;
  turns: number;
  /** Times a fact was asked again because the answer was not understood. */
  reasks: number;
  /** The failed response, when `end` is 'error'. */
  failure?: PostResult;
}

/**
 * Runs one whole triage on a fresh conversation. Turns are sequential.
 * @param keepGoing checked before each turn; false stops the triage where it is ('stopped')
 * @param onTurn told about every turn (its result, and start/end times from `process.hrtime.bigint()`)
 */
export async function runTriage(
  client: JsonClient,
  facts: Record<string, unknown>,
  keepGoing: () => boolean,
  onTurn: (result: PostResult, startNs: bigint, endNs: bigint) => void,
  /** Milliseconds a person takes to read and answer before each turn after the first (0: none). */
  thinkMs = 0,
): Promise<TriageRun> {
  const conversationId = `bench-${randomUUID()}`;
  let text = 'hi';
  let turns = 0;
  let reasks = 0;
  let lastFact: string | undefined;
  let attempt = 0;
  while (turns < MAX_TURNS_PER_TRIAGE) {
    if (thinkMs > 0 && turns > 0) await new Promise((r) => setTimeout(r, thinkMs * (0.5 + Math.random())));
    if (!keepGoing()) return { end: 'stopped', turns, reasks };
    const start = process.hrtime.bigint();
    const result = await client.post(MESSAGES_PATH, messageActivity(conversationId, text));
    onTurn(result, start, process.hrtime.bigint());
    turns += 1;
    if (result.status !== 200) return { end: 'error', turns, reasks, failure: result };
    const replies = ((result.body as { activities?: ReplyActivity[] } | undefined)?.activities ?? [])
      .filter((a) => a.type === 'message');
    if (replies.some((a) => a.channelData?.triage?.outcome !== undefined)) return { end: 'completed', turns, reasks };
    const ask = replies.map((a) => a.channelData?.triage?.ask).filter((a): a is Ask => a !== undefined).pop();
    if (!ask) return { end: 'stuck', turns, reasks };
    if (ask.fact === lastFact) { attempt += 1; reasks += 1; } else attempt = 0;
    lastFact = ask.fact;
    text = answerText(ask, facts, attempt);
  }
  return { end: 'stuck', turns, reasks };
}
