/** Case model: ids, queue score, schema, the agent view, and fact labels. */
import {
  caseSchema, compareQueue, forAgents, newCaseId, phoneNumberSchema, queueScore, summarise,
} from '../../src/handoff/case';
import { describeFacts, FACT_LABELS } from '../../src/handoff/factLabels';
import { FACT_IDS } from '../../src/facts/facts';
import { createCase } from '../../src/handoff/transitions';
import { newCase } from './support';

describe('case ids', () => {
  it('are C- and 6 characters without look-alikes, and vary', () => {
    const ids = new Set(Array.from({ length: 2000 }, newCaseId));
    expect(ids.size).toBeGreaterThan(1990);
    for (const id of ids) expect(id).toMatch(/^C-[A-HJ-NP-Z2-9]{6}$/);
  });
});

describe('queue score', () => {
  it('puts level before age and fits a double exactly', () => {
    const at = '2026-01-05T10:00:00.000Z';
    const later = '2090-01-05T10:00:00.000Z';
    expect(queueScore({ level: 'urgent', createdAt: later })).toBeLessThan(queueScore({ level: 'adviser', createdAt: at }));
    expect(queueScore({ level: 'offer', createdAt: at })).toBeLessThan(queueScore({ level: 'offer', createdAt: later }));
    expect(Number.isSafeInteger(queueScore({ level: 'request', createdAt: later }))).toBe(true);
  });

  it('compareQueue sorts as the store does', () => {
    const a = createCase(newCase({ level: 'offer' }), 'C-AAAAAA', '2026-01-05T10:00:00.000Z');
    const b = createCase(newCase({ level: 'urgent' }), 'C-BBBBBB', '2026-01-05T11:00:00.000Z');
    const c = createCase(newCase({ level: 'offer' }), 'C-CCCCCC', '2026-01-05T09:00:00.000Z');
    expect([a, b, c].sort(compareQueue).map((x) => x.id)).toEqual(['C-BBBBBB', 'C-CCCCCC', 'C-AAAAAA']);
  });
});

describe('case schema', () => {
  const c = createCase(newCase({ safety: { category: 'domestic-abuse' } }), 'C-AAAAAA', '2026-01-05T10:00:00.000Z');

  it('round-trips through JSON', () => {
    expect(caseSchema.parse(JSON.parse(JSON.stringify(c)))).toEqual(c);
  });

  it('refuses unknown fields and facts outside the contract', () => {
    expect(caseSchema.safeParse({ ...c, extra: 1 }).success).toBe(false);
    expect(caseSchema.safeParse({ ...c, facts: { shoe_size: 9 } }).success).toBe(false);
    expect(caseSchema.safeParse({ ...c, status: 'lost' }).success).toBe(false);
  });

  it('the agent view drops the conversation reference and key; the summary has nothing anyone said', () => {
    const view = forAgents(c);
    expect(view).not.toHaveProperty('conversation');
    expect(view).not.toHaveProperty('conversationKey');
    const s = summarise(c);
    expect(JSON.stringify(s)).not.toContain("I'm 74");
    expect(s).toMatchObject({ id: 'C-AAAAAA', level: 'adviser', status: 'queued', safety: { category: 'domestic-abuse' }, hasCallback: false });
  });

  it('normalises phone numbers as people type them', () => {
    expect(phoneNumberSchema.parse('07700 900123')).toBe('07700900123');
    expect(phoneNumberSchema.parse('+44 (0)7700-900123')).toBe('+447700900123');
    expect(phoneNumberSchema.safeParse('call me').success).toBe(false);
    expect(phoneNumberSchema.safeParse('123').success).toBe(false);
  });
});

describe('fact labels', () => {
  it('has a plain label for every contract fact', () => {
    for (const id of FACT_IDS) expect(FACT_LABELS[id]).toMatch(/^[A-Z]/);
  });

  it('describes answers in contract order, in words', () => {
    const answers = describeFacts({ income: 180.5, age: 74, has_partner: true, housing: 'rent-private', receiving: ['pip'], savings: 3000 });
    expect(answers.map((a) => a.fact)).toEqual(['age', 'has_partner', 'income', 'savings', 'housing', 'receiving']);
    expect(Object.fromEntries(answers.map((a) => [a.fact, a.text]))).toEqual({
      age: '74', has_partner: 'Yes', income: '£180.50 a week', savings: '£3,000', housing: 'Renting from a private landlord',
      receiving: 'Personal Independence Payment',
    });
  });
});
