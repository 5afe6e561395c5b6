/** The search message extension (composeExtension/query) over HTTP. */
import { findById } from '../../src/bots/teams/cards';
import { startTeamsTestBot, type TeamsTestBot } from './teamsClient';

let bot: TeamsTestBot;
beforeAll(async () => { bot = await startTeamsTestBot(); });
afterAll(async () => { await bot.close(); });

const query = (parameters: { name: string; value: string }[], queryOptions = { skip: 0, count: 25 }) =>
  bot.conversation('groupChat').invoke('composeExtension/query', { commandId: 'searchBenefit', parameters, queryOptions });

test('"pension" finds Pension Credit first, as Adaptive Cards with thumbnail previews', async () => {
  const r = await query([{ name: 'searchQuery', value: 'pension' }]);
  expect(r.status).toBe(200);
  const result = r.body.composeExtension;
  expect(result).toMatchObject({ type: 'result', attachmentLayout: 'list' });
  expect(result.attachments.length).toBeGreaterThan(0);
  expect(result.attachments.length).toBeLessThanOrEqual(10);
  const first = result.attachments[0];
  expect(first.contentType).toBe('application/vnd.microsoft.card.adaptive');
  expect(findById(first.content, 'title')?.text).toBe('Pension Credit (Guarantee Credit)');
  expect(findById(first.content, 'rates')).toBeDefined();
  expect(first.preview).toMatchObject({ contentType: 'application/vnd.microsoft.card.thumbnail', content: { title: 'Pension Credit (Guarantee Credit)' } });
  const titles = result.attachments.map((a: any) => a.preview.content.title);
  expect(titles).toEqual(expect.arrayContaining(['Pension Credit (Savings Credit)', 'State Pension']));
  for (const a of result.attachments) expect(JSON.stringify(a).length).toBeLessThan(20_000);
});

test('short names work: "PIP", "ctr"', async () => {
  const pip = await query([{ name: 'searchQuery', value: 'PIP' }]);
  expect(pip.body.composeExtension.attachments[0].preview.content.title).toBe('Personal Independence Payment (PIP)');
  const ctr = (await query([{ name: 'searchQuery', value: 'ctr' }])).body.composeExtension.attachments.map((a: any) => a.preview.content.title);
  expect(ctr.slice(0, 2)).toEqual(['Council Tax Reduction (England)', 'Council Tax Reduction (Wales)']);
});

test('initial run (no query yet) lists benefits; nothing found gives an empty list', async () => {
  const initial = await query([{ name: 'initialRun', value: 'true' }]);
  expect(initial.body.composeExtension.attachments).toHaveLength(10);
  const none = await query([{ name: 'searchQuery', value: 'zzzz' }]);
  expect(none.body.composeExtension).toMatchObject({ type: 'result', attachmentLayout: 'list', attachments: [] });
});
