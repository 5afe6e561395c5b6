/**
 * Transcript tests over HTTP (`POST /api/messages` with `expectReplies`), organised by question.
 * They assert on the protocol (`channelData.triage`) and on content ids (bot.json, questions.json),
 * not on exact prose. Every turn of every test is checked with `expectProtocol` (via `checked`), and
 * the test client fails any turn that does not return 200.
 */
import { askIn, outcomeIn, startTestBot, type BotActivity, type TestBot, type TestConversation } from '../support/botClient';
import {
  checked, driveTo, finish, questionCopy, saysContent, storedConversation, storedFacts, textOf, words, WORDS,
  type Answers,
} from '../support/protocol';

let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot();
});
afterAll(async () => {
  await bot.close();
});

const talk = (): TestConversation => checked(bot.conversation());
const askedFact = (replies: BotActivity[]): string | undefined => askIn(replies)?.fact;

/** The same fact asked again, with the not-understood words and the question's help text. */
function expectAskedAgainWithHelp(replies: BotActivity[], fact: string): void {
  expect(askedFact(replies)).toBe(fact);
  const ask = replies.find((r) => r.channelData?.triage?.ask);
  expect(ask?.text).toContain(words('notUnderstood'));
  expect(ask?.text).toContain(questionCopy(fact).help);
  expect(outcomeIn(replies)).toBeUndefined();
}

// ---------------------------------------------------------------------------------------------
// Questions: replies that are understood, and replies that are not
// ---------------------------------------------------------------------------------------------

interface QuestionCase {
  fact: string;
  /** Answers (in people's words) that lead to this question being asked. */
  profile: Answers;
  /** Replies that are understood, and the value stored in canonical units. */
  understood: [reply: string, stored: unknown][];
  /** Replies that are not understood: the same question again, with help, and nothing stored. */
  notUnderstood: string[];
}

const QUESTIONS: QuestionCase[] = [
  {
    fact: 'nation',
    profile: {},
    understood: [['England', 'england'], ['2', 'wales'], ['I live in Wales', 'wales'], ['Cymru', 'wales'], ['england.', 'england']],
    notUnderstood: ['France', 'the moon', 'banana'],
  },
  {
    fact: 'age',
    profile: {},
    understood: [['sixty seven', 67], ["I'm 67", 67], ['40', 40], ['67 years old', 67], ['forty', 40]],
    notUnderstood: ['old', '200', 'abc', '-5'],
  },
  {
    fact: 'date_of_birth',
    profile: { age: "I'm 66" },
    understood: [['14 March 1960', '1960-03-14'], ['14/03/1960', '1960-03-14'], ['1st of May 1960', '1960-05-01']],
    notUnderstood: ['last year', 'banana', '1 January 2030'],
  },
  {
    fact: 'has_partner',
    profile: {},
    understood: [['yeah', true], ['nope', false], ["no I don't", false], ['yes I do', true]],
    notUnderstood: ['maybe', 'purple', 'sometimes'],
  },
  {
    fact: 'partner_age',
    profile: { has_partner: 'yes' },
    understood: [['sixty six', 66], ["she's 38", 38], ['38', 38]],
    notUnderstood: ['dunno', 'old'],
  },
  {
    fact: 'children_count',
    profile: {},
    understood: [['2', 2], ['two', 2], ['none', 0], ['one child', 1]],
    notUnderstood: ['lots', 'banana'],
  },
  {
    fact: 'children_ages',
    profile: { children_count: '2' },
    understood: [['3 and 7', [3, 7]], ['three and seven', [3, 7]], ['3, 7', [3, 7]]],
    notUnderstood: ['young', 'babies'],
  },
  {
    fact: 'employment',
    profile: {},
    // a choice's title, its number in the list, and paraphrases
    understood: [['Working for an employer', 'employed'], ['2', 'self-employed'], ['I work for myself', 'self-employed'], ['unemployed', 'not-working']],
    notUnderstood: ['banana', 'a job'],
  },
  {
    fact: 'income',
    profile: {},
    // income is weekly in canonical units: £800 a month is 184.62 a week
    understood: [['£800 a month', 184.62], ['£180 a week', 180], ['about 800 a month', 184.62], ['nothing', 0]],
    notUnderstood: ['a fair bit', 'banana'],
  },
  {
    fact: 'savings',
    profile: {},
    understood: [['about 3k', 3000], ['nothing', 0], ['£3,000', 3000]],
    notUnderstood: ['some', 'banana'],
  },
  {
    fact: 'housing',
    profile: {},
    understood: [['council house', 'rent-social'], ['1', 'rent-private'], ['I own my home with no mortgage', 'own-outright'], ['with my mum', 'living-with-family']],
    notUnderstood: ['banana', 'a boat'],
  },
  {
    fact: 'health_condition',
    profile: {},
    understood: [['yes', true], ['nope', false], ['yeah I do', true]],
    notUnderstood: ['banana', 'sometimes'],
  },
  {
    fact: 'caring_hours',
    profile: {},
    understood: [['35', 35], ['none', 0], ['about 20 hours', 20]],
    notUnderstood: ['lots', 'banana'],
  },
  {
    fact: 'receiving',
    // Income too high for Universal Credit on its own figures, so whether they already get it matters.
    profile: { income: '£600 a week' },
    understood: [['nothing', []], ['Universal Credit and PIP', ['universal-credit', 'pip']], ['Child Benefit', ['child-benefit']], ['1', ['universal-credit']]],
    notUnderstood: ['banana', 'stuff'],
  },
  {
    fact: 'immigration_status',
    profile: {},
    understood: [['British', 'british-irish'], ['2', 'settled'], ['I have settled status', 'settled'], ['not sure', 'unsure']],
    notUnderstood: ['banana', '9'],
  },
];

