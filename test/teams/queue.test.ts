/**
 * The handoff queue in a Teams channel, over HTTP on real Redis: the whole service (`createServer` with
 * web chat, the warm handoff and the Teams queue settings), a loopback fake Bot Framework connector as
 * TEAMS_SERVICE_URL (authentication off), agents on the console API, a person on web chat (Direct Line).
 *
 * - a new case is posted to the channel as its card with a Claim button;
 * - Claim from Teams (`adaptiveCard/action`, verb `claimCase`) claims it, answers with the claimed card,
 *   updates the posted card for everyone and tells the person; a second Claim shows who has it;
 *   a console release brings the Claim button back;
 * - a claim race between Teams and the console, 20 times: exactly one wins, the store shows the winner;
 * - the adviser holding the case talks to the person from the card's thread, and the person's replies
 *   are posted into that thread; anyone else in the thread is told to claim first.
 */
import type { AddressInfo } from 'node:net';
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type SignpostServer } from '../../src/server';
import { parseConfig } from '../../src/config';
import { configureLogger } from '../../src/logger';
import { RedisTurnLock } from '../../src/state/turnLock';
import { RedisStorage } from '../../src/state/redisStorage';
import { AgentAuth, PublishingCaseStore, RedisCaseEvents, RedisCaseStore, type CaseStore, type CaseEvents } from '../../src/handoff';
import { hashPassword } from '../../src/handoff/agentAuth';
import { RedisTeamsQueueRefs } from '../../src/bots/teams/queueRefs';
import { findById } from '../../src/bots/teams';
import { RedisActivityStore } from '../../channels/webchat';
import { testEngine, TODAY } from '../support/knowledge';
import { withTestRedis } from '../support/redis';
import { words } from '../support/protocol';
import { newCase } from '../handoff/support';
import { webChatMessage } from '../webchat/directLineHarness';
import { cardOf, FakeConnector } from './fakeConnector';

const redis = withTestRedis();

const CHANNEL = '19:advisers-queue@thread.tacv2';
const TENANT = '00000000-0000-0000-0000-00000000a11c';
const ALEX = { id: '29:alex', name: 'Alex Adviser', aadObjectId: '11111111-2222-3333-4444-555555555555' };
const ROBIN = { id: '29:robin', name: 'Robin Adviser', aadObjectId: '99999999-8888-7777-6666-555555555555' };
const SAM = { id: 'sam', password: `sam-${randomBytes(9).toString('base64url')}` };
const CASE_ID = /^C-[A-HJ-NP-Z2-9]{6}$/;

interface Env {
  url: string;
  built: SignpostServer;
  cases: CaseStore;
  events: CaseEvents;
  connector: FakeConnector;
  samToken: string;
  call(method: string, path: string, o?: { token?: string; body?: unknown }): Promise<{ status: number; body: any }>;
  /** Posts a Teams activity to /api/messages as `user`, in `conversationId`. */
  teams(conversationId: string, user: typeof ALEX, extra: Record<string, unknown>): Promise<{ status: number; body: any }>;
  claimInTeams(caseId: string, user?: typeof ALEX): Promise<{ status: number; body: any }>;
  close(): Promise<void>;
}

let env: Env | undefined;

