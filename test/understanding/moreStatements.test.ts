/**
 * Opening statements for the second household table (`moreOpeningStatements.ts`, written independently
 * and with deliberate traps: other people's benefits and health, past situations, hours of work beside
 * hours of caring): every fact `extractFacts` keeps is true. Benefits named in passing may be only
 * some of what the household gets, so each one named must be among them.
 */
import { extractFacts } from '../../src/understanding/extractFacts';
import { MORE_HOUSEHOLDS } from '../households/moreHouseholds';
import { MORE_OPENING_STATEMENTS } from '../households/moreOpeningStatements';

const NOW = new Date('2026-11-22T12:00:00Z');

function same(fact: string, kept: unknown, truth: unknown): boolean {
  if (typeof kept === 'number' && typeof truth === 'number') return Math.abs(kept - truth) <= Math.max(1, truth * 0.01);
  if (fact === 'receiving' && Array.isArray(kept) && Array.isArray(truth)) return kept.every((b) => truth.includes(b));
  if (Array.isArray(kept) && Array.isArray(truth)) return JSON.stringify([...kept].sort()) === JSON.stringify([...truth].sort());
  return JSON.stringify(kept) === JSON.stringify(truth);
}

describe.each(MORE_HOUSEHOLDS.map((h) => [h.name, h] as const))('%s', (name, h) => {
  it('keeps only true facts from the opening statement', () => {
    const text = MORE_OPENING_STATEMENTS[name];
    expect(text).toBeDefined();
    const truth = h.facts as Record<string, unknown>;
    const kept = extractFacts(text as string, { now: NOW }) as Record<string, unknown>;
    const wrong = Object.entries(kept).filter(([f, v]) => !same(f, v, truth[f])).map(([f, v]) => `${f}: kept ${JSON.stringify(v)}, truth ${JSON.stringify(truth[f])}`);
    expect(wrong).toEqual([]);
  });
});