describe('consent', () => {
  it('a new conversation is greeted and asked for consent; nothing is stored before consent', async () => {
    const conv = talk();
    const replies = await conv.say('hi');
    expect(textOf(replies)).toContain(WORDS.greeting[0]);
    expect(askedFact(replies)).toBe('consent');
    expect(await storedFacts(bot, conv.id)).toEqual({});
  });

  it('joining (conversationUpdate) greets without waiting for the person', async () => {
    const conv = talk();
    const replies = await conv.join();
    expect(textOf(replies)).toContain(WORDS.greeting[0]);
    expect(askedFact(replies)).toBe('consent');
  });

  it.each(['yes', 'yeah', 'ok', 'sure', 'yes please'])('%j starts the questions', async (reply) => {
    const conv = talk();
    await driveTo(conv, 'consent');
    const replies = await conv.say(reply);
    expect(saysContent(replies, 'opening')).toBe(true);
    expect(askedFact(replies)).toBe('nation');
    expect((await storedConversation(bot, conv.id)).triage.consent).toBe(true);
  });

  it('"yes, I\'m 67 and live in Wales" starts and keeps the facts in it (tell us once)', async () => {
    const conv = talk();
    await driveTo(conv, 'consent');
    const replies = await conv.say("yes, I'm 67 and live in Wales");
    expect(saysContent(replies, 'thanksNoted')).toBe(true);
    expect(['nation', 'age']).not.toContain(askedFact(replies));
    expect(await storedFacts(bot, conv.id)).toMatchObject({ age: 67, nation: 'wales' });
    const { facts, asked } = await finish(conv, {}, replies);
    expect(facts).toMatchObject({ age: 67, nation: 'wales' });
    expect(asked).not.toContain('age');
    expect(asked).not.toContain('nation');
  });

  it.each(['no', 'nope', 'no thanks'])('%j declines: nothing kept, nothing asked', async (reply) => {
    const conv = talk();
    await driveTo(conv, 'consent');
    const replies = await conv.say(reply);
    expect(saysContent(replies, 'consentNo')).toBe(true);
    expect(askIn(replies)).toBeUndefined();
    const stored = await storedConversation(bot, conv.id);
    expect(stored?.triage?.consent).toBeUndefined();
    expect(stored?.triage?.facts ?? {}).toEqual({});
    expect(stored?.triage?.transcript ?? []).toEqual([]);
  });

  it.each(['purple', 'maybe', '42', 'go away'])('%j is not understood: consent asked again with help', async (reply) => {
    const conv = talk();
    await driveTo(conv, 'consent');
    const replies = await conv.say(reply);
    expectAskedAgainWithHelp(replies, 'consent');
    expect((await storedConversation(bot, conv.id)).triage.consent).toBeUndefined();
  });
});

