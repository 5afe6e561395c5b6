/**
 * Opening statements for the second and third household tables (`moreOpeningStatements.ts` and
 * `moreOpeningStatements2.ts`, written independently
 * and with deliberate traps: other people's benefits and health, past situations, hours of work beside
 * hours of caring): every fact `extractFacts` keeps is true. Benefits named in passing may be only
 * some of what the household gets, so each one named must be among them.
 */
import { extractFacts } from '../../src/understanding/extractFacts';
import { MORE_HOUSEHOLDS } from '../households/moreHouseholds';
import { MORE_HOUSEHOLDS_2 } from '../households/moreHouseholds2';
import { MORE_OPENING_STATEMENTS } from '../households/moreOpeningStatements';
import { MORE_OPENING_STATEMENTS_2 } from '../households/moreOpeningStatements2';

const NOW = new Date('2026-11-22T12:00:00Z');

function same(fact: string, kept: unknown, truth: unknown): boolean {
  if (typeof kept === 'number' && typeof truth === 'number') return Math.abs(kept - truth) <= Math.max(1, truth * 0.01);
  if (fact === 'receiving' && Array.isArray(kept) && Array.isArray(truth)) return kept.every((b) => truth.includes(b));
  if (Array.isArray(kept) && Array.isArray(truth)) return JSON.stringify([...kept].sort()) === JSON.stringify([...truth].sort());
  return JSON.stringify(kept) === JSON.stringify(truth);
}

const CASES = [
  ...MORE_HOUSEHOLDS.map((h) => [h.name, h, MORE_OPENING_STATEMENTS[h.name]] as const),
  ...MORE_HOUSEHOLDS_2.map((h) => [h.name, h, MORE_OPENING_STATEMENTS_2[h.name]] as const),
];

describe.each(CASES)('%s', (_name, h, text) => {
  it('keeps only true facts from the opening statement', () => {
    expect(text).toBeDefined();
    const truth = h.facts as Record<string, unknown>;
    const kept = extractFacts(text as string, { now: NOW }) as Record<string, unknown>;
    const wrong = Object.entries(kept).filter(([f, v]) => !same(f, v, truth[f])).map(([f, v]) => `${f}: kept ${JSON.stringify(v)}, truth ${JSON.stringify(truth[f])}`);
    expect(wrong).toEqual([]);
  });
});
