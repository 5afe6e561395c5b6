/**
 * A whole triage over SMS through HTTP (signed webhooks, TwiML replies): answers like "1", "yes"
 * and "about £200 a week"; the facts the bot stores equal the household's, the outcome text
 * arrives, every reply fits in 3 GSM-7 parts, and MORE shows the rest.
 */
import { configureLogger } from '../../src/logger';
import { HOUSEHOLDS } from '../households/households';
import { conversationIdOf, hashPhone } from '../../channels/sms';
import { encodingOf, countSegments } from '../../channels/sms/segments';
import { SALT, startSmsHarness, type SmsHarness } from './smsHarness';
import { driveTriage, FALLBACK } from './smsTriageDriver';

beforeAll(() => configureLogger('silent'));

const CASES = [
  'single pensioner, 78, renting privately, £200/week, lives alone (England)',
  'pensioner couple, 74 and 71, social tenants, £320/week (Wales)',
  'single parent, 28, part-time £260/week, children 2 and 7, social tenant (England)',
];

let h: SmsHarness;
beforeAll(async () => { h = await startSmsHarness(); });
afterAll(() => h.close());

async function storedFacts(from: string): Promise<Record<string, unknown>> {
  const key = `sms/conversations/${conversationIdOf(hashPhone(SALT, from))}/`;
  const items = await h.storage.read([key]);
  return (items[key] as { triage?: { facts?: Record<string, unknown> } } | undefined)?.triage?.facts ?? {};
}

describe.each(CASES.map((name, i) => [name, i] as const))('%s', (name, i) => {
  it('completes over SMS with numbered and natural answers', async () => {
    const household = HOUSEHOLDS.find((x) => x.name === name);
    if (!household) throw new Error(`no household ${name}`);
    const truth = household.facts as Record<string, unknown>;
    const from = `+4477009005${i}0`;

    const greeting = await h.text(from, 'Hello');
    expect(greeting.text).toContain("I'm Signpost");
    const run = await driveTriage(h, from, truth, greeting);

    // The person answered choices by number and money in words.
    expect(run.said.some((s) => /^\d$/.test(s))).toBe(true);
    if (truth.income) expect(run.said).toContain(`about £${String(truth.income)} a week`);
    expect(run.said.filter((s) => /^(yes|Yes|yeah|no|No|nope)$/.test(s)).length).toBeGreaterThan(0);

    // What the bot stored is what was meant ("1" was England, "2" the council).
    const facts = await storedFacts(from);
    for (const f of run.asked) {
      const expected = truth[f] ?? FALLBACK[f] ?? false;
      if (typeof expected === 'number') expect([f, facts[f]]).toEqual([f, expect.closeTo(expected, 1)]);
      else expect([f, facts[f]]).toEqual([f, expected]);
    }
    expect(run.asked).toContain('nation');
    expect(run.asked).toContain('housing');

    // Plain, cheap texts throughout.
    for (const r of run.replies) for (const m of r.messages) {
      expect(encodingOf(m)).toBe('GSM-7');
      expect(m).not.toMatch(/\*\*|^- /m);
    }

    // The outcome, then MORE until there is nothing more.
    expect(run.outcome).toContain('Here is what you may be able to get');
    let more = await h.text(from, 'MORE');
    expect(more.messages).toHaveLength(1);
    expect(countSegments(more.text)).toBeLessThanOrEqual(3);
    expect(more.text).not.toBe(run.outcome);
    for (let k = 0; k < 45 && !/That's all of it/.test(more.text); k++) {
      more = await h.text(from, 'more');
      expect(countSegments(more.text)).toBeLessThanOrEqual(3);
    }
    expect(more.text).toContain("That's all of it");
  });
});
