/**
 * A test client for the bot over HTTP: starts `createServer` on a free loopback port with in-memory
 * storage (or given storage) and posts activities with `deliveryMode: "expectReplies"`, as the
 * protocol's test clients do. Replies come back in the response body.
 */
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { MemoryStorage } from 'botbuilder';
import { createServer } from '../../src/server';
import { parseConfig } from '../../src/config';
import { InMemoryTurnLock, type TurnLock } from '../../src/state/turnLock';
import type { Storage } from '../../src/state/storage';
import { InMemoryResumeCodes, type ResumeCodeStore } from '../../src/state/resumeCodes';
import { EngineMemos } from '../../src/conversation/engineMemos';
import { testEngine, TODAY } from './knowledge';

export interface BotActivity {
  type: string;
  text?: string;
  channelData?: { triage?: { ask?: { fact: string; kind: string; choices?: { value: string; title: string }[] }; outcome?: any; safeguarding?: any; handoff?: any } };
  suggestedActions?: { actions: { title: string; value: string }[] };
  [k: string]: unknown;
}

export interface TestBot {
  url: string;
  storage: Storage;
  /** The engine memos the bot keeps between turns (they hold facts, so "delete my data" must drop them). */
  engineMemos: EngineMemos;
  close(): Promise<void>;
  /** A new conversation with its own id. */
  conversation(channelId?: string): TestConversation;
  /** Posts a raw body; returns status and parsed body. */
  post(body: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any }>;
}

export interface TestConversation {
  id: string;
  /** Sends a message; returns the bot's replies. */
  say(text: string): Promise<BotActivity[]>;
  /** Sends a conversationUpdate adding the user. */
  join(): Promise<BotActivity[]>;
}

export async function startTestBot(opts: { storage?: Storage; turnLock?: TurnLock; date?: Date; resumeCodes?: ResumeCodeStore } = {}): Promise<TestBot> {
  const storage = opts.storage ?? new MemoryStorage();
  const engineMemos = new EngineMemos();
  const config = parseConfig({ LOG_LEVEL: 'silent' });
  const { server } = createServer({
    config, engine: testEngine(), storage, turnLock: opts.turnLock ?? new InMemoryTurnLock(), now: () => opts.date ?? TODAY,
    resumeCodes: opts.resumeCodes ?? new InMemoryResumeCodes(60_000), engineMemos,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? safeJson(text) : undefined) as any };
  };

  const activity = (conversationId: string, channelId: string, extra: Record<string, unknown>) => ({
    channelId,
    serviceUrl: 'http://127.0.0.1:1',
    conversation: { id: conversationId },
    from: { id: `user-${conversationId}` },
    recipient: { id: 'signpost' },
    id: randomUUID(),
    timestamp: new Date().toISOString(),
    deliveryMode: 'expectReplies',
    ...extra,
  });

  return {
    url,
    storage,
    engineMemos,
    post,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    conversation(channelId = 'test') {
      const id = `conv-${randomUUID()}`;
      const send = async (extra: Record<string, unknown>) => {
        const r = await post(activity(id, channelId, extra));
        if (r.status !== 200) throw new Error(`status ${r.status}: ${JSON.stringify(r.body)}`);
        return ((r.body?.activities ?? []) as BotActivity[]).filter((a) => a.type === 'message');
      };
      return {
        id,
        say: (text: string) => send({ type: 'message', text }),
        join: () => send({ type: 'conversationUpdate', membersAdded: [{ id: `user-${id}` }] }),
      };
    },
  };
}

function safeJson(text: string): unknown {
  try { return JSON.parse(text); } catch { return text; }
}

/** The ask in a set of replies (exactly one expected per turn that asks). */
export function askIn(replies: BotActivity[]): { fact: string; kind: string; choices?: { value: string; title: string }[] } | undefined {
  const asks = replies.map((r) => r.channelData?.triage?.ask).filter(Boolean);
  if (asks.length > 1) throw new Error(`more than one ask in a turn: ${asks.map((a) => a?.fact).join(', ')}`);
  return asks[0];
}

export function outcomeIn(replies: BotActivity[]): any {
  return replies.map((r) => r.channelData?.triage?.outcome).find(Boolean);
}
