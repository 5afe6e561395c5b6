/** The one /api/messages serves both bots: msteams activities reach the Teams assistant, others the citizen bot. */
import { startTestBot, type TestBot } from '../support/botClient';

let bot: TestBot;
beforeAll(async () => { bot = await startTestBot(); });
afterAll(async () => { await bot.close(); });

describe('routing by channel', () => {
  it('answers a Teams look-up with an Adaptive Card', async () => {
    const replies = await bot.conversation('msteams').say('what is Pension Credit');
    const card = replies.flatMap((r) => (r.attachments as { contentType: string }[] | undefined) ?? [])
      .find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive');
    expect(card).toBeDefined();
  });
  it('greets a citizen on another channel', async () => {
    const replies = await bot.conversation('webchat-like').say('hi');
    expect(replies.some((r) => r.channelData?.triage?.ask?.fact === 'consent')).toBe(true);
  });
});
