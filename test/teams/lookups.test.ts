/** Look-ups over HTTP as Teams sends them: cards checked by element ids and content. */
import { findById, textOf } from '../../src/bots/teams/cards';
import { testEngine } from '../support/knowledge';
import { cardsIn, startTeamsTestBot, type TeamsTestBot } from './teamsClient';

let bot: TeamsTestBot;
beforeAll(async () => { bot = await startTeamsTestBot(); });
afterAll(async () => { await bot.close(); });

const kb = testEngine().kb;

describe('benefit card', () => {
  test('"what is Pension Credit" gives the card with summary, who runs it, how to claim, dated rates and relationships', async () => {
    const replies = await bot.conversation().say('what is Pension Credit');
    const [card] = cardsIn(replies);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5', $schema: expect.stringContaining('adaptivecards.io') });
    const pc = kb.benefits.get('pension-credit-guarantee')!;
    expect(findById(card, 'title')?.text).toBe(pc.name);
    expect(findById(card, 'summary')?.text).toBe(pc.summary);
    expect(findById(card, 'runBy')?.text).toContain('DWP (The Pension Service)');
    const claim = textOf(findById(card, 'claim'));
    expect(claim).toContain(pc.claim.how);
    expect(claim).toContain('0800 99 1234');
    // The couple rate in force on the test date (22 November 2026), with the date it took effect.
    const couple = findById(card, 'rate-pension-credit-guarantee.couple')?.text as string;
    expect(couple).toContain('£363.25 a week');
    expect(couple).toContain('from 6 April 2026');
    expect(textOf(findById(card, 'rates'))).toContain('Rates on 22 November 2026');
    // Relationships: type in words, the explanation, and the source titles.
    const e096 = kb.edges.find((e) => e.id === 'E096')!;
    const rel = textOf(findById(card, 'edge-E096'));
    expect(rel).toContain('State Pension counts as income for Pension Credit (Guarantee Credit)');
    expect(rel).toContain(e096.explain);
    expect(rel).toContain(kb.sources.get(e096.sources[0]!)!.title);
  });

  test('aliases and "tell me about": UC, PIP, CTR (ambiguous: both nations named)', async () => {
    const c = bot.conversation();
    expect(findById(cardsIn(await c.say('tell me about UC'))[0], 'title')?.text).toBe('Universal Credit');
    expect(findById(cardsIn(await c.say('PIP'))[0], 'title')?.text).toBe('Personal Independence Payment (PIP)');
    const ctr = await c.say('what is CTR');
    expect(findById(cardsIn(ctr)[0], 'title')?.text).toBe('Council Tax Reduction (England)');
    expect(ctr[0]?.text).toContain('Council Tax Reduction (Wales)');
  });

  test('the biggest cards stay under the Teams message size limit', async () => {
    const [uc] = cardsIn(await bot.conversation().say('what is universal credit'));
    expect(JSON.stringify(uc).length).toBeLessThan(25_000);
    expect(findById(uc, 'moreRelationships')).toBeDefined();
  });

  test('an @mention of the bot in a channel is ignored', async () => {
    const c = bot.conversation('channel');
    const r = await bot.post({
      channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/uk/', type: 'message', deliveryMode: 'expectReplies',
      text: '<at>Signpost</at> what is AA', id: 'm1',
      entities: [{ type: 'mention', text: '<at>Signpost</at>', mentioned: { id: '28:signpost-bot', name: 'Signpost' } }],
      conversation: { id: c.id, conversationType: 'channel', isGroup: true, tenantId: 't' },
      from: { id: '29:adviser-1', name: 'Alex' }, recipient: { id: '28:signpost-bot', name: 'Signpost' },
      channelData: { tenant: { id: 't' }, team: { id: '19:team' }, channel: { id: '19:advisers' } },
    });
    expect(r.status).toBe(200);
    expect(findById(cardsIn(r.body.activities)[0], 'title')?.text).toBe('Attendance Allowance');
  });
});

describe('passporting', () => {
  test('"what does PIP passport to" lists Blue Badge and Motability with explanations and sources', async () => {
    const [card] = cardsIn(await bot.conversation().say('what does PIP passport to'));
    expect(findById(card, 'title')?.text).toContain('Personal Independence Payment (PIP)');
    const passports = findById(card, 'passports');
    expect(passports).toBeDefined();
    for (const [target, edgeId] of [['blue-badge', 'E041'], ['motability-scheme', 'E043']] as const) {
      const edge = kb.edges.find((e) => e.id === edgeId)!;
      const block = textOf(findById(card, `passport-${target}`));
      expect(block).toContain(kb.benefits.get(target)!.name);
      expect(block).toContain(edge.explain);
      expect(block).toContain(kb.sources.get(edge.sources[0]!)!.title);
    }
    expect(textOf(findById(card, 'passport-disabled-persons-railcard'))).toContain('Disabled Persons Railcard');
    // "does not passport to" is listed apart.
    expect(textOf(findById(card, 'notPassports'))).toContain('Universal Credit health element (LCWRA)');
  });

  test('"what does PC unlock" uses the alias', async () => {
    const [card] = cardsIn(await bot.conversation().say('what does PC unlock'));
    expect(findById(card, 'title')?.text).toBe('What Pension Credit (Guarantee Credit) passports to');
  });
});

describe('two benefits together', () => {
  test("Carer's Allowance and State Pension: overlaps-with, with its explanation", async () => {
    const [card] = cardsIn(await bot.conversation().say("can someone get Carer's Allowance and State Pension together"));
    const e085 = kb.edges.find((e) => e.id === 'E085')!;
    expect(e085.type).toBe('overlaps-with');
    expect(findById(card, 'verdict')?.text).toMatch(/^Overlap/);
    const block = textOf(findById(card, 'edge-E085'));
    expect(block).toContain("Carer's Allowance overlaps with State Pension");
    expect(block).toContain(e085.explain);
  });

  test('short form "CA and SP together" gives the same card', async () => {
    const [card] = cardsIn(await bot.conversation().say('CA and SP together'));
    expect(findById(card, 'edge-E085')).toBeDefined();
  });

  test('no rule between two benefits: worth checking with an adviser', async () => {
    const [card] = cardsIn(await bot.conversation().say('Blue Badge and Help to Save together'));
    expect(findById(card, 'verdict')?.text).toBe('No rule found: worth checking with an adviser.');
    expect(findById(card, 'relationships')).toBeUndefined();
  });
});

describe('other messages', () => {
  test('help lists the commands; unknown text points to help', async () => {
    const c = bot.conversation();
    expect((await c.say('help'))[0]?.text).toContain('triage');
    expect((await c.say('good morning'))[0]?.text).toContain('help');
  });
});
