/**
 * The warm handoff end to end over HTTP, on real Redis (state, turn lock, web chat log, SMS stores,
 * cases and live events under the test prefix): the service from `createServer` with web chat, SMS
 * and the handoff, a person on web chat (Direct Line) or SMS (signed webhook, with a loopback Twilio
 * REST stand-in for texts sent later), and agents on the REST API.
 *
 * - web chat: an escalating triage, "yes" to an adviser, the case in the queue with every fact and
 *   the transcript, claim, messages both ways (the bot stays quiet), release (the bot answers
 *   again), claim again, close;
 * - SMS: the same by text;
 * - two agents claiming one case at once, 30 times: exactly one wins;
 * - auth: no token, a web chat token, another agent's held case;
 * - nobody free: the no-agent message with helplines and a call-back offer, the call-back taken;
 * - `handoff.initiate` goes to the connector with the transcript, never to a channel.
 */
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { hashPassword } from '../../src/handoff/agentAuth';
import { withTestRedis } from '../support/redis';
import { checked, driveTo, words } from '../support/protocol';
import { outcomeIn, type BotActivity } from '../support/botClient';
import { readEvents } from './support';
import {
  eventually, handoffIn, isBot, OUR_NUMBER, RecordingConnector, startE2E, TWILIO_SID, TWILIO_TOKEN,
  type E2E, type LoggedActivity, type WebChatPerson,
} from './e2eHarness';

const redis = withTestRedis();

/** Fresh agent credentials for this run. */
const ALEX = { id: 'alex', password: `alex-${randomBytes(9).toString('base64url')}` };
const SAM = { id: 'sam.jones', password: `sam-${randomBytes(9).toString('base64url')}` };
let agents: Record<string, string>;
beforeAll(async () => {
  agents = { [ALEX.id]: await hashPassword(ALEX.password), [SAM.id]: await hashPassword(SAM.password) };
});

const CASE_ID = /C-[A-HJ-NP-Z2-9]{6}/;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const bots = (activities: LoggedActivity[]) => activities.filter(isBot);
const statuses = (activities: LoggedActivity[]) => bots(activities).map((a) => a.channelData?.triage?.handoff?.status).filter(Boolean);
/** A UK mobile number no other test uses. */
const newPhone = () => `+4477009${String(randomInt(10_000, 99_999))}`;

/** No line at error level (a failed relay, a failed turn). */
function expectNoErrors(e: E2E): void {
  const errors = e.logs.filter((l) => l.includes('"level":"error"'));
  expect(errors).toEqual([]);
}

/** A web chat person who asks for a person before consenting: "talk to a person", "yes". Returns the case id. */
async function askForAPerson(person: WebChatPerson): Promise<string> {
  const offer = await person.say('talk to a person');
  expect(offer.some((a) => a.channelData?.triage?.ask?.fact === 'wants_adviser')).toBe(true);
  const yes = await person.say('yes');
  const handoff = handoffIn(yes);
  if (!handoff) throw new Error(`no triage.handoff in: ${yes.map((a) => a.text).join(' | ')}`);
  expect(handoff.status).toBe('queued');
  return handoff.caseId;
}

