/**
 * Safety over HTTP: a message that shows a risk to someone's safety gets `triage.safeguarding`
 * with helplines, the benefit questions stop until the person says "carry on", and ordinary money
 * worries do not trigger it. Every turn is checked with `expectProtocol`.
 */
import { askIn, outcomeIn, startTestBot, type BotActivity, type TestBot, type TestConversation } from '../support/botClient';
import { checked, driveTo, saysContent, storedConversation, storedFacts, type Answers } from '../support/protocol';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(async () => {
  await bot.close();
});

const talk = (): TestConversation => checked(bot.conversation());
const safeguardingIn = (replies: BotActivity[]): { category: string; helplines: { id: string }[] } | undefined =>
  replies.map((r) => r.channelData?.triage?.safeguarding).find(Boolean);
const helplineIds = (replies: BotActivity[]): string[] => (safeguardingIn(replies)?.helplines ?? []).map((h) => h.id);

type Stage = 'before consent' | 'mid-questions' | 'at the outcome';
const STAGES: Stage[] = ['before consent', 'mid-questions', 'at the outcome'];

/** Gets to a stage; returns the fact pending there (none at the outcome). */
async function goTo(conv: TestConversation, stage: Stage, answers: Answers = {}): Promise<string | undefined> {
  if (stage === 'before consent') { await driveTo(conv, 'consent'); return 'consent'; }
  if (stage === 'mid-questions') { await driveTo(conv, 'has_partner', answers); return 'has_partner'; }
  await driveTo(conv, 'outcome', answers);
  return undefined;
}

/** No benefit question and no outcome: only the pause words or the adviser offer. */
function expectPaused(replies: BotActivity[]): void {
  const ask = askIn(replies);
  if (ask) expect(ask.fact).toBe('wants_adviser');
  expect(outcomeIn(replies)).toBeUndefined();
  expect(saysContent(replies, 'safetyNext') || ask?.fact === 'wants_adviser').toBe(true);
}

const CRISES: [message: string, category: string][] = [
  ['I want to end it all', 'suicide-self-harm'],
  ['everyone would be better off without me', 'suicide-self-harm'],
  ['my partner hits me', 'domestic-abuse'],
  ['nowhere to sleep tonight', 'homeless-tonight'],
  ['no food for the kids today', 'no-food-or-money'],
  ['someone is hurting my child', 'child-at-risk'],
];

