/**
 * The household table driven end to end over HTTP, answering every question in natural wording:
 * the bot understands each answer (the facts it reports equal the household's), never asks a fact
 * twice, and its outcome equals the engine's for the facts it collected.
 */
import { HOUSEHOLDS } from '../households/households';
import { askIn, outcomeIn, startTestBot, type TestBot } from '../support/botClient';
import { naturalAnswer } from '../support/naturalAnswers';
import { testEngine } from '../support/knowledge';

const e = testEngine();
const FALLBACK: Record<string, unknown> = {
  receiving: [], caring_hours: 0, children_count: 0, income: 0, savings: 0, limits_work: 'no', employment: 'not-working',
  immigration_status: 'british-irish', housing: 'rent-private', nation: 'england', work_hours: 0,
};

let bot: TestBot;
beforeAll(async () => { bot = await startTestBot(); });
afterAll(async () => { await bot.close(); });

/** How a test client that answers with the contract's own values would reply. */
function contractAnswer(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.join(', ');
  return String(value);
}

const STYLES = [['natural words', 'natural'], ['contract values', 'contract']] as const;

describe.each(HOUSEHOLDS.flatMap((h, i) => STYLES.map(([label, style]) => [`${h.name}, in ${label}`, h, i, style] as const)))('%s', (_name, h, i, style) => {
  it('completes a triage, asking each fact once, with the engine\'s outcome', async () => {
    const date = new Date(`${h.date}T12:00:00Z`);
    const local = await startTestBot({ date });
    try {
      const c = local.conversation();
      await c.say('hello');
      let replies = await c.say('yes');
      const asked: string[] = [];
      let lastSaid = '';
      const truth = h.facts as Record<string, unknown>;
      for (let turn = 0; turn < 45; turn++) {
        const outcome = outcomeIn(replies);
        if (outcome) {
          for (const f of asked) {
            const expected = truth[f] ?? FALLBACK[f] ?? false;
            if (typeof expected === 'number') expect([f, outcome.facts[f]]).toEqual([f, expect.closeTo(expected, 1)]);
            else expect([f, outcome.facts[f]]).toEqual([f, expected]);
          }
          const engineOutcome = e.evaluate(outcome.facts, date);
          expect(outcome.signposts).toEqual(engineOutcome.signposts);
          expect(outcome.escalation).toEqual(engineOutcome.escalation);
          return;
        }
        const ask = askIn(replies);
        if (!ask) throw new Error(`no question and no outcome after: ${asked.join(', ')}`);
        if (ask.fact === 'wants_adviser') { replies = await c.say('no'); continue; }
        // The same fact straight after answering it means the answer was not understood.
        if (ask.fact === asked[asked.length - 1]) throw new Error(`not understood for ${ask.fact}: "${lastSaid}"`);
        expect(asked).not.toContain(ask.fact);
        asked.push(ask.fact);
        const value = truth[ask.fact] ?? FALLBACK[ask.fact] ?? false;
        const titles = Object.fromEntries((ask.choices ?? []).map((x) => [x.value, x.title]));
        lastSaid = style === 'natural' ? naturalAnswer(ask.fact, value, i + turn, titles) : contractAnswer(value);
        replies = await c.say(lastSaid);
      }
      throw new Error('triage did not finish');
    } finally {
      await local.close();
    }
  });
});
