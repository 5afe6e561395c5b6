/** Terse triage reading, look-up recognition and the Teams word files (framework-free units). */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { readTerse } from '../../src/bots/teams/terseFacts';
import { recogniseLookup } from '../../src/bots/teams/lookup';
import { benefitIndex } from '../../src/bots/teams/benefitIndex';
import { caseCard, findById, resultCard, textOf, togetherCard, type CaseCardInput } from '../../src/bots/teams/cards';
import type { Case } from '../../src/handoff/case';
import { TERSE } from '../../src/bots/teams/words';
import { testEngine, TODAY } from '../support/knowledge';

const kb = testEngine().kb;
const read = (text: string, pending?: string, known = {}) => readTerse(kb, text, { known, pending, now: TODAY });

describe('terseQuestions.json', () => {
  const contractPath = existsSync('/work/shared/contracts/facts.json') ? '/work/shared/contracts/facts.json' : join(__dirname, '..', '..', 'knowledge', 'contract', 'facts.json');
  const contract = JSON.parse(readFileSync(contractPath, 'utf8')) as { facts: { id: string }[] };
  test.each(contract.facts.map((f) => f.id))('has a terse question and label for %s', (id) => {
    const t = (TERSE as Record<string, { ask: string; label: string }>)[id];
    expect(t?.ask).toMatch(/\?/);
    expect(t?.label.length).toBeGreaterThan(1);
  });
});

describe('readTerse', () => {
  test('the issue example: six facts from one line', () => {
    const r = read('74, couple, partner 71, private rent, £360 a week, savings 3k');
    expect(r.found).toEqual({ age: 74, has_partner: true, partner_age: 71, housing: 'rent-private', income: 360, savings: 3000 });
    expect(r.unparsed).toEqual([]);
  });

  test.each([
    ['single, 45, council, £200 pw, no savings, disabled', undefined, { has_partner: false, age: 45, housing: 'rent-social', income: 200, savings: 0, health_condition: true }],
    ['gets PIP, AA, PC', undefined, { receiving: ['pip', 'attendance-allowance', 'pension-credit-guarantee'] }],
    ['kids 2, ages 3, 7', undefined, { children_count: 2, children_ages: [3, 7] }],
    ['eng', 'nation', { nation: 'england' }],
    ['none', 'savings', { savings: 0 }],
    ['none', 'receiving', { receiving: [] }],
    ['y', 'pregnant', { pregnant: true }],
    ['SP', 'receiving', { receiving: ['state-pension'] }],
    ['£3,000', 'savings', { savings: 3000 }],
    ['retired, no health, not pregnant', undefined, { employment: 'retired', health_condition: false, pregnant: false }],
    ['caring 35, dob 12/3/1952', undefined, { caring_hours: 35, date_of_birth: '1952-03-12' }],
  ] as const)('%s (asked: %s)', (text, pending, expected) => {
    expect(read(text, pending).found).toEqual(expected);
  });

  test('a bare second age is the partner\'s when the client is in a couple', () => {
    expect(read('71', undefined, { age: 74, has_partner: true }).found).toEqual({ partner_age: 71 });
  });

  test('another fact named clearly is not taken as the answer to the pending question', () => {
    const r = read('no kids', 'pregnant');
    expect(r.found).toEqual({ children_count: 0 });
    expect(r.answeredPending).toBe(false);
  });

  test('nothing is guessed', () => {
    expect(read('blah, 999', 'nation')).toMatchObject({ found: {}, unparsed: ['blah', '999'] });
  });
});

