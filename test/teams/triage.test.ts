/** The adviser triage over HTTP: terse prompts, several facts per message, the result card and "Make this a case". */
import { findById, textOf } from '../../src/bots/teams/cards';
import { askIn, cardsIn, outcomeIn, startTeamsTestBot, type TeamsReply, type TeamsTestBot } from './teamsClient';

/** Terse answers an adviser might type, by fact. */
const ANSWERS: Record<string, string> = {
  nation: 'eng', age: '74', has_partner: 'y', partner_age: '71', children_count: '0', employment: 'retired',
  health_condition: 'n', daily_living_needs: 'n', mobility_needs: 'n', caring_hours: '0', lives_alone: 'n',
  receiving: 'SP', immigration_status: 'british', pregnant: 'n', in_hospital_or_care: 'n', veteran_injury: 'n',
  work_injury: 'n', bereaved: 'n', arranging_funeral: 'n', disabled_child: 'n', terminal_illness: 'n',
  cared_for_gets_disability_benefit: 'n', work_hours: '0', limits_work: 'no', income: '£360 a week', savings: '3k',
};

async function runTriage(say: (t: string) => Promise<TeamsReply[]>, first: string): Promise<{ asked: string[]; last: TeamsReply[] }> {
  let replies = await say(first);
  const asked: string[] = [];
  for (let i = 0; i < 40; i++) {
    const ask = askIn(replies);
    if (!ask) return { asked, last: replies };
    asked.push(ask.fact);
    const answer = ANSWERS[ask.fact];
    if (answer === undefined) throw new Error(`no scripted answer for ${ask.fact}`);
    replies = await say(answer);
  }
  throw new Error(`triage did not finish: ${asked.join(', ')}`);
}

let bot: TeamsTestBot;
let made: { facts: any; outcome: any }[] = [];
beforeAll(async () => {
  bot = await startTeamsTestBot({ onMakeCase: undefined });
});
afterAll(async () => { await bot.close(); });

describe('terse triage', () => {
  test('several facts in one message, terse questions with triage.ask, then a result card with Pension Credit', async () => {
    const c = bot.conversation();
    const start = await c.say('new client');
    expect(askIn(start)?.fact).toBe('nation');
    expect(start[0]?.text).toContain("Client's nation?");

    const { asked, last } = await runTriage(c.say, '74, couple, partner 71, private rent, £360 a week, savings 3k');
    // Nothing given in the first message is asked again.
    for (const given of ['age', 'has_partner', 'partner_age', 'housing', 'income', 'savings']) expect(asked).not.toContain(given);
    expect(asked[0]).toBe('nation');

    const outcome = outcomeIn(last);
    expect(outcome.facts).toMatchObject({ age: 74, has_partner: true, partner_age: 71, housing: 'rent-private', income: 360, savings: 3000, nation: 'england' });
    expect(outcome.signposts.find((s: any) => s.benefit === 'pension-credit-guarantee')?.likelihood).toBe('likely');

    const [card] = cardsIn(last);
    expect(findById(card, 'title')?.text).toBe('Triage result');
    const pc = findById(card, 'signpost-pension-credit-guarantee');
    expect(pc).toBeDefined();
    expect(textOf(findById(card, 'likely'))).toContain('Pension Credit (Guarantee Credit)');
    expect(textOf(pc)).toMatch(/Why: .*income/);
    expect(textOf(findById(card, 'documents'))).toContain('National Insurance');
    expect(textOf(findById(card, 'factSet'))).toContain('Housing: Private rent');
    const action = (card.actions as any[]).find((a) => a.id === 'makeCase');
    expect(action).toMatchObject({ type: 'Action.Execute', verb: 'makeCase', data: { facts: outcome.facts } });
  });

  test('every question carries triage.ask and the terse words; replies echo what was understood', async () => {
    const c = bot.conversation();
    const r1 = await c.say('triage 45, single');
    expect(r1[0]?.text).toContain('Noted: Age: 45; Partner: no');
    const ask = askIn(r1)!;
    expect(ask).toMatchObject({ fact: 'nation', kind: 'choice' });
    expect(ask.choices?.map((x) => x.value)).toEqual(['england', 'wales', 'scotland', 'northern-ireland']);
    expect(r1[0]?.suggestedActions?.actions.map((a) => a.title)).toEqual(['England', 'Wales', 'Scotland', 'Northern Ireland']);
    const r2 = await c.say('blah');
    expect(r2[0]?.text).toContain('Didn\'t catch that. "blah"');
    expect(askIn(r2)?.fact).toBe('nation');
  });

  test('skip, back, facts, result and cancel', async () => {
    const c = bot.conversation();
    await c.say('triage 80, single, own outright');
    expect(askIn(await c.say('skip'))?.fact).not.toBe('nation');
    const facts = await c.say('facts');
    expect(facts[0]?.text).toContain('Age: 80');
    const back = await c.say('back');
    expect(back[0]?.text).toContain('Removed Housing');
    const result = await c.say('result');
    expect(findById(cardsIn(result)[0], 'partial')).toBeDefined();
    expect(outcomeIn(result).facts).toMatchObject({ age: 80, has_partner: false });
    expect((await c.say('cancel'))[0]?.text).toContain('No triage in progress');
  });

  test('a look-up in the middle of a triage answers it and keeps the triage going', async () => {
    const c = bot.conversation();
    await c.say('triage 74, couple');
    const look = await c.say('what is PIP');
    expect(findById(cardsIn(look)[0], 'title')?.text).toBe('Personal Independence Payment (PIP)');
    expect(askIn(await c.say('wales'))).toBeDefined();
  });
});