describe.each(QUESTIONS)('$fact', ({ fact, profile, understood, notUnderstood }) => {
  it.each(understood)(`%j is understood: stored as %j, the questions move on, and ${fact} is never asked again`, async (reply, stored) => {
    const conv = talk();
    await driveTo(conv, fact, profile);
    const replies = await conv.say(reply);
    expect(askedFact(replies)).not.toBe(fact);
    expect(saysContent(replies, 'notUnderstood')).toBe(false);
    expect((await storedFacts(bot, conv.id))[fact]).toEqual(stored);
    const { facts, asked } = await finish(conv, profile, replies);
    expect(facts[fact]).toEqual(stored);
    expect(asked).not.toContain(fact);
  });

  it.each(notUnderstood)(`%j is not understood: ${fact} is asked again with help, nothing stored`, async (reply) => {
    const conv = talk();
    await driveTo(conv, fact, profile);
    const before = await storedFacts(bot, conv.id);
    const replies = await conv.say(reply);
    expectAskedAgainWithHelp(replies, fact);
    expect(await storedFacts(bot, conv.id)).toEqual(before);
  });

  it('after three replies that are not understood, it offers "skip" and still asks the same question', async () => {
    const conv = talk();
    await driveTo(conv, fact, profile);
    let replies: BotActivity[] = [];
    for (const reply of [...notUnderstood, ...notUnderstood, ...notUnderstood].slice(0, 3)) replies = await conv.say(reply);
    expect(saysContent(replies, 'tooManyTries')).toBe(true);
    expectAskedAgainWithHelp(replies, fact);
  });
});