describe('recogniseLookup', () => {
  const idx = benefitIndex(kb);
  test.each([
    ['what is Pension Credit', { kind: 'benefit', ids: ['pension-credit-guarantee'] }],
    ["what's DAF", { kind: 'benefit', ids: ['discretionary-assistance-fund-wales'] }],
    ['SMI', { kind: 'benefit', ids: ['support-for-mortgage-interest'], bare: true }],
    ['what is CRF', { kind: 'benefit', ids: ['crisis-and-resilience-fund'] }],
    ['what does PIP passport to', { kind: 'passport', id: 'pip' }],
    ['what does AA give', { kind: 'passport', id: 'attendance-allowance' }],
    ['what does PC unlock', { kind: 'passport', id: 'pension-credit-guarantee' }],
    ["can someone get Carer's Allowance and State Pension together", { kind: 'together', a: 'carers-allowance', b: 'state-pension' }],
    ['WHD and CWP together', { kind: 'together', a: 'warm-home-discount', b: 'cold-weather-payment' }],
    ['can they get ESA and JSA', { kind: 'together', a: 'new-style-esa', b: 'new-style-jsa' }],
  ] as const)('%s', (text, expected) => {
    expect(recogniseLookup(idx, text)).toMatchObject(expected);
  });
  test('ordinary words are not look-ups', () => {
    expect(recogniseLookup(idx, 'hello there')).toBeUndefined();
    expect(recogniseLookup(idx, '74, couple, private rent')).toBeUndefined();
  });
});

describe('cards', () => {
  test('caseCard: queued with a Claim button (Action.Execute claimCase {caseId}) and waiting time', () => {
    const created = new Date(TODAY.getTime() - 12 * 60_000).toISOString();
    const card = caseCard({ id: 'C-7KQ2MX', level: 'urgent', reasons: ['homeless'], facts: { age: 74, housing: 'homeless', income: 120 }, createdAt: created, status: 'queued' }, TODAY, kb);
    expect(findById(card, 'title')?.text).toBe('Case C-7KQ2MX');
    expect(findById(card, 'level')?.text).toBe('Urgent');
    expect(textOf(findById(card, 'reasons'))).toContain('Homeless');
    expect(textOf(findById(card, 'keyFacts'))).toContain('Income: £120/wk');
    expect(findById(card, 'status')?.text).toBe('Waiting 12 min');
    expect(card.actions).toEqual([{ type: 'Action.Execute', id: 'claimCase', title: 'Claim', verb: 'claimCase', data: { caseId: 'C-7KQ2MX' } }]);
  });

  test('a handoff Case can be passed to caseCard as it is (type-level)', () => {
    const fits: Case extends CaseCardInput ? true : false = true;
    expect(fits).toBe(true);
  });

  test('caseCard: waiting time counts from queuedAt when a case was released back', () => {
    const card = caseCard({ id: 'C-7KQ2MX', level: 'offer', reasons: [], facts: {}, createdAt: new Date(TODAY.getTime() - 3 * 3600_000).toISOString(), queuedAt: new Date(TODAY.getTime() - 5 * 60_000).toISOString(), status: 'queued' }, TODAY);
    expect(findById(card, 'status')?.text).toBe('Waiting 5 min');
  });

  test('caseCard: once claimed, no button and who has it', () => {
    const card = caseCard({ id: 'C-7KQ2MX', level: 'adviser', reasons: ['self-employed'], facts: {}, createdAt: TODAY.toISOString(), status: 'claimed', agentId: 'alex', agentName: 'Alex Adviser' }, TODAY);
    expect(card.actions).toBeUndefined();
    expect(findById(card, 'status')?.text).toBe('Claimed by Alex Adviser');
  });

  test('resultCard: warnings and escalation have ids; nothing likely says so', () => {
    const engine = testEngine();
    const outcome = engine.evaluate({ nation: 'england', age: 70, has_partner: false, housing: 'homeless', income: 150, savings: 0, receiving: ['state-pension', 'carers-allowance'] }, TODAY);
    const card = resultCard(kb, outcome);
    expect(outcome.escalation?.level).toBe('urgent');
    expect(textOf(findById(card, 'escalation'))).toContain('Needs an adviser: Urgent');
    expect(findById(card, 'reason-homeless')?.text).toBe('- Homeless');
    expect(outcome.warnings.length).toBeGreaterThan(0);
    for (const w of outcome.warnings) expect(findById(card, `warning-${w.edge}`)?.text).toContain(w.text);
    const empty = resultCard(kb, { signposts: [], warnings: [], facts: {} });
    expect(findById(empty, 'none')).toBeDefined();
  });

  test('togetherCard: excludes reads "Not together"', () => {
    expect(findById(togetherCard(kb, 'pip', 'attendance-allowance'), 'verdict')?.text).toMatch(/^Not together/);
  });
});
