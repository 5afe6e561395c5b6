/**
 * The agent REST API end to end over HTTP, with a recording CitizenRelay: sign-in, auth, queue,
 * case view, claim, messages, release, close, the event stream, and bad input (4xx, nothing changed).
 * Runs on the in-memory store and again on Redis (two instances sharing one Redis).
 */
import { configureLogger } from '../../src/logger';
import { AgentAuth, hashPassword } from '../../src/handoff/agentAuth';
import { InMemoryCaseEvents, RedisCaseEvents, type CaseEvents } from '../../src/handoff/caseEvents';
import type { CaseStore } from '../../src/handoff/caseStore';
import { InMemoryCaseStore } from '../../src/handoff/inMemoryCaseStore';
import { PublishingCaseStore } from '../../src/handoff/publishingCaseStore';
import { RedisCaseStore } from '../../src/handoff/redisCaseStore';
import { TokenService } from '../../channels/webchat/tokens';
import { withTestRedis } from '../support/redis';
import { newCase, readEvents, RecordingRelay, startApi, type ApiHarness } from './support';

const redis = withTestRedis();
const SECRET = 's'.repeat(40);
const logs: string[] = [];
configureLogger('debug', (line) => logs.push(line));

let agents: Record<string, string>;
beforeAll(async () => {
  agents = { alex: await hashPassword('alex-password-1'), sam: await hashPassword('sam-password-22') };
});

interface World { api: ApiHarness; cases: CaseStore; relay: RecordingRelay; events: CaseEvents; alex: string; sam: string; done(): Promise<void> }

async function world(kind: 'memory' | 'redis'): Promise<World> {
  const relay = new RecordingRelay();
  let cases: CaseStore;
  let events: CaseEvents;
  if (kind === 'memory') {
    events = new InMemoryCaseEvents();
    cases = new PublishingCaseStore(new InMemoryCaseStore(), events);
  } else {
    const e = new RedisCaseEvents({ client: redis.client, channel: `${redis.prefix}api-events-${Math.random()}` });
    await e.ready();
    events = e;
    cases = new PublishingCaseStore(new RedisCaseStore({ client: redis.client, prefix: `${redis.prefix}api${Math.random()}:` }), events);
  }
  const auth = new AgentAuth({ agents, secret: SECRET });
  const api = await startApi({ cases, events, relay, auth, heartbeatMs: 50 });
  const login = async (agentId: string, password: string) => (await api.call('POST', '/api/agent/login', { body: { agentId, password } })).body.token as string;
  return {
    api, cases, relay, events,
    alex: await login('alex', 'alex-password-1'),
    sam: await login('sam', 'sam-password-22'),
    async done() {
      await api.close();
      await events.close();
    },
  };
}

const kinds: ['memory' | 'redis', typeof it][] = [['memory', it], ['redis', redis.it as typeof it]];