describe('Make this a case (adaptiveCard/action)', () => {
  const facts = { nation: 'england', age: 74, has_partner: true, partner_age: 71, housing: 'rent-private', income: 360, savings: 3000 };

  test('without a case store: 200 with the result card saying it is coming', async () => {
    const r = await bot.conversation().invoke('adaptiveCard/action', { action: { type: 'Action.Execute', verb: 'makeCase', data: { facts } }, trigger: 'manual' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(findById(r.body.value, 'caseStatus')?.text).toContain('coming soon');
    expect(findById(r.body.value, 'signpost-pension-credit-guarantee')).toBeDefined();
  });

  test('with onMakeCase: the facts and outcome are passed and the card says the case id, without the button', async () => {
    made = [];
    const withCases = await startTeamsTestBot({
      onMakeCase: async (f, outcome) => { made.push({ facts: f, outcome }); return { caseId: 'C-7KQ2MX' }; },
    });
    try {
      const r = await withCases.conversation().invoke('adaptiveCard/action', { action: { type: 'Action.Execute', verb: 'makeCase', data: { facts } } });
      expect(r.body.statusCode).toBe(200);
      expect(findById(r.body.value, 'caseStatus')?.text).toBe('Case C-7KQ2MX created and queued.');
      expect(r.body.value.actions ?? []).toHaveLength(0);
      expect(made).toHaveLength(1);
      expect(made[0]!.facts).toEqual(facts);
      expect(made[0]!.outcome.signposts.some((s: any) => s.benefit === 'pension-credit-guarantee')).toBe(true);
    } finally {
      await withCases.close();
    }
  });

  test('facts that break the contract are refused; unknown verbs get 400', async () => {
    const c = bot.conversation();
    const bad = await c.invoke('adaptiveCard/action', { action: { type: 'Action.Execute', verb: 'makeCase', data: { facts: { age: 'old', shoe_size: 9 } } } });
    expect(bad.body).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
    const unknown = await c.invoke('adaptiveCard/action', { action: { type: 'Action.Execute', verb: 'launchRocket', data: {} } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.value.code).toBe('NotSupported');
  });

  test('claimCase before the queue exists: a message saying it is coming', async () => {
    const r = await bot.conversation('channel').invoke('adaptiveCard/action', { action: { type: 'Action.Execute', verb: 'claimCase', data: { caseId: 'C-7KQ2MX' } } });
    expect(r.body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.activity.message' });
    expect(r.body.value).toContain('coming soon');
  });
});