describe('warm handoff over HTTP on Redis', () => {
  let e: E2E;
  let alex: string;
  let sam: string;

  beforeAll(async () => {
    if (!redis.available) return;
    e = await startE2E({ redis, agents });
    alex = await e.login(ALEX.id, ALEX.password);
    sam = await e.login(SAM.id, SAM.password);
  });
  afterAll(async () => {
    if (e) expectNoErrors(e);
    await e?.close();
  });

  redis.it('web chat: an escalating triage, yes → queued case with every fact and the transcript; claim, chat both ways, release, claim again, close', async () => {
    const person = await e.webchat();
    const said: string[] = [];
    const conv = person.conversation();
    const recording = checked({ ...conv, say: (t: string) => { said.push(t); return conv.say(t); } });
    const driven = await driveTo(recording, 'wants_adviser', { employment: 'I work for myself' }, { start: false, replies: person.greeting });
    const outcome = outcomeIn(driven.replies as BotActivity[]);
    expect(outcome.escalation).toMatchObject({ level: 'adviser', reasons: expect.arrayContaining(['self-employed']) });
    expect(outcome.facts.employment).toBe('self-employed');

    // "yes", with an agent's live queue open: the new case arrives as a `created` event.
    let yes: LoggedActivity[] = [];
    const stream = await readEvents(`${e.url}/api/agent/events`, (evs) => evs.some((ev) => ev.event === 'created'), {
      headers: { authorization: `Bearer ${alex}` },
      timeoutMs: 10_000,
      onOpen: async () => {
        said.push('yes');
        yes = await person.say('yes');
      },
    });
    const handoff = handoffIn(yes);
    expect(handoff).toEqual({ caseId: expect.stringMatching(CASE_ID), status: 'queued' });
    const caseId = handoff!.caseId;
    expect(bots(yes)).toHaveLength(1);
    expect(yes[0]?.text).toBe(words('handoffQueued', { caseId, minutes: 2 }));
    const created = stream.events.find((ev) => ev.event === 'created');
    expect(created?.data).toMatchObject({ type: 'created', caseId, case: { id: caseId, status: 'queued', level: 'adviser' } });
    expect(created?.data.case).not.toHaveProperty('facts');

    // The queue, then the case: every fact the outcome was given, the transcript, no conversation reference.
    const queue = await e.call('GET', '/api/agent/cases', { token: alex });
    expect(queue.status).toBe(200);
    const row = queue.body.cases.find((c: { id: string }) => c.id === caseId);
    expect(row).toMatchObject({ channel: 'webchat', level: 'adviser', reasons: ['self-employed'], status: 'queued', asked: 'adviser', messageCount: 0 });
    const view = await e.call('GET', `/api/agent/cases/${caseId}`, { token: alex });
    expect(view.status).toBe(200);
    const c = view.body.case;
    expect(c.facts).toEqual(outcome.facts);
    expect(c.outcome).toEqual(outcome);
    expect(view.body.answers.map((a: { fact: string }) => a.fact).sort()).toEqual(Object.keys(outcome.facts).sort());
    expect(c.transcript.filter((t: { from: string }) => t.from === 'person').map((t: { text: string }) => t.text)).toEqual(said);
    const botLines = c.transcript.filter((t: { from: string }) => t.from === 'bot').map((t: { text: string }) => t.text);
    expect(botLines.some((t: string) => t.startsWith('Here is what you may be able to get'))).toBe(true);
    expect(botLines.at(-1)).toBe(driven.replies.at(-1)?.text);
    expect(c).not.toHaveProperty('conversation');
    expect(c).not.toHaveProperty('conversationKey');

    // Claim: the person is told an adviser has joined.
    const claim = await e.call('POST', `/api/agent/cases/${caseId}/claim`, { token: alex, body: {} });
    expect(claim.status).toBe(200);
    expect(claim.body.case).toMatchObject({ status: 'claimed', agentId: ALEX.id });
    const joined = await person.unseen();
    expect(bots(joined)).toHaveLength(1);
    expect(joined[0]).toMatchObject({ type: 'message', text: words('handoffAccepted'), channelData: { triage: { handoff: { caseId, status: 'accepted' } } } });

    // The agent writes: it appears in the person's log.
    const hello = "Hello, I'm Alex from the advice line. I've read your answers.";
    const sent = await e.call('POST', `/api/agent/cases/${caseId}/messages`, { token: alex, body: { text: hello } });
    expect(sent.status).toBe(201);
    expect(sent.body.message).toMatchObject({ from: 'agent', agentId: ALEX.id, text: hello });
    const fromAdviser = await person.unseen();
    expect(bots(fromAdviser)).toHaveLength(1);
    expect(fromAdviser[0]).toMatchObject({ type: 'message', text: words('adviserSays', { text: hello }), channelData: { handoff: { from: 'adviser' } } });

    // The person replies: it reaches the case, and the bot says nothing.
    const reply = 'Thanks. I invoice about £600 a month, is that income?';
    expect(await person.say(reply)).toEqual([]);
    const withReply = (await e.call('GET', `/api/agent/cases/${caseId}`, { token: alex })).body.case;
    expect(withReply.messages.map((m: { from: string; text: string }) => [m.from, m.text])).toEqual([['agent', hello], ['person', reply]]);
    // Not taken as an answer by the bot either.
    expect(withReply.facts).toEqual(outcome.facts);

    // Release: the person is told, and the bot answers again (not relayed to the case).
    const release = await e.call('POST', `/api/agent/cases/${caseId}/release`, { token: alex, body: {} });
    expect(release.status).toBe(200);
    expect(release.body.case.status).toBe('queued');
    const released = await person.unseen();
    expect(bots(released)).toHaveLength(1);
    expect(released[0]).toMatchObject({ text: words('handoffReleased'), channelData: { triage: { handoff: { caseId, status: 'queued' } } } });
    const afterRelease = await person.say('thanks');
    expect(bots(afterRelease).map((a) => a.text)).toEqual([words('outcomeDone')]);
    expect((await e.call('GET', `/api/agent/cases/${caseId}`, { token: alex })).body.case.messages).toHaveLength(2);

    // Claimed again (by another agent), then closed with a note: the person hears both.
    expect((await e.call('POST', `/api/agent/cases/${caseId}/claim`, { token: sam, body: {} })).status).toBe(200);
    const close = await e.call('POST', `/api/agent/cases/${caseId}/close`, { token: sam, body: { note: 'Explained self-employed UC; booked a call for Monday.' } });
    expect(close.status).toBe(200);
    expect(close.body.case).toMatchObject({ status: 'closed', agentId: SAM.id, closedNote: 'Explained self-employed UC; booked a call for Monday.' });
    const end = await person.unseen();
    expect(statuses(end)).toEqual(['accepted', 'completed']);
    expect(bots(end).at(-1)).toMatchObject({ text: words('handoffCompleted'), channelData: { triage: { handoff: { caseId, status: 'completed' } } } });
    const closed = (await e.call('GET', `/api/agent/cases/${caseId}`, { token: alex })).body.case;
    expect(closed.audit.map((a: { action: string }) => a.action)).toEqual(['created', 'claimed', 'released', 'claimed', 'closed']);
    const after = await e.call('GET', '/api/agent/cases', { token: alex });
    expect(after.body.cases.map((x: { id: string }) => x.id)).not.toContain(caseId);

    // The bot has the conversation back.
    expect(bots(await person.say('thanks')).map((a) => a.text)).toEqual([words('outcomeDone')]);
    // Nothing in the person's log was ever a raw handoff event.
    expect((await person.log()).filter((a) => a.type !== 'message')).toEqual([]);
  }, 60_000);

  redis.it('SMS: asked for by text, claimed, the adviser\'s words go to the right number through the REST API, the person\'s texts reach the case', async () => {
    const phone = newPhone();
    const other = newPhone();
    const person = e.sms(phone);
    await e.sms(other).text('hi'); // someone else texting at the same time
    const start = await person.text('hi');
    expect(start.status).toBe(200);
    expect(start.messages.join('\n')).toContain('Are you happy to start?');
    await person.text('yes');
    await person.text('England');
    await person.text("I'm 40");
    const offer = await person.text('talk to a person');
    expect(offer.messages.join('\n')).toContain(words('humanOffer'));
    const yes = await person.text('yes');
    const caseId = CASE_ID.exec(yes.messages.join('\n'))?.[0];
    expect(caseId).toBeDefined();
    expect(yes.messages.join('\n')).toContain('passed your answers to an adviser');
    expect(e.twilio.sentTo(phone)).toEqual([]); // everything so far was in the webhook replies

    const view = await e.call('GET', `/api/agent/cases/${caseId}`, { token: alex });
    expect(view.status).toBe(200);
    expect(view.body.case).toMatchObject({ channel: 'sms', status: 'queued', asked: 'adviser', facts: { nation: 'england', age: 40 } });
    expect(view.body.case.transcript.filter((t: { from: string }) => t.from === 'person').map((t: { text: string }) => t.text))
      .toEqual(['yes', 'England', "I'm 40", 'talk to a person', 'yes']);
    // The agent never sees the number.
    expect(JSON.stringify(view.body)).not.toContain(phone.slice(3));

    // Claim: the person is texted that an adviser has joined, from our number, to theirs.
    expect((await e.call('POST', `/api/agent/cases/${caseId}/claim`, { token: alex, body: {} })).status).toBe(200);
    expect(e.twilio.sentTo(phone)).toEqual([words('handoffAccepted')]);
    const req = e.twilio.requests.find((r) => r.form.To === phone);
    expect(req).toMatchObject({
      method: 'POST', path: `/2010-04-01/Accounts/${TWILIO_SID}/Messages.json`,
      auth: `Basic ${Buffer.from(`${TWILIO_SID}:${TWILIO_TOKEN}`).toString('base64')}`,
      form: { From: OUR_NUMBER },
    });

    // The agent's message goes out as a text to that number only.
    const hello = 'Hello, this is Alex from Citizens Advice. When is a good time to talk?';
    expect((await e.call('POST', `/api/agent/cases/${caseId}/messages`, { token: alex, body: { text: hello } })).status).toBe(201);
    expect(e.twilio.sentTo(phone)).toEqual([words('handoffAccepted'), words('adviserSays', { text: hello })]);
    expect(e.twilio.sentTo(other)).toEqual([]);

    // The person's text reaches the case; the webhook answers with nothing from the bot.
    const answer = await person.text('Any time after 2pm today please');
    expect(answer.status).toBe(200);
    expect(answer.messages).toEqual([]);
    const c = (await e.call('GET', `/api/agent/cases/${caseId}`, { token: alex })).body.case;
    expect(c.messages.map((m: { from: string; text: string }) => [m.from, m.text])).toEqual([['agent', hello], ['person', 'Any time after 2pm today please']]);

    // Closed: the person is texted, and the bot answers their next text again.
    expect((await e.call('POST', `/api/agent/cases/${caseId}/close`, { token: alex, body: { note: 'Phoned at 2pm.' } })).status).toBe(200);
    expect(e.twilio.sentTo(phone).at(-1)).toBe(words('handoffCompleted'));
    const back = await person.text('no');
    expect(back.messages.join('\n').length).toBeGreaterThan(0);
    expect(e.twilio.sentTo(phone)).toHaveLength(3);
  }, 60_000);

  redis.it('two agents claim the same case at once, 30 times: exactly one 200 and one 409 each time, and the person is told once', async () => {
    const outcomes: string[] = [];
    for (let i = 0; i < 30; i++) {
      const person = await e.webchat();
      const caseId = await askForAPerson(person);
      await person.unseen();
      const order = i % 2 === 0 ? [[ALEX.id, alex], [SAM.id, sam]] : [[SAM.id, sam], [ALEX.id, alex]];
      const results = await Promise.all(order.map(([, token]) => e.call('POST', `/api/agent/cases/${caseId}/claim`, { token, body: {} })));
      const codes = results.map((r) => r.status);
      outcomes.push([...codes].sort().join(','));
      const winner = results.findIndex((r) => r.status === 200);
      const loser = results.find((r) => r.status === 409);
      expect(loser?.body.code).toBe('SP_CASE_ALREADY_CLAIMED');
      const stored = await e.cases.get(caseId);
      expect(stored).toMatchObject({ status: 'claimed', agentId: order[winner]?.[0] });
      expect(stored?.audit.filter((a) => a.action === 'claimed')).toHaveLength(1);
      expect(statuses(await person.unseen())).toEqual(['accepted']);
    }
    expect(outcomes).toEqual(Array(30).fill('200,409'));
  }, 120_000);

  redis.it('auth: no token 401, a web chat token 401, another agent acting on a held case 403; nothing changes', async () => {
    const person = await e.webchat();
    const caseId = await askForAPerson(person);
    const routes: [string, string, unknown?][] = [
      ['GET', '/api/agent/cases'], ['GET', `/api/agent/cases/${caseId}`], ['POST', `/api/agent/cases/${caseId}/claim`, {}],
      ['POST', `/api/agent/cases/${caseId}/messages`, { text: 'hi' }], ['POST', `/api/agent/cases/${caseId}/release`, {}],
      ['POST', `/api/agent/cases/${caseId}/close`, { note: 'x' }], ['GET', '/api/agent/me'],
    ];
    for (const [method, path, body] of routes) {
      const none = await e.call(method, path, { body });
      expect([path, none.status, none.body?.code]).toEqual([path, 401, 'SP_AGENT_UNAUTHORIZED']);
      // The person's own web chat token, issued by this service.
      const webchat = await e.call(method, path, { body, token: person.token });
      expect([path, webchat.status, webchat.body?.code]).toEqual([path, 401, 'SP_AGENT_UNAUTHORIZED']);
    }
    expect((await e.call('GET', `/api/agent/events?token=${encodeURIComponent(person.token)}`)).status).toBe(401);
    expect((await e.call('GET', '/api/agent/cases', { authorization: `Basic ${Buffer.from(`${ALEX.id}:${ALEX.password}`).toString('base64')}` })).status).toBe(401);
    expect(await e.cases.get(caseId)).toMatchObject({ status: 'queued', messages: [] });

    expect((await e.call('POST', `/api/agent/cases/${caseId}/claim`, { token: alex, body: {} })).status).toBe(200);
    for (const [path, body] of [['messages', { text: 'I am not the one holding this' }], ['release', {}], ['close', { note: 'Not mine to close' }]] as const) {
      const r = await e.call('POST', `/api/agent/cases/${caseId}/${path}`, { token: sam, body });
      expect([path, r.status, r.body.code]).toEqual([path, 403, 'SP_CASE_HELD_BY_OTHER']);
    }
    const again = await e.call('POST', `/api/agent/cases/${caseId}/claim`, { token: sam, body: {} });
    expect([again.status, again.body.code]).toEqual([409, 'SP_CASE_ALREADY_CLAIMED']);
    // Any agent may still read it.
    expect((await e.call('GET', `/api/agent/cases/${caseId}`, { token: sam })).status).toBe(200);
    expect(await e.cases.get(caseId)).toMatchObject({ status: 'claimed', agentId: ALEX.id, messages: [] });
    expect(statuses(await person.unseen())).toEqual(['accepted']);
  }, 60_000);
  redis.it('while the case waits, what the person and the bot say is added to the case transcript', async () => {
    const person = await e.webchat();
    await person.say('yes');
    const caseId = await askForAPerson(person);
    const before = (await e.cases.get(caseId))?.transcript.length ?? 0;
    await person.say('England');
    const c = await e.cases.get(caseId);
    expect(c?.transcript.length).toBeGreaterThan(before + 1);
    expect(c?.transcript.some((t) => t.from === 'person' && t.text === 'England')).toBe(true);
  });

  redis.it('with an adviser: a crisis message still gets helplines at once (and reaches the adviser); "delete my data" still deletes', async () => {
    const person = await e.webchat();
    await person.say('yes');
    const caseId = await askForAPerson(person);
    expect((await e.call('POST', `/api/agent/cases/${caseId}/claim`, { token: alex })).status).toBe(200);
    const crisis = await person.say('I want to end it all');
    expect(crisis.some((a) => a.channelData?.triage?.safeguarding?.helplines?.length > 0)).toBe(true);
    const c = await e.cases.get(caseId);
    expect(c?.messages.some((m) => m.from === 'person' && m.text === 'I want to end it all')).toBe(true);
    const deleted = await person.say('delete my data');
    expect(deleted.map((a) => a.text).join(' ')).toContain('deleted');
    // The case goes too: nothing of it stays in the store or the queue.
    expect(await e.cases.get(caseId)).toBeUndefined();
    expect((await e.cases.listQueue()).some((q) => q.id === caseId)).toBe(false);
  });

});