describe('the outcome', () => {
  it('a whole triage in people\'s words gives signposts and every fact in canonical units', async () => {
    const conv = talk();
    const answers: Answers = {
      nation: 'england', age: 'sixty seven', has_partner: 'yeah', partner_age: 'sixty six', income: '£800 a month',
      savings: 'about 3k', housing: 'council house', health_condition: 'nope', caring_hours: 'none', receiving: 'nothing',
      immigration_status: 'British',
    };
    const { facts, outcome, asked, replies } = await finish(conv, answers);
    expect(facts).toEqual({
      nation: 'england', age: 67, has_partner: true, partner_age: 66, income: 184.62, savings: 3000,
      housing: 'rent-social', health_condition: false, caring_hours: 0, receiving: [], immigration_status: 'british-irish',
    });
    expect(new Set(asked).size).toBe(asked.length); // tell us once
    expect(outcome.signposts.length).toBeGreaterThan(0);
    expect(outcome.signposts.map((s: { benefit: string }) => s.benefit)).toEqual(expect.arrayContaining(['pension-credit-guarantee', 'housing-benefit']));
    for (const s of outcome.signposts) expect(s.because.length).toBeGreaterThan(0);
    expect(saysContent(replies, 'more')).toBe(true);
  });

  it('a working-age family: children, work and the facts in the outcome', async () => {
    const conv = talk();
    const { facts } = await finish(conv, {
      nation: 'Wales', age: '34', has_partner: 'yes', partner_age: '36', children_count: '2', children_ages: '3 and 7',
      employment: 'Working for an employer', income: '£300 a week', housing: '1',
    });
    expect(facts).toMatchObject({
      nation: 'wales', age: 34, has_partner: true, partner_age: 36, children_count: 2, children_ages: [3, 7],
      employment: 'employed', income: 300, housing: 'rent-private',
    });
  });

  it('an escalation comes with reasons, and the same turn offers an adviser', async () => {
    const conv = talk();
    const { outcome, replies } = await finish(conv, { immigration_status: 'not sure' });
    expect(outcome.escalation).toEqual({ level: expect.stringMatching(/^(urgent|adviser|offer)$/), reasons: expect.any(Array) });
    expect(outcome.escalation.reasons.length).toBeGreaterThan(0);
    expect(askedFact(replies)).toBe('wants_adviser');
    const yes = await conv.say('yes');
    expect(saysContent(yes, 'humanYes')).toBe(true);
  });

  it('a message after the outcome that is not a command gets the "that\'s everything" words, and no question', async () => {
    const conv = talk();
    await finish(conv);
    const replies = await conv.say('thanks');
    expect(saysContent(replies, 'outcomeDone')).toBe(true);
    expect(askIn(replies)).toBeUndefined();
  });

  it('after the outcome, a known fact said again does not change it; "actually ..." does, and the outcome is given again', async () => {
    const conv = talk();
    await finish(conv); // housing: private rent
    const same = await conv.say('I rent from the council');
    expect(saysContent(same, 'outcomeDone')).toBe(true);
    expect((await storedFacts(bot, conv.id)).housing).toBe('rent-private');
    const changed = await conv.say('actually I rent from the council');
    expect(saysContent(changed, 'changed')).toBe(true);
    expect(outcomeIn(changed)?.facts.housing).toBe('rent-social');
  });
});

// ---------------------------------------------------------------------------------------------
// Commands at each point: consent, mid-questions (nation and age answered, has_partner pending),
// and the outcome
// ---------------------------------------------------------------------------------------------

type Stage = 'consent' | 'mid' | 'outcome';
const STAGES: Stage[] = ['consent', 'mid', 'outcome'];

interface AtStage {
  conv: TestConversation;
  stage: Stage;
  /** The replies of the turns in `says`, in order. */
  turns: BotActivity[][];
}

async function goTo(conv: TestConversation, stage: Stage): Promise<void> {
  if (stage === 'consent') await driveTo(conv, 'consent');
  if (stage === 'mid') await driveTo(conv, 'has_partner', { age: "I'm 40" });
  if (stage === 'outcome') await driveTo(conv, 'outcome');
}

/** The pending question at each stage (none at the outcome). */
const PENDING: Record<Stage, string | undefined> = { consent: 'consent', mid: 'has_partner', outcome: undefined };

interface CommandCase {
  name: string;
  says: string[];
  stages: Stage[];
  check: (at: AtStage) => Promise<void>;
}