async function start(): Promise<Env> {
  if (env) return env;
  configureLogger('silent');
  const connector = new FakeConnector();
  await connector.start();
  const config = parseConfig({
    LOG_LEVEL: 'silent',
    AGENTS: JSON.stringify({ [SAM.id]: await hashPassword(SAM.password) }),
    AGENT_SESSION_SECRET: randomBytes(32).toString('hex'),
    TEAMS_QUEUE_CHANNEL_ID: CHANNEL,
    TEAMS_SERVICE_URL: connector.url,
    TEAMS_TENANT_ID: TENANT,
    TEAMS_AGENTS: JSON.stringify({ [ALEX.aadObjectId]: 'alex' }),
  });
  const client = redis.client;
  const p = `${redis.prefix}${randomBytes(4).toString('hex')}:`;
  const events = new RedisCaseEvents({ client, channel: `${p}handoff:events` });
  await events.ready();
  const cases = new PublishingCaseStore(new RedisCaseStore({ client, prefix: `${p}handoff:` }), events);
  const built = createServer({
    config, engine: testEngine(), now: () => TODAY,
    storage: new RedisStorage({ client, prefix: `${p}state:`, ttlSeconds: 3600 }),
    turnLock: new RedisTurnLock({ client, prefix: `${p}lock:` }),
    webchat: { store: new RedisActivityStore({ client, prefix: `${p}webchat:`, ttlSeconds: 3600 }), secret: randomBytes(32) },
    handoff: { cases, events, auth: AgentAuth.fromConfig(config), teamsRefs: new RedisTeamsQueueRefs({ client, prefix: `${p}teams:`, ttlSeconds: 3600 }) },
  });
  await new Promise<void>((resolve) => built.server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(built.server.address() as AddressInfo).port}`;

  const call: Env['call'] = async (method, path, o = {}) => {
    const headers: Record<string, string> = {};
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    if (o.body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(url + path, { method, headers, body: o.body === undefined ? undefined : JSON.stringify(o.body) });
    const text = await res.text();
    let body: unknown = text;
    try { body = text ? JSON.parse(text) : undefined; } catch { /* keep the text */ }
    return { status: res.status, body: body as any };
  };
  const login = await call('POST', '/api/agent/login', { body: { agentId: SAM.id, password: SAM.password } });
  if (login.status !== 200) throw new Error(`login: ${login.status}`);

  const teams: Env['teams'] = (conversationId, user, extra) => call('POST', '/api/messages', {
    body: {
      channelId: 'msteams',
      serviceUrl: connector.url,
      conversation: { id: conversationId, conversationType: 'channel', isGroup: true, tenantId: TENANT },
      from: user,
      recipient: { id: '28:signpost-bot', name: 'Signpost' },
      id: randomUUID(),
      timestamp: new Date().toISOString(),
      locale: 'en-GB',
      channelData: { tenant: { id: TENANT }, team: { id: '19:team@thread.tacv2' }, channel: { id: CHANNEL } },
      ...extra,
    },
  });
  env = {
    url, built, cases, events, connector, samToken: login.body.token, call, teams,
    // Teams sends the invoke in the card's thread.
    claimInTeams: (caseId, user = ALEX) => teams(`${CHANNEL};messageid=0`, user, {
      type: 'invoke', name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'claimCase', data: { caseId } }, trigger: 'manual' },
    }),
    async close() {
      await built.handoff?.teamsQueue.stop();
      built.server.server.closeAllConnections?.();
      await new Promise<void>((resolve) => built.server.close(() => resolve()));
      await events.close();
      await connector.stop();
    },
  };
  return env;
}

afterAll(async () => {
  await env?.close();
});

async function eventually<T>(what: string, check: () => Promise<T | undefined | false | null> | T | undefined | false | null, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A case for a person on a Bot Framework channel whose connector is the fake (so telling them succeeds). */
function citizenCase(e: Env) {
  const id = `citizen-${randomUUID()}`;
  return newCase({
    channel: 'emulator',
    conversation: { channelId: 'emulator', serviceUrl: e.connector.url, conversation: { id }, bot: { id: 'signpost' }, user: { id: 'person' } },
    conversationKey: `emulator/${id}`,
  });
}

/** The card posted to the queue channel for a case, and its activity id. */
async function postedCard(e: Env, caseId: string): Promise<{ id: string; card: any }> {
  const post = await eventually(`the card of ${caseId} in the channel`, () =>
    e.connector.posts(CHANNEL).find((c) => findById(cardOf(c.activity), 'title')?.text === `Case ${caseId}`));
  return { id: post.newId!, card: cardOf(post.activity) };
}

const statusOf = (card: any): string => String(findById(card, 'status')?.text ?? '');

describe('the handoff queue in a Teams channel', () => {
  redis.it('a new case is posted to the channel as its card: level, reasons, key facts, waiting time and a Claim button', async () => {
    const e = await start();
    const c = await e.cases.create(citizenCase(e));
    const { card } = await postedCard(e, c.id);
    expect(card.body[0].text).toBe(`Case ${c.id}`);
    expect(findById(card, 'level')).toBeDefined();
    expect(findById(card, 'reason-mixed-age-couple')).toBeDefined();
    expect((findById(card, 'factSet') as any).facts.length).toBeGreaterThan(0);
    expect(statusOf(card)).toMatch(/^Waiting /);
    expect(card.actions).toEqual([expect.objectContaining({ type: 'Action.Execute', verb: 'claimCase', data: { caseId: c.id } })]);
    const post = e.connector.posts(CHANNEL).find((p) => cardOf(p.activity) === card)!;
    expect(post.activity).toMatchObject({ type: 'message', channelId: 'msteams', conversation: { id: CHANNEL } });
  });

  redis.it('Claim in Teams: the same atomic claim, the claimed card in the answer, the posted card updated for everyone, the person told; release brings Claim back', async () => {
    const e = await start();
    const c = await e.cases.create(citizenCase(e));
    const posted = await postedCard(e, c.id);

    const r = await e.claimInTeams(c.id);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(statusOf(r.body.value)).toMatch(/^Claimed by you at \d{2}:\d{2}$/);
    expect(r.body.value.actions ?? []).toEqual([]);
    expect(await e.cases.get(c.id)).toMatchObject({ status: 'claimed', agentId: 'alex' });

    // Updated for everyone: a PUT of the posted card, without the button, naming the adviser.
    const put = await eventually('the card update', () => e.connector.updates(CHANNEL, posted.id).at(-1));
    expect(statusOf(cardOf(put.activity))).toMatch(/^Claimed by Alex Adviser at \d{2}:\d{2}$/);
    expect(cardOf(put.activity).actions ?? []).toEqual([]);
    // The person is told an adviser has joined.
    const personConversation = (c.conversation as any).conversation.id;
    const told = await eventually('the person told', () => e.connector.posts(personConversation)[0]);
    expect(told.activity).toMatchObject({ text: words('handoffAccepted'), channelData: { triage: { handoff: { caseId: c.id, status: 'accepted' } } } });

    // Someone else presses Claim: not an error, the card shows who has it.
    const late = await e.claimInTeams(c.id, ROBIN);
    expect(late.status).toBe(200);
    expect(late.body.statusCode).toBe(200);
    expect(statusOf(late.body.value)).toMatch(/^Claimed by Alex Adviser at /);
    expect(await e.cases.get(c.id)).toMatchObject({ status: 'claimed', agentId: 'alex' });
    // And the console, after Teams: 409.
    const onConsole = await e.call('POST', `/api/agent/cases/${c.id}/claim`, { token: e.samToken, body: {} });
    expect(onConsole).toMatchObject({ status: 409, body: { code: 'SP_CASE_ALREADY_CLAIMED' } });

    // A case claimed on the console and released: the card gets its Claim button back.
    const d = await e.cases.create(citizenCase(e));
    const postedD = await postedCard(e, d.id);
    expect((await e.call('POST', `/api/agent/cases/${d.id}/claim`, { token: e.samToken, body: {} })).status).toBe(200);
    await eventually('the console claim on the card', () => e.connector.updates(CHANNEL, postedD.id).some((u) => statusOf(cardOf(u.activity)).startsWith('Claimed by sam at ')));
    expect((await e.call('POST', `/api/agent/cases/${d.id}/release`, { token: e.samToken, body: {} })).status).toBe(200);
    const back = await eventually('the release on the card', () => e.connector.updates(CHANNEL, postedD.id).find((u) => statusOf(cardOf(u.activity)).startsWith('Waiting')));
    expect(cardOf(back.activity).actions).toEqual([expect.objectContaining({ verb: 'claimCase', data: { caseId: d.id } })]);
  });

  redis.it('a claim race between Teams and the agent console, 20 times: exactly one wins each time and the store shows the winner', async () => {
    const e = await start();
    const wins = { teams: 0, console: 0 };
    for (let i = 0; i < 20; i++) {
      const c = await e.cases.create(citizenCase(e));
      const [inTeams, onConsole] = await Promise.all([
        e.claimInTeams(c.id),
        e.call('POST', `/api/agent/cases/${c.id}/claim`, { token: e.samToken, body: {} }),
      ]);
      expect(inTeams.status).toBe(200);
      expect(inTeams.body.statusCode).toBe(200);
      const teamsWon = statusOf(inTeams.body.value).startsWith('Claimed by you');
      const consoleWon = onConsole.status === 200;
      expect([teamsWon, consoleWon].filter(Boolean)).toHaveLength(1);
      const stored = await e.cases.get(c.id);
      expect(stored?.status).toBe('claimed');
      expect(stored?.audit.filter((a) => a.action === 'claimed')).toHaveLength(1);
      if (teamsWon) {
        wins.teams++;
        expect(onConsole.status).toBe(409);
        expect(onConsole.body.code).toBe('SP_CASE_ALREADY_CLAIMED');
        expect(stored?.agentId).toBe('alex');
      } else {
        wins.console++;
        expect(statusOf(inTeams.body.value)).toMatch(/^Claimed by sam at /);
        expect(inTeams.body.value.actions ?? []).toEqual([]);
        expect(stored?.agentId).toBe('sam');
      }
    }
    expect(wins.teams + wins.console).toBe(20);
    await e.built.handoff!.teamsQueue.idle();
  }, 30_000);

  redis.it('the adviser holding the case talks to a web chat person from the card\'s thread; the person\'s replies come back into the thread', async () => {
    const e = await start();
    // A person on web chat asks for an adviser.
    const issued = await e.call('POST', '/api/webchat/token');
    const { token, conversationId } = issued.body as { token: string; conversationId: string };
    expect((await e.call('POST', '/v3/directline/conversations', { token, body: { user: {}, locale: 'en-GB' } })).status).toBe(201);
    let n = 0;
    const say = async (text: string) => {
      const r = await e.call('POST', `/v3/directline/conversations/${conversationId}/activities`, { token, body: webChatMessage(text, `teams-q${++n}`) });
      expect(r.status).toBe(200);
    };
    const log = async () => (await e.call('GET', `/v3/directline/conversations/${conversationId}/activities?watermark=`, { token })).body.activities as any[];
    await say('talk to a person');
    await say('yes');
    const caseId = await eventually('the case', async () => (await log()).map((a) => a.channelData?.triage?.handoff?.caseId).find(Boolean) as string | undefined);
    expect(caseId).toMatch(CASE_ID);
    const posted = await postedCard(e, caseId);
    const thread = `${CHANNEL};messageid=${posted.id}`;

    // Before anyone holds it, a message in the thread is not relayed.
    expect((await e.teams(thread, ALEX, { type: 'message', text: '<at>Signpost</at> hello?' })).status).toBe(200);
    expect(e.connector.posts(thread).at(-1)?.activity.text).toBe(`Only the adviser holding case ${caseId} can message the client. Claim it first.`);

    expect(statusOf((await e.claimInTeams(caseId)).body.value)).toMatch(/^Claimed by you/);
    await eventually('the person told', async () => (await log()).some((a) => a.text === words('handoffAccepted')));

    // The holder writes in the thread: on the case, and in the person's log.
    const hello = 'Hello, I am Alex from Citizens Advice. How can I help?';
    expect((await e.teams(thread, ALEX, { type: 'message', text: `<at>Signpost</at> ${hello}` })).status).toBe(200);
    const relayed = await eventually('the adviser\'s words in the person\'s log', async () => (await log()).find((a) => a.text === words('adviserSays', { text: hello })));
    expect(relayed).toMatchObject({ channelData: { handoff: { from: 'adviser' } } });
    expect((await e.cases.get(caseId))?.messages).toEqual([expect.objectContaining({ from: 'agent', agentId: 'alex', text: hello })]);

    // Someone else in the thread: told to claim first; nothing reaches the person or the case.
    const before = (await log()).length;
    await e.teams(thread, ROBIN, { type: 'message', text: 'I can take this one' });
    expect(e.connector.posts(thread).at(-1)?.activity.text).toBe(`Only the adviser holding case ${caseId} can message the client. Claim it first.`);
    expect((await e.cases.get(caseId))?.messages).toHaveLength(1);

    // The person answers: on the case as before, and posted into the thread.
    await say('I need help with my rent');
    expect((await log()).length).toBeGreaterThan(before);
    const c = await e.cases.get(caseId);
    expect(c?.messages.at(-1)).toMatchObject({ from: 'person', text: 'I need help with my rent' });
    const inThread = await eventually('the person\'s words in the thread', () => e.connector.posts(thread).find((p) => p.activity.text === `**Client (${caseId}):** I need help with my rent`));
    expect(inThread.activity).toMatchObject({ type: 'message', conversation: { id: thread } });
    // The adviser's own message is not echoed into the thread.
    expect(e.connector.posts(thread).some((p) => String(p.activity.text).includes(hello))).toBe(false);
    expect(e.connector.unexpected).toEqual([]);
  }, 20_000);
});
