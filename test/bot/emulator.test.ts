/**
 * The Emulator protocol: an `emulator` channel posts activities without expectReplies, and the bot
 * replies by calling the channel's own connector routes at `serviceUrl` (here a loopback stand-in),
 * with no app id or password.
 */
import { randomUUID } from 'node:crypto';
import { startTestBot, type TestBot } from '../support/botClient';
import { FakeConnector } from '../teams/fakeConnector';

let bot: TestBot;
const connector = new FakeConnector();
beforeAll(async () => { await connector.start(); bot = await startTestBot(); });
afterAll(async () => { await bot.close(); await connector.stop(); });

async function post(conversationId: string, activity: Record<string, unknown>): Promise<number> {
  const res = await bot.post({
    channelId: 'emulator', serviceUrl: connector.url, conversation: { id: conversationId }, from: { id: 'user-1', name: 'User' },
    recipient: { id: 'bot-1', name: 'Signpost' }, id: randomUUID(), timestamp: new Date().toISOString(), locale: 'en-GB', ...activity,
  });
  return res.status;
}

describe('Bot Framework Emulator protocol', () => {
  it('greets on conversationUpdate and answers messages through the connector at serviceUrl', async () => {
    const id = `emu-${randomUUID()}`;
    expect(await post(id, { type: 'conversationUpdate', membersAdded: [{ id: 'user-1' }, { id: 'bot-1' }] })).toBeLessThan(300);
    const greeting = connector.posts(id).map((c) => c.activity);
    expect(greeting.some((a) => a.channelData?.triage?.ask?.fact === 'consent')).toBe(true);
    expect(await post(id, { type: 'message', text: 'yes' })).toBeLessThan(300);
    const after = connector.posts(id).map((c) => c.activity);
    expect(after.some((a) => a.channelData?.triage?.ask?.fact === 'nation')).toBe(true);
    expect(connector.unexpected).toEqual([]);
  });
});