const COMMANDS: CommandCase[] = [
  {
    name: 'help: the help text, then the pending question again',
    says: ['help'],
    stages: STAGES,
    check: async ({ stage, turns: [r] }) => {
      expect(saysContent(r!, 'help')).toBe(true);
      expect(askedFact(r!)).toBe(PENDING[stage]);
    },
  },
  {
    name: 'back: the last answered fact is asked again (nothing to go back to before consent)',
    says: ['back'],
    stages: STAGES,
    check: async ({ conv, stage, turns: [r] }) => {
      if (stage === 'consent') {
        expect(saysContent(r!, 'backNothing')).toBe(true);
        expect(askedFact(r!)).toBe('consent');
        return;
      }
      const last = stage === 'mid' ? 'age' : 'immigration_status';
      expect(saysContent(r!, 'backDone')).toBe(true);
      expect(askedFact(r!)).toBe(last);
      expect((await storedFacts(bot, conv.id))[last]).toBeUndefined();
    },
  },
  {
    name: '"actually I\'m 66": age changes, and date_of_birth is asked (66 is near State Pension age)',
    says: ["actually I'm 66"],
    stages: STAGES,
    check: async ({ conv, stage, turns: [r] }) => {
      if (stage === 'consent') {
        // nothing to correct before consent: consent is asked again and nothing is kept
        expect(askedFact(r!)).toBe('consent');
        expect(await storedFacts(bot, conv.id)).toEqual({});
        return;
      }
      expect(saysContent(r!, 'changed')).toBe(true);
      expect(askedFact(r!)).toBe('date_of_birth');
      expect((await storedFacts(bot, conv.id)).age).toBe(66);
      const { facts } = await finish(conv, {}, r);
      expect(facts).toMatchObject({ age: 66, date_of_birth: '1960-03-14' });
    },
  },
  {
    name: 'start again: facts cleared',
    says: ['start again'],
    stages: STAGES,
    check: async ({ conv, stage, turns: [r] }) => {
      expect(saysContent(r!, 'restarted')).toBe(true);
      expect(await storedFacts(bot, conv.id)).toEqual({});
      expect(outcomeIn(r!)).toBeUndefined();
      // consent is kept: the questions start again from the first
      expect(askedFact(r!)).toBe(stage === 'consent' ? 'consent' : 'nation');
    },
  },
  {
    name: 'talk to a person → yes: the adviser\'s contact words',
    says: ['talk to a person', 'yes'],
    stages: STAGES,
    check: async ({ conv, turns: [offer, yes] }) => {
      expect(askedFact(offer!)).toBe('wants_adviser');
      expect(saysContent(offer!, 'humanOffer')).toBe(true);
      expect(saysContent(yes!, 'humanYes')).toBe(true);
      expect((await storedConversation(bot, conv.id)).triage.wantsAdviser).toBe(true);
    },
  },
  {
    name: 'talk to a person → no: carries on with the pending question',
    says: ['talk to a person', 'no'],
    stages: STAGES,
    check: async ({ conv, stage, turns: [offer, no] }) => {
      expect(askedFact(offer!)).toBe('wants_adviser');
      expect(saysContent(no!, 'humanNo')).toBe(true);
      expect(askedFact(no!)).toBe(PENDING[stage]);
      // "no" answered the offer, not the pending question
      if (stage === 'consent') expect(saysContent(no!, 'consentNo')).toBe(false);
      if (stage === 'mid') expect((await storedFacts(bot, conv.id)).has_partner).toBeUndefined();
    },
  },
  {
    name: 'delete my data: storage holds nothing for the conversation; a next message starts afresh',
    says: ['delete my data', 'hello'],
    stages: STAGES,
    check: async ({ conv, turns: [deleted, next] }) => {
      expect(saysContent(deleted!, 'deleted')).toBe(true);
      expect(askIn(deleted!)).toBeUndefined();
      // checked after the next message too: the deletion must not have been undone by a save
      expect(textOf(next!)).toContain(WORDS.greeting[0]);
      expect(askedFact(next!)).toBe('consent');
      const stored = await storedConversation(bot, conv.id);
      expect(stored?.triage?.facts ?? {}).toEqual({});
      expect(stored?.triage?.consent).toBeUndefined();
      expect(stored?.triage?.transcript ?? []).toEqual([]);
    },
  },
  {
    name: 'delete my data: the conversation key is gone from storage',
    says: ['delete my data'],
    stages: STAGES,
    check: async ({ conv }) => {
      expect(await storedConversation(bot, conv.id)).toBeUndefined();
      // The engine's in-memory memo of the conversation holds facts too.
      expect(bot.engineMemos.get(`test/${conv.id}`)).toBeUndefined();
    },
  },
  {
    name: 'stop: stops; a later message welcomes back to the pending question, answers kept',
    says: ['stop', "I'm back"],
    stages: STAGES,
    check: async ({ conv, stage, turns: [stopped, back] }) => {
      expect(saysContent(stopped!, 'stopped', { ttlDays: 30 })).toBe(true);
      expect(askIn(stopped!)).toBeUndefined();
      expect(saysContent(back!, 'welcomeBack')).toBe(true);
      if (stage === 'outcome') expect(outcomeIn(back!)).toBeDefined();
      else expect(askedFact(back!)).toBe(PENDING[stage]);
      if (stage === 'mid') expect(await storedFacts(bot, conv.id)).toMatchObject({ nation: 'england', age: 40 });
    },
  },
  {
    name: 'stop, then "hello": welcomes back (not the first greeting) once consent is given',
    says: ['stop', 'hello'],
    stages: ['mid', 'outcome'],
    check: async ({ stage, turns: [, back] }) => {
      expect(saysContent(back!, 'welcomeBack')).toBe(true);
      if (stage === 'mid') expect(askedFact(back!)).toBe('has_partner');
    },
  },
  {
    name: 'skip: that fact is never asked again',
    says: ['skip'],
    stages: ['mid'],
    check: async ({ conv, turns: [r] }) => {
      expect(saysContent(r!, 'skipped')).toBe(true);
      expect(askedFact(r!)).not.toBe('has_partner');
      const { facts, asked } = await finish(conv, {}, r);
      expect(asked).not.toContain('has_partner');
      expect(facts.has_partner).toBeUndefined();
    },
  },
  {
    name: 'skip where there is nothing to skip: not a command, handled as a reply',
    says: ['skip'],
    stages: ['consent', 'outcome'],
    check: async ({ stage, turns: [r] }) => {
      if (stage === 'consent') expectAskedAgainWithHelp(r!, 'consent');
      else expect(saysContent(r!, 'outcomeDone')).toBe(true);
    },
  },
  {
    name: 'show more before the outcome: not a command, the same question again',
    says: ['show more'],
    stages: ['consent', 'mid'],
    check: async ({ stage, turns: [r] }) => {
      expectAskedAgainWithHelp(r!, PENDING[stage]!);
    },
  },
];