describe('nobody free: the no-agent message, a call-back, and the bot carries on (HANDOFF_WAIT_SECONDS=1)', () => {
  let e: E2E;
  beforeAll(async () => {
    if (!redis.available) return;
    e = await startE2E({ redis, agents, waitSeconds: 1 });
  });
  afterAll(async () => {
    if (e) expectNoErrors(e);
    await e?.close();
  });

  redis.it('tells the person with helplines for their reasons and offers a call-back; "07700 900123 tomorrow morning" is recorded; the bot still answers', async () => {
    const person = await e.webchat();
    const driven = await driveTo(checked(person.conversation()), 'wants_adviser', { bereaved: 'yes' }, { start: false, replies: person.greeting });
    expect(outcomeIn(driven.replies as BotActivity[]).escalation.reasons).toContain('bereavement');
    const handoff = handoffIn(await person.say('yes'));
    const caseId = handoff!.caseId;
    expect(handoff).toEqual({ caseId: expect.stringMatching(CASE_ID), status: 'queued' });
    const watch = e.built.handoff!.watch;

    // The watch is checked by hand (no timers) once the wait is over.
    const created = Date.parse((await e.cases.get(caseId))!.queuedAt);
    await sleep(Math.max(0, created + 1100 - Date.now()));
    expect(await watch.checkOnce()).toBe(1);
    expect(await watch.checkOnce()).toBe(0); // told once only

    const told = bots(await person.unseen());
    expect(told).toHaveLength(1);
    const text = told[0]!.text ?? '';
    expect(text.startsWith(words('noAgentWaited'))).toBe(true);
    const lines = (await import('../../src/content/botContent')).botContent('en').helplinesByReason as Record<string, string>;
    expect(text).toContain(lines.bereavement);
    expect(text).toContain(lines.default);
    expect(text.endsWith(words('callbackAsk'))).toBe(true);
    const marked = await e.cases.get(caseId);
    expect(marked).toMatchObject({ status: 'queued', noAgent: { reason: 'waited' } });

    // The call-back details.
    const saved = await person.say('07700 900123 tomorrow morning');
    expect(bots(saved).map((a) => a.text)).toEqual([words('callbackSaved', { caseId })]);
    const withCallback = await e.cases.get(caseId);
    expect(withCallback?.callback).toMatchObject({ number: '07700900123', time: 'tomorrow morning' });
    expect(withCallback?.asked).toBe('callback');
    const row = (await e.call('GET', '/api/agent/cases', { token: await e.login(ALEX.id, ALEX.password) })).body.cases.find((x: { id: string }) => x.id === caseId);
    expect(row).toMatchObject({ hasCallback: true, asked: 'callback', noAgent: { reason: 'waited' } });

    // The bot answers the next message as usual; the call-back stays as given.
    const next = await person.say('thanks');
    expect(bots(next).map((a) => a.text)).toEqual([words('outcomeDone')]);
    const more = await person.say('show more');
    expect(bots(more).length).toBeGreaterThan(0);
    expect((await e.cases.get(caseId))?.callback?.number).toBe('07700900123');

    // An agent phones and closes the queued case without claiming it; the person is told.
    const alex = await e.login(ALEX.id, ALEX.password);
    expect((await e.call('POST', `/api/agent/cases/${caseId}/close`, { token: alex, body: { note: 'Called back; helped with Bereavement Support Payment.' } })).status).toBe(200);
    expect(statuses(await person.unseen())).toEqual(['completed']);
  }, 60_000);
});