describe('crisis messages: safeguarding, the questions stop, "carry on" resumes', () => {
  const rows = STAGES.flatMap((stage) => CRISES.map(([message, category]) => ({ stage, message, category })));

  it.each(rows)('$stage: "$message" → $category', async ({ stage, message, category }) => {
    const conv = talk();
    const pending = await goTo(conv, stage);
    const factsBefore = await storedFacts(bot, conv.id);

    const crisis = await conv.say(message);
    const safe = safeguardingIn(crisis);
    expect(safe?.category).toBe(category);
    expect(safe?.helplines.length).toBeGreaterThan(0);
    expect(saysContent(crisis, 'safetyNext')).toBe(true);
    expect(askIn(crisis)?.fact).toBe('wants_adviser'); // the adviser offer, not a benefit question
    expect((await storedConversation(bot, conv.id)).triage.safety?.category).toBe(category);

    // The next ordinary messages (an answer to the pending question) get no benefit question.
    const next = await conv.say('no');
    expectPaused(next);
    const again = await conv.say('no');
    expectPaused(again);
    expect(await storedFacts(bot, conv.id)).toEqual(factsBefore);

    // "carry on" resumes where it was.
    const resumed = await conv.say('carry on');
    expect(saysContent(resumed, 'safetyResume')).toBe(true);
    if (pending) expect(askIn(resumed)?.fact).toBe(pending);
    else expect(outcomeIn(resumed)).toBeDefined();
    expect((await storedConversation(bot, conv.id)).triage.safety).toBeUndefined();
  });

  it.each(STAGES)('%s: after a crisis, "yes" to the adviser gives contact words and the questions stay paused', async (stage) => {
    const conv = talk();
    await goTo(conv, stage);
    await conv.say('I want to end it all');
    const yes = await conv.say('yes');
    expect(saysContent(yes, 'humanYes')).toBe(true);
    expectPaused(yes);
    expectPaused(await conv.say('I am 40'));
  });

  it('mid-questions: after "carry on", the pending question can be answered and the triage goes on', async () => {
    const conv = talk();
    await goTo(conv, 'mid-questions');
    await conv.say('my partner hits me');
    await conv.say('carry on');
    const next = await conv.say('no');
    expect(askIn(next)?.fact).not.toBe('has_partner');
    expect((await storedFacts(bot, conv.id)).has_partner).toBe(false);
  });

  it('a crisis as the very first message: helplines, then "carry on" gives the greeting and consent', async () => {
    const conv = talk();
    const crisis = await conv.say('I want to end it all');
    expect(safeguardingIn(crisis)?.category).toBe('suicide-self-harm');
    const resumed = await conv.say('carry on');
    expect(askIn(resumed)?.fact).toBe('consent');
  });

  it('before consent, nothing from the crisis message is kept', async () => {
    const conv = talk();
    await goTo(conv, 'before consent');
    await conv.say("I'm 40 and my partner hits me");
    const stored = await storedConversation(bot, conv.id);
    expect(stored.triage.facts).toEqual({});
    expect(stored.triage.transcript).toEqual([]);
  });
});

describe('helplines depend on where the person lives', () => {
  const LINES: [message: string, england: string, wales: string][] = [
    ['my partner hits me', 'national-domestic-abuse-helpline', 'live-fear-free'],
    ['nowhere to sleep tonight', 'shelter-england', 'shelter-cymru'],
    ['no food for the kids today', 'crisis-and-resilience-fund', 'discretionary-assistance-fund'],
  ];

  it.each(LINES)('"%s": England gives %s, Wales gives %s', async (message, england, wales) => {
    const inEngland = talk();
    await goTo(inEngland, 'mid-questions', { nation: 'England' });
    const e = helplineIds(await inEngland.say(message));
    const inWales = talk();
    await goTo(inWales, 'mid-questions', { nation: 'Wales' });
    const w = helplineIds(await inWales.say(message));

    expect(e).toContain(england);
    expect(e).not.toContain(wales);
    expect(w).toContain(wales);
    expect(w).not.toContain(england);
    expect(e).not.toEqual(w);
  });

  it.each(LINES)('"%s" before the nation is known gives both England\'s and Wales\'s lines', async (message, england, wales) => {
    const conv = talk();
    await goTo(conv, 'before consent');
    const ids = helplineIds(await conv.say(message));
    expect(ids).toEqual(expect.arrayContaining([england, wales]));
  });
});

describe('ordinary money worries do not trigger safeguarding', () => {
  const WORRIES = [
    "I'm worried about money",
    'struggling to pay the rent',
    'bills are killing me',
    'my mum died last year',
    "I'm broke until payday",
    'I want to stop smoking',
  ];
  const rows = STAGES.flatMap((stage) => WORRIES.map((message) => ({ stage, message })));

  it.each(rows)('$stage: "$message"', async ({ stage, message }) => {
    const conv = talk();
    const pending = await goTo(conv, stage);
    const replies = await conv.say(message);
    expect(safeguardingIn(replies)).toBeUndefined();
    expect(saysContent(replies, 'safetyNext')).toBe(false);
    expect((await storedConversation(bot, conv.id)).triage.safety).toBeUndefined();
    // the questions go on: the pending question is asked again (or the next one, if it was answered)
    if (pending) expect(askIn(replies)?.fact).toBeDefined();
    if (pending) expect(askIn(replies)?.fact).not.toBe('wants_adviser');
  });
});