describe('commands at each point', () => {
  const rows = COMMANDS.flatMap((c) => c.stages.map((stage) => ({ ...c, stage })));
  it.each(rows)('$stage: $name', async ({ says, stage, check }) => {
    const conv = talk();
    await goTo(conv, stage);
    const turns: BotActivity[][] = [];
    for (const text of says) turns.push(await conv.say(text));
    await check({ conv, stage, turns });
  });

  it('outcome: "show more" gives more pages until "that\'s all"', async () => {
    const conv = talk();
    await goTo(conv, 'outcome');
    const pages: BotActivity[][] = [];
    for (let i = 0; i < 30; i++) {
      const r = await conv.say('show more');
      pages.push(r);
      if (saysContent(r, 'noMore')) break;
    }
    const last = pages[pages.length - 1]!;
    expect(saysContent(last, 'noMore')).toBe(true);
    expect(pages.length).toBeGreaterThan(1);
    const content = pages.slice(0, -1);
    // every page but the last says there is more; none asks anything
    content.slice(0, -1).forEach((p) => expect(saysContent(p, 'more')).toBe(true));
    expect(saysContent(content[content.length - 1]!, 'more')).toBe(false);
    pages.forEach((p) => expect(askIn(p)).toBeUndefined());
    expect(new Set(content.map(textOf)).size).toBe(content.length);
    // and after that, still "that's all"
    expect(saysContent(await conv.say('more'), 'noMore')).toBe(true);
  });

  it('mid-questions: "back" twice goes back two answers', async () => {
    const conv = talk();
    await goTo(conv, 'mid');
    await conv.say('back');
    const r = await conv.say('back');
    expect(askedFact(r)).toBe('nation');
    expect(await storedFacts(bot, conv.id)).toEqual({});
  });

  it('mid-questions: "back", then a new answer replaces the old one', async () => {
    const conv = talk();
    await goTo(conv, 'mid');
    await conv.say('back');
    const r = await conv.say('fifty');
    expect(askedFact(r)).toBe('has_partner');
    expect((await storedFacts(bot, conv.id)).age).toBe(50);
  });
});

