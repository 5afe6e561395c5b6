/**
 * An HTTP test client for the Teams adviser bot. Until the server routes `msteams` activities to it,
 * this starts its own small restify server with a CloudAdapter (authentication off) on a loopback
 * port, and posts Teams-shaped activities: messages with `deliveryMode: "expectReplies"` (replies in
 * the response body) and invokes (the invoke response in the body).
 */
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import * as restify from 'restify';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage } from 'botbuilder';
import { createTeamsHandler, type TeamsBotDeps } from '../../src/bots/teams';
import { testEngine, TODAY } from '../support/knowledge';

export const TENANT_ID = '00000000-0000-0000-0000-00000000a11c';

export interface TeamsReply {
  type: string;
  text?: string;
  attachments?: { contentType: string; content: any }[];
  channelData?: any;
  suggestedActions?: { actions: { title: string; value: string }[] };
  [k: string]: unknown;
}

export interface TeamsTestBot {
  url: string;
  close(): Promise<void>;
  post(body: unknown): Promise<{ status: number; body: any }>;
  /** A new conversation (personal by default). */
  conversation(type?: 'personal' | 'groupChat' | 'channel'): TeamsTestConversation;
}

export interface TeamsTestConversation {
  id: string;
  say(text: string): Promise<TeamsReply[]>;
  invoke(name: string, value: unknown): Promise<{ status: number; body: any }>;
}

export async function startTeamsTestBot(opts: Partial<Pick<TeamsBotDeps, 'onMakeCase' | 'onClaimCase'>> & { date?: Date } = {}): Promise<TeamsTestBot> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  adapter.onTurnError = async (_ctx, err) => { throw err; };
  const conversationState = new ConversationState(new MemoryStorage());
  const teams = createTeamsHandler({ engine: testEngine(), conversationState, now: () => opts.date ?? TODAY, onMakeCase: opts.onMakeCase, onClaimCase: opts.onClaimCase });
  const server = restify.createServer({ name: 'signpost-teams-test', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    await adapter.process(req, res, (ctx) => teams(ctx));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const post = async (body: unknown) => {
    const res = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const text = await res.text();
    let parsed: unknown = text;
    try { parsed = text ? JSON.parse(text) : undefined; } catch { /* keep text */ }
    return { status: res.status, body: parsed as any };
  };

  return {
    url,
    post,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    conversation(type = 'personal') {
      const id = type === 'channel' ? `19:${randomUUID()}@thread.tacv2;messageid=1` : `a:${randomUUID()}`;
      const base = (extra: Record<string, unknown>) => ({
        channelId: 'msteams',
        serviceUrl: 'https://smba.trafficmanager.net/uk/',
        conversation: { id, conversationType: type, tenantId: TENANT_ID, ...(type === 'personal' ? {} : { isGroup: true }) },
        from: { id: '29:adviser-1', name: 'Alex Adviser', aadObjectId: '11111111-2222-3333-4444-555555555555' },
        recipient: { id: '28:signpost-bot', name: 'Signpost' },
        id: randomUUID(),
        timestamp: new Date().toISOString(),
        locale: 'en-GB',
        channelData: { tenant: { id: TENANT_ID }, ...(type === 'channel' ? { team: { id: '19:team@thread.tacv2' }, channel: { id: '19:advisers@thread.tacv2' } } : {}) },
        ...extra,
      });
      return {
        id,
        async say(text: string) {
          const r = await post(base({ type: 'message', text, deliveryMode: 'expectReplies' }));
          if (r.status !== 200) throw new Error(`status ${r.status}: ${JSON.stringify(r.body)}`);
          return ((r.body?.activities ?? []) as TeamsReply[]).filter((a) => a.type === 'message');
        },
        invoke: (name: string, value: unknown) => post(base({ type: 'invoke', name, value })),
      };
    },
  };
}

/** The Adaptive Card contents among replies, in order. */
export function cardsIn(replies: TeamsReply[]): any[] {
  return replies.flatMap((r) => (r.attachments ?? []).filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive').map((a) => a.content));
}

export function askIn(replies: TeamsReply[]): { fact: string; kind: string; choices?: { value: string; title: string }[] } | undefined {
  const asks = replies.map((r) => r.channelData?.triage?.ask).filter(Boolean);
  if (asks.length > 1) throw new Error(`more than one ask: ${asks.map((a) => a.fact).join(', ')}`);
  return asks[0];
}

export function outcomeIn(replies: TeamsReply[]): any {
  return replies.map((r) => r.channelData?.triage?.outcome).find(Boolean);
}