describe.each(kinds)('agent API (%s store)', (kind, test) => {
  let w: World;
  beforeEach(async () => {
    if (kind === 'redis' && !redis.available) return;
    w = await world(kind);
  });
  afterEach(async () => {
    await w?.done();
  });

  test('login: good password → token; bad password 401; malformed bodies 400', async () => {
    const good = await w.api.call('POST', '/api/agent/login', { body: { agentId: 'alex', password: 'alex-password-1' } });
    expect(good.status).toBe(200);
    expect(good.body).toMatchObject({ agentId: 'alex', expiresIn: 28800 });
    expect(good.headers.get('cache-control')).toBe('no-store');
    const bad = await w.api.call('POST', '/api/agent/login', { body: { agentId: 'alex', password: 'nope' } });
    expect(bad.status).toBe(401);
    expect(bad.body).toEqual({ code: 'SP_AGENT_LOGIN_FAILED', message: expect.any(String) });
    for (const body of [{ agentId: 'alex' }, { agentId: 'alex', password: 'alex-password-1', admin: true }, [], 'alex']) {
      const r = await w.api.call('POST', '/api/agent/login', { body });
      expect(r.status).toBe(400);
      expect(r.body.code).toBe('SP_BAD_REQUEST');
    }
    const notJson = await w.api.call('POST', '/api/agent/login', { raw: '{"agentId": ', contentType: 'application/json' });
    expect(notJson.status).toBe(400);
    const me = await w.api.call('GET', '/api/agent/me', { token: good.body.token });
    expect(me.body).toMatchObject({ agentId: 'alex' });
  });

  test('no token → 401 on every route; a citizen\'s web chat token → 401', async () => {
    const c = await w.cases.create(newCase());
    const citizen = new TokenService({ secret: SECRET }).issue('abcdefgh12345678').token;
    const routes: [string, string, unknown?][] = [
      ['GET', '/api/agent/cases'], ['GET', `/api/agent/cases/${c.id}`], ['POST', `/api/agent/cases/${c.id}/claim`, {}],
      ['POST', `/api/agent/cases/${c.id}/messages`, { text: 'hi' }], ['POST', `/api/agent/cases/${c.id}/release`, {}],
      ['POST', `/api/agent/cases/${c.id}/close`, { note: 'x' }], ['GET', '/api/agent/events'], ['GET', '/api/agent/me'],
    ];
    for (const [method, path, body] of routes) {
      const none = await w.api.call(method, path, { body });
      expect([path, none.status, none.body.code]).toEqual([path, 401, 'SP_AGENT_UNAUTHORIZED']);
      expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
      const webchat = await w.api.call(method, path, { body, token: citizen });
      expect([path, webchat.status, webchat.body.code]).toEqual([path, 401, 'SP_AGENT_UNAUTHORIZED']);
    }
    const sse = await w.api.call('GET', `/api/agent/events?token=${encodeURIComponent(citizen)}`);
    expect(sse.status).toBe(401);
    expect((await w.cases.get(c.id))?.status).toBe('queued');
    expect(w.relay.notified).toEqual([]);
  });

  test('list and get: queue rows in order; the case view has answers first, no conversation reference', async () => {
    const offer = await w.cases.create(newCase({ level: 'offer' }));
    const urgent = await w.cases.create(newCase({
      level: 'urgent', safety: { category: 'suicide-self-harm' }, facts: { age: 30, receiving: ['pip'] },
      outcome: { signposts: [{ benefit: 'universal-credit', likelihood: 'likely', because: ['age'], claim: 'Online' }], warnings: [], facts: { age: 30 } },
    }));
    const list = await w.api.call('GET', '/api/agent/cases', { token: w.alex });
    expect(list.status).toBe(200);
    expect(list.body.cases.map((c: { id: string }) => c.id)).toEqual([urgent.id, offer.id]);
    expect(list.body.cases[0]).toMatchObject({ level: 'urgent', status: 'queued', safety: { category: 'suicide-self-harm' } });
    expect(list.body.cases[0]).not.toHaveProperty('facts');
    expect(list.body.cases[0]).not.toHaveProperty('transcript');
    const get = await w.api.call('GET', `/api/agent/cases/${urgent.id}`, { token: w.alex });
    expect(get.status).toBe(200);
    expect(get.body.answers).toEqual([
      { fact: 'age', label: 'Age', value: 30, text: '30' },
      { fact: 'receiving', label: 'Benefits already received', value: ['pip'], text: 'Personal Independence Payment' },
    ]);
    expect(get.body.benefitNames).toEqual({ 'universal-credit': 'Universal Credit', pip: 'Personal Independence Payment' });
    expect(get.body.case).toMatchObject({ id: urgent.id, transcript: expect.any(Array) });
    expect(get.body.case).not.toHaveProperty('conversation');
    expect(get.body.case).not.toHaveProperty('conversationKey');
    for (const id of ['C-ZZZZZZ', 'nope', '..%2F..%2Fetc']) {
      const r = await w.api.call('GET', `/api/agent/cases/${id}`, { token: w.alex });
      expect([id, r.status, r.body.code]).toEqual([id, 404, 'SP_CASE_NOT_FOUND']);
    }
  });

  test('claim, relay both ways, another agent is refused, release, claim again, close with a note', async () => {
    const c = await w.cases.create(newCase());
    const claim = await w.api.call('POST', `/api/agent/cases/${c.id}/claim`, { token: w.alex });
    expect(claim.status).toBe(200);
    expect(claim.body.case).toMatchObject({ status: 'claimed', agentId: 'alex' });
    expect(w.relay.notified).toEqual([{ caseId: c.id, status: 'accepted', caseStatus: 'claimed' }]);

    const again = await w.api.call('POST', `/api/agent/cases/${c.id}/claim`, { token: w.sam });
    expect([again.status, again.body.code]).toEqual([409, 'SP_CASE_ALREADY_CLAIMED']);

    const msg = await w.api.call('POST', `/api/agent/cases/${c.id}/messages`, { token: w.alex, body: { text: '  Hello, I am Alex.  ' } });
    expect(msg.status).toBe(201);
    expect(msg.body.message).toMatchObject({ from: 'agent', agentId: 'alex', text: 'Hello, I am Alex.' });
    expect(w.relay.sent).toEqual([{ caseId: c.id, text: 'Hello, I am Alex.' }]);
    // The person answers through the bot layer; the agent sees it on the case.
    await w.cases.addMessage(c.id, { from: 'person', text: 'Thank you' });

    const otherMsg = await w.api.call('POST', `/api/agent/cases/${c.id}/messages`, { token: w.sam, body: { text: 'Hi' } });
    expect([otherMsg.status, otherMsg.body.code]).toEqual([403, 'SP_CASE_HELD_BY_OTHER']);
    const otherRelease = await w.api.call('POST', `/api/agent/cases/${c.id}/release`, { token: w.sam });
    expect([otherRelease.status, otherRelease.body.code]).toEqual([403, 'SP_CASE_HELD_BY_OTHER']);
    const otherClose = await w.api.call('POST', `/api/agent/cases/${c.id}/close`, { token: w.sam, body: { note: 'mine now' } });
    expect([otherClose.status, otherClose.body.code]).toEqual([403, 'SP_CASE_HELD_BY_OTHER']);
    expect((await w.cases.get(c.id))).toMatchObject({ status: 'claimed', agentId: 'alex' });

    const release = await w.api.call('POST', `/api/agent/cases/${c.id}/release`, { token: w.alex, body: {} });
    expect(release.status).toBe(200);
    expect(release.body.case.status).toBe('queued');
    expect(w.relay.notified.at(-1)).toEqual({ caseId: c.id, status: 'released', caseStatus: 'queued' });
    const releaseAgain = await w.api.call('POST', `/api/agent/cases/${c.id}/release`, { token: w.alex });
    expect([releaseAgain.status, releaseAgain.body.code]).toEqual([409, 'SP_CASE_NOT_CLAIMED']);
    const msgQueued = await w.api.call('POST', `/api/agent/cases/${c.id}/messages`, { token: w.alex, body: { text: 'still there?' } });
    expect([msgQueued.status, msgQueued.body.code]).toEqual([409, 'SP_CASE_NOT_CLAIMED']);

    expect((await w.api.call('POST', `/api/agent/cases/${c.id}/claim`, { token: w.sam })).status).toBe(200);
    const close = await w.api.call('POST', `/api/agent/cases/${c.id}/close`, { token: w.sam, body: { note: 'Booked a PIP appointment.' } });
    expect(close.status).toBe(200);
    expect(close.body.case).toMatchObject({ status: 'closed', agentId: 'sam', closedNote: 'Booked a PIP appointment.' });
    expect(w.relay.notified.map((n) => n.status)).toEqual(['accepted', 'released', 'accepted', 'completed']);
    const view = await w.api.call('GET', `/api/agent/cases/${c.id}`, { token: w.alex });
    expect(view.body.case.messages.map((m: { from: string; text: string }) => `${m.from}:${m.text}`)).toEqual(['agent:Hello, I am Alex.', 'person:Thank you']);
    expect(view.body.case.audit.map((a: { action: string }) => a.action)).toEqual(['created', 'claimed', 'released', 'claimed', 'closed']);
    expect((await w.api.call('GET', '/api/agent/cases', { token: w.alex })).body.cases).toEqual([]);

    // A closed case: messages, claims, release and close are refused with 409; nothing changes.
    const late = await w.api.call('POST', `/api/agent/cases/${c.id}/messages`, { token: w.sam, body: { text: 'one more' } });
    expect([late.status, late.body.code]).toEqual([409, 'SP_CASE_CLOSED']);
    expect((await w.api.call('POST', `/api/agent/cases/${c.id}/claim`, { token: w.alex })).body.code).toBe('SP_CASE_CLOSED');
    expect((await w.api.call('POST', `/api/agent/cases/${c.id}/close`, { token: w.sam, body: { note: 'again' } })).body.code).toBe('SP_CASE_CLOSED');
    expect((await w.cases.get(c.id))?.messages).toHaveLength(2);
    expect(w.relay.sent).toHaveLength(1);
  });

  test('two agents claim at once over HTTP: one 200, one 409', async () => {
    const c = await w.cases.create(newCase());
    const results = await Promise.all([
      w.api.call('POST', `/api/agent/cases/${c.id}/claim`, { token: w.alex }),
      w.api.call('POST', `/api/agent/cases/${c.id}/claim`, { token: w.sam }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(w.relay.notified).toHaveLength(1);
  });

  test('malformed bodies → 400 with the fields named, and nothing changed', async () => {
    const c = await w.cases.create(newCase());
    await w.api.call('POST', `/api/agent/cases/${c.id}/claim`, { token: w.alex });
    const before = await w.cases.get(c.id);
    const bad: [string, unknown][] = [
      ['messages', {}], ['messages', { text: '' }], ['messages', { text: '   ' }], ['messages', { text: 'x'.repeat(2001) }],
      ['messages', { text: 42 }], ['messages', { text: 'hi', from: 'person' }], ['close', {}], ['close', { note: '' }],
      ['close', { note: 'x'.repeat(2001) }], ['claim', { agentId: 'sam' }], ['release', { force: true }],
    ];
    for (const [action, body] of bad) {
      const r = await w.api.call('POST', `/api/agent/cases/${c.id}/${action}`, { token: w.alex, body });
      expect([action, JSON.stringify(body).slice(0, 30), r.status, r.body.code]).toEqual([action, JSON.stringify(body).slice(0, 30), 400, 'SP_BAD_REQUEST']);
      expect(Array.isArray(r.body.fields)).toBe(true);
    }
    const raw = await w.api.call('POST', `/api/agent/cases/${c.id}/messages`, { token: w.alex, raw: 'hello', contentType: 'text/plain' });
    expect(raw.status).toBe(400);
    const broken = await w.api.call('POST', `/api/agent/cases/${c.id}/close`, { token: w.alex, raw: '{"note":', contentType: 'application/json' });
    expect(broken.status).toBe(400);
    expect(await w.cases.get(c.id)).toEqual(before);
    expect(w.relay.sent).toEqual([]);
  });

  test('the person cannot be reached: 502 SP_RELAY_FAILED with the case, and the change is kept', async () => {
    const c = await w.cases.create(newCase());
    w.relay.fail = true;
    const claim = await w.api.call('POST', `/api/agent/cases/${c.id}/claim`, { token: w.alex });
    expect([claim.status, claim.body.code, claim.body.case?.status]).toEqual([502, 'SP_RELAY_FAILED', 'claimed']);
    const msg = await w.api.call('POST', `/api/agent/cases/${c.id}/messages`, { token: w.alex, body: { text: 'Hello?' } });
    expect([msg.status, msg.body.code]).toEqual([502, 'SP_RELAY_FAILED']);
    expect((await w.cases.get(c.id))?.messages.map((m) => m.text)).toEqual(['Hello?']);
  });

  test('event stream: ready, then created and claimed, with the token in the query or the header', async () => {
    const url = `${w.api.url}/api/agent/events?token=${encodeURIComponent(w.alex)}`;
    let id = '';
    const got = await readEvents(url, (events) => events.some((e) => e.event === 'claimed'), {
      onOpen: async () => {
        id = (await w.cases.create(newCase({ level: 'urgent' }))).id;
        await w.api.call('POST', `/api/agent/cases/${id}/claim`, { token: w.sam });
      },
    });
    expect(got.status).toBe(200);
    expect(got.events.map((e) => e.event)).toEqual(['ready', 'created', 'claimed']);
    expect(got.events[0]!.data).toMatchObject({ agentId: 'alex' });
    expect(got.events[1]!.data).toMatchObject({ type: 'created', caseId: id, case: { id, level: 'urgent', status: 'queued' } });
    expect(got.events[2]!.data).toMatchObject({ type: 'claimed', caseId: id, case: { status: 'claimed', agentId: 'sam' } });
    const viaHeader = await readEvents(`${w.api.url}/api/agent/events`, (events) => events.some((e) => e.event === 'message'), {
      headers: { Authorization: `Bearer ${w.sam}` },
      onOpen: async () => {
        await w.api.call('POST', `/api/agent/cases/${id}/messages`, { token: w.sam, body: { text: 'Private words' } });
      },
    });
    expect(viaHeader.events.map((e) => e.event)).toEqual(['ready', 'message']);
    expect(JSON.stringify(viaHeader.events)).not.toContain('Private words');
  });
});

describe('agent API logs', () => {
  it('never carry message text, notes or phone numbers', async () => {
    logs.length = 0;
    const w = await world('memory');
    const c = await w.cases.create(newCase());
    await w.cases.setCallback(c.id, { number: '07700 900123', time: 'Monday' });
    await w.api.call('POST', `/api/agent/cases/${c.id}/claim`, { token: w.alex });
    await w.api.call('POST', `/api/agent/cases/${c.id}/messages`, { token: w.alex, body: { text: 'Sensitive text here' } });
    w.relay.fail = true;
    await w.api.call('POST', `/api/agent/cases/${c.id}/messages`, { token: w.alex, body: { text: 'Second sensitive' } });
    await w.api.call('POST', `/api/agent/cases/${c.id}/close`, { token: w.alex, body: { note: 'Note about health' } });
    await w.api.call('POST', '/api/agent/login', { body: { agentId: 'alex', password: 'wrong-password' } });
    await w.done();
    const all = logs.join('\n');
    expect(all).toContain('SP_CASE_CLAIMED');
    expect(all).toContain('SP_RELAY_FAILED');
    for (const secret of ['Sensitive text', 'Second sensitive', 'Note about health', '07700', 'wrong-password', 'alex-password']) {
      expect(all).not.toContain(secret);
    }
  });
});
