/**
 * The engine memo the bot keeps in memory between a conversation's turns holds facts: it exists
 * while the triage runs, and "delete my data", "start again" and saying no to consent remove it.
 */
import { askIn, startTestBot, type TestBot } from '../support/botClient';
import { testEngine, TODAY } from '../support/knowledge';
import { storedFacts } from '../support/protocol';

let bot: TestBot;
beforeAll(async () => { bot = await startTestBot(); });
afterAll(async () => { await bot.close(); });

async function midTriage() {
  const c = bot.conversation();
  await c.say('hi');
  const r = await c.say("yes, I'm 74 and live in Wales");
  expect(askIn(r)?.fact).toBe('has_partner');
  expect(bot.engineMemos.get(`test/${c.id}`)).toBeDefined();
  return c;
}

describe('the in-memory engine memo of a conversation', () => {
  test('"delete my data" removes it', async () => {
    const c = await midTriage();
    await c.say('delete my data');
    expect(bot.engineMemos.get(`test/${c.id}`)).toBeUndefined();
  });

  test('"start again" leaves none of the earlier facts in it', async () => {
    const c = await midTriage();
    await c.say('start again');
    expect(bot.engineMemos.get(`test/${c.id}`)?.facts ?? {}).toEqual({});
  });

  test('a new answer replaces it, and the next question is the same as without it', async () => {
    const c = await midTriage();
    const before = bot.engineMemos.get(`test/${c.id}`);
    const r = await c.say('no');
    const facts = await storedFacts(bot, c.id);
    expect(facts.has_partner).toBe(false);
    expect(askIn(r)?.fact).toBe(testEngine().step(facts, TODAY).next?.fact);
    expect(bot.engineMemos.get(`test/${c.id}`)).not.toBe(before);
  });
});
