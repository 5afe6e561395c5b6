/**
 * What the citizen bot does with each kind of activity on `/api/messages` (expectReplies): a member
 * joining is greeted, a message runs the triage, a contact centre's `handoff.status` event is passed
 * on to the person, and everything else is accepted and ignored, storing nothing. An `invoke` nobody
 * answers gets 501, as botbuilder gives.
 */
import { randomUUID } from 'node:crypto';
import { askIn, startTestBot, type BotActivity, type TestBot } from '../support/botClient';

let bot: TestBot;
beforeAll(async () => { bot = await startTestBot(); });
afterAll(async () => { await bot.close(); });

async function send(conversationId: string, extra: Record<string, unknown>): Promise<{ status: number; replies: BotActivity[] }> {
  const res = await bot.post({
    channelId: 'test', serviceUrl: 'http://127.0.0.1:1', conversation: { id: conversationId }, from: { id: `user-${conversationId}` },
    recipient: { id: 'signpost' }, id: randomUUID(), timestamp: new Date().toISOString(), deliveryMode: 'expectReplies', ...extra,
  });
  const replies = ((res.body?.activities ?? []) as BotActivity[]).filter((a) => a.type === 'message');
  return { status: res.status, replies };
}

const stateOf = async (conversationId: string) => (await bot.storage.read([`test/conversations/${conversationId}/`]))[`test/conversations/${conversationId}/`];

describe('activities the bot answers', () => {
  it('greets a person who joins, asking for consent', async () => {
    const id = `c-${randomUUID()}`;
    const { status, replies } = await send(id, { type: 'conversationUpdate', membersAdded: [{ id: `user-${id}` }, { id: 'signpost' }] });
    expect(status).toBe(200);
    expect(askIn(replies)?.fact).toBe('consent');
  });

  it('does not greet when only the bot joins', async () => {
    const id = `c-${randomUUID()}`;
    const { status, replies } = await send(id, { type: 'conversationUpdate', membersAdded: [{ id: 'signpost' }] });
    expect(status).toBe(200);
    expect(replies).toEqual([]);
  });

  it('runs the triage for a message, and saves its state', async () => {
    const id = `c-${randomUUID()}`;
    const { status, replies } = await send(id, { type: 'message', text: 'hello' });
    expect(status).toBe(200);
    expect(askIn(replies)?.fact).toBe('consent');
    expect(await stateOf(id)).toBeDefined();
  });

  const STATUSES: [state: string, content: string][] = [['accepted', 'handoffAccepted'], ['completed', 'handoffCompleted'], ['failed', 'handoffFailed']];
  for (const [state] of STATUSES) {
    it(`passes a contact centre's handoff.status "${state}" to the person, with triage.handoff`, async () => {
      const id = `c-${randomUUID()}`;
      const { status, replies } = await send(id, { type: 'event', name: 'handoff.status', value: { state, caseId: 'case-1' } });
      expect(status).toBe(200);
      expect(replies).toHaveLength(1);
      expect(replies[0]!.channelData?.triage?.handoff).toEqual({ caseId: 'case-1', status: state });
      expect(typeof replies[0]!.text).toBe('string');
      expect(await stateOf(id)).toBeUndefined();
    });
  }
});

describe('activities the bot ignores, storing nothing', () => {
  const IGNORED: [what: string, activity: Record<string, unknown>][] = [
    ['typing', { type: 'typing' }],
    ['a reaction', { type: 'messageReaction', reactionsAdded: [{ type: 'like' }] }],
    ['end of conversation', { type: 'endOfConversation' }],
    ['a handoff.status with an unknown state', { type: 'event', name: 'handoff.status', value: { state: 'teleported' } }],
    ['another event', { type: 'event', name: 'webchat/join' }],
    ['a member leaving', { type: 'conversationUpdate', membersRemoved: [{ id: 'someone' }] }],
  ];
  for (const [what, activity] of IGNORED) {
    it(what, async () => {
      const id = `c-${randomUUID()}`;
      const { status, replies } = await send(id, activity);
      expect(status).toBe(200);
      expect(replies).toEqual([]);
      expect(await stateOf(id)).toBeUndefined();
    });
  }

  it('an invoke nobody answers: 501 (outside expectReplies, whose answer is the reply list)', async () => {
    const id = `c-${randomUUID()}`;
    expect((await send(id, { type: 'invoke', name: 'some/unknown', deliveryMode: undefined })).status).toBe(501);
    expect(await stateOf(id)).toBeUndefined();
  });
});