// ---------------------------------------------------------------------------------------------
// Bad input
// ---------------------------------------------------------------------------------------------

const BAD_TEXT: [name: string, text: string][] = [
  ['empty text', ''],
  ['whitespace', '   \n\t '],
  ['emoji only', '😀🎉🙃'],
  ['5,000 characters', 'blah '.repeat(1000)],
  ['SQL', "Robert'); DROP TABLE students;--"],
  ['SQL with a number', "' OR 1=1; --"],
  ['script', '<script>alert(1)</script>'],
  ['template', '${process.exit(1)} {{7*7}}'],
];
const BAD_AT = ['has_partner', 'age', 'income', 'housing'];

describe('bad input: a plain reply, the same question again, nothing stored', () => {
  const rows = BAD_AT.flatMap((fact) => BAD_TEXT.map(([name, text]) => ({ fact, name, text })));
  it.each(rows)('$fact: $name', async ({ fact, text }) => {
    const conv = talk();
    await driveTo(conv, fact);
    const before = await storedFacts(bot, conv.id);
    const replies = await conv.say(text);
    expectAskedAgainWithHelp(replies, fact);
    expect(await storedFacts(bot, conv.id)).toEqual(before);
    // and the conversation goes on
    const next = await conv.say(fact === 'age' ? '40' : fact === 'income' ? '£150 a week' : fact === 'housing' ? 'council house' : 'no');
    expect(askedFact(next)).not.toBe(fact);
  });

  it.each(BAD_TEXT)('at consent: %s', async (_name, text) => {
    const conv = talk();
    await driveTo(conv, 'consent');
    const replies = await conv.say(text);
    expectAskedAgainWithHelp(replies, 'consent');
  });
});

describe('malformed bodies to POST /api/messages: 4xx with { code }, the conversation unaffected', () => {
  const activity = (conversationId: string, extra: Record<string, unknown> = {}) => ({
    type: 'message', channelId: 'test', serviceUrl: 'http://127.0.0.1:1', conversation: { id: conversationId },
    from: { id: `user-${conversationId}` }, recipient: { id: 'signpost' }, deliveryMode: 'expectReplies', ...extra,
  });
  const BODIES: [name: string, body: (id: string) => unknown][] = [
    ['not JSON', () => '{"type": "message", this is not json'],
    ['JSON without conversation', () => ({ type: 'message', channelId: 'test', text: 'yes' })],
    ['JSON without type', (id) => { const { type: _t, ...rest } = activity(id, { text: 'yes' }); return rest; }],
    ['a JSON array', () => [1, 2, 3]],
    ['a JSON string', () => JSON.stringify('hello')],
    ['text over 5,000 characters', (id) => activity(id, { text: 'yes '.repeat(1300) })],
    ['a 300 KB body', (id) => activity(id, { text: 'yes', padding: 'x'.repeat(300 * 1024) })],
  ];

  it.each(BODIES)('%s', async (_name, body) => {
    const conv = talk();
    await driveTo(conv, 'has_partner');
    const before = await storedConversation(bot, conv.id);
    const res = await bot.post(body(conv.id));
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body).toEqual(expect.objectContaining({ code: expect.any(String) }));
    const after = await storedConversation(bot, conv.id);
    expect(after.triage).toEqual(before.triage);
    const replies = await conv.say('no');
    expect(askedFact(replies)).not.toBe('has_partner');
    expect((await storedFacts(bot, conv.id)).has_partner).toBe(false);
  });
});