describe('handoff.initiate goes to the connector, never to a channel', () => {
  let e: E2E;
  const connector = new RecordingConnector();
  beforeAll(async () => {
    if (!redis.available) return;
    e = await startE2E({ redis, agents, connector });
  });
  afterAll(async () => {
    if (e) expectNoErrors(e);
    await e?.close();
  });

  redis.it('one handoff.initiate event with the transcript per request; web chat, Bot Framework and SMS replies carry none', async () => {
    // Web chat.
    const person = await e.webchat();
    await person.say('yes');
    await person.say('England');
    await person.say('talk to a person');
    const caseId = handoffIn(await person.say('yes'))?.caseId;
    expect(caseId).toMatch(CASE_ID);
    expect(connector.events).toHaveLength(1);
    const event = connector.events[0];
    expect(event).toMatchObject({
      type: 'event', name: 'handoff.initiate', channelId: 'webchat',
      conversation: { id: person.conversationId },
      value: { caseId, level: 'request', facts: { nation: 'england' } },
    });
    expect(event.attachments).toHaveLength(1);
    expect(event.attachments[0]).toMatchObject({ name: 'Transcript', contentType: 'application/json' });
    const stored = await e.cases.get(caseId!);
    const transcript = event.attachments[0].content.activities as { type: string; text: string; from: { role: string } }[];
    expect(transcript.map((a) => [a.from.role === 'user' ? 'person' : 'bot', a.text])).toEqual(stored!.transcript.map((t) => [t.from, t.text]));
    expect(transcript.filter((a) => a.from.role === 'user').map((a) => a.text)).toEqual(['yes', 'England', 'talk to a person', 'yes']);
    const log = await person.log();
    expect(log.filter((a) => a.type !== 'message' || a.name === 'handoff.initiate')).toEqual([]);

    // A Bot Framework channel (replies in the response body).
    const id = `conv-${randomUUID()}`;
    const post = async (text: string) => {
      const res = await fetch(`${e.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: 'message', text, channelId: 'test', serviceUrl: 'http://127.0.0.1:1', conversation: { id }, from: { id: `user-${id}` },
          recipient: { id: 'signpost' }, id: randomUUID(), timestamp: new Date().toISOString(), deliveryMode: 'expectReplies',
        }),
      });
      expect(res.status).toBe(200);
      return ((await res.json()) as { activities: BotActivity[] & { name?: string }[] }).activities;
    };
    const replies = [...(await post('talk to a person')), ...(await post('yes'))];
    expect(handoffIn(replies as BotActivity[])?.status).toBe('queued');
    expect(replies.filter((a) => a.type !== 'message' || (a as { name?: string }).name === 'handoff.initiate')).toEqual([]);
    expect(connector.events).toHaveLength(2);
    expect(connector.events[1]).toMatchObject({ type: 'event', name: 'handoff.initiate', channelId: 'test', conversation: { id } });

    // SMS: the webhook answers in text; nothing goes out through the REST API.
    const phone = newPhone();
    const sms = e.sms(phone);
    await sms.text('hi');
    await sms.text('talk to a person');
    const yes = await sms.text('yes');
    expect(yes.messages.join('\n')).toMatch(CASE_ID);
    expect(yes.messages.join('\n')).not.toContain('handoff.initiate');
    expect(e.twilio.sentTo(phone)).toEqual([]);
    expect(connector.events).toHaveLength(3);
    expect(connector.events[2]).toMatchObject({ type: 'event', name: 'handoff.initiate', channelId: 'sms' });
    // The event holds the conversation reference for the platform, never the phone number.
    expect(JSON.stringify(connector.events[2])).not.toContain(phone.slice(3));

    // Asking again while the case is open updates the same case and sends one more event, still not to the person.
    await person.say('talk to a person');
    const again = await person.say('yes');
    expect(handoffIn(again)?.caseId).toBe(caseId);
    expect(connector.events).toHaveLength(4);
    expect((await person.log()).filter((a) => a.type !== 'message')).toEqual([]);
    await eventually('the case is still one', async () => (await e.cases.listQueue()).filter((c) => c.id === caseId).length === 1);
  }, 60_000);
});
