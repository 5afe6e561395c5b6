/** Save and resume: a code from one conversation carries its answers into another, once. */
import { askIn, startTestBot, type TestBot } from '../support/botClient';

let bot: TestBot;
beforeAll(async () => { bot = await startTestBot(); });
afterAll(async () => { await bot.close(); });

async function savedConversation(): Promise<string> {
  const a = bot.conversation();
  await a.say('hi');
  await a.say("yes, I'm 74 and live in Wales");
  const saved = await a.say('save');
  const code = (saved.find((r) => (r.channelData as any)?.resume)?.channelData as any)?.resume?.code as string;
  expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  expect(askIn(saved)?.fact).toBe('has_partner');
  return code;
}

describe('save and resume', () => {
  it('carries the answers into a new conversation and asks the next question', async () => {
    const code = await savedConversation();
    const b = bot.conversation();
    await b.say('hello');
    const resumed = await b.say(code.toLowerCase().replace('-', ' '));
    expect(askIn(resumed)?.fact).toBe('has_partner');
    expect(resumed.map((r) => r.text).join(' ')).toContain('Welcome back');
  });

  it('works as "resume CODE" before consent, and only once', async () => {
    const code = await savedConversation();
    const b = bot.conversation();
    expect(askIn(await b.say(`resume ${code}`))?.fact).toBe('has_partner');
    const c = bot.conversation();
    const again = await c.say(code);
    expect(again.map((r) => r.text).join(' ')).toContain('did not work');
    expect(askIn(again)?.fact).toBe('consent');
  });

  it('refuses to save before any answer', async () => {
    const a = bot.conversation();
    await a.say('hi');
    const r = await a.say('save');
    expect(r.some((x) => (x.channelData as any)?.resume)).toBe(false);
  });

  it('does not mistake an ordinary answer for a code', async () => {
    const a = bot.conversation();
    await a.say('hi');
    await a.say('yes');
    const r = await a.say('head chef');
    expect(r.map((x) => x.text).join(' ')).not.toContain('did not work');
  });
});
