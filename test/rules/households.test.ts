/**
 * The household tables (test/households/households.ts, and moreHouseholds.ts and moreHouseholds2.ts:
 * 50 more written later by other advisers as independent checks) through `evaluate()`: every expected likely
 * benefit is likely, every possible one appears, nothing in mustNot appears, and the escalation
 * level and reasons match.
 */
import { HOUSEHOLDS } from '../households/households';
import { MORE_HOUSEHOLDS } from '../households/moreHouseholds';
import { MORE_HOUSEHOLDS_2 } from '../households/moreHouseholds2';
import { testEngine } from '../support/knowledge';

const e = testEngine();

describe.each([...HOUSEHOLDS, ...MORE_HOUSEHOLDS, ...MORE_HOUSEHOLDS_2].map((h) => [h.name, h] as const))('%s', (_name, h) => {
  const outcome = e.evaluate(h.facts, new Date(`${h.date}T12:00:00Z`));
  const by = new Map(outcome.signposts.map((s) => [s.benefit, s]));

  it('gives the expected likely benefits', () => {
    const got = h.likely.map((id) => [id, by.get(id)?.likelihood ?? 'absent']);
    expect(got).toEqual(h.likely.map((id) => [id, 'likely']));
  });
  it('lists the benefits worth checking', () => {
    expect(h.possible.filter((id) => !by.has(id))).toEqual([]);
  });
  it('leaves out what cannot apply', () => {
    expect(h.mustNot.filter((id) => by.has(id))).toEqual([]);
  });
  it('escalates as expected', () => {
    if (h.escalation === null) {
      expect(outcome.escalation).toBeUndefined();
    } else {
      expect(outcome.escalation?.level).toBe(h.escalation.level);
      expect(h.escalation.reasons.filter((r) => !outcome.escalation?.reasons.includes(r))).toEqual([]);
    }
  });
  it('explains every signpost with the facts that decided it', () => {
    for (const s of outcome.signposts) expect(s.because.length).toBeGreaterThan(0);
  });
});
