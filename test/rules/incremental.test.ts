/**
 * Incremental evaluation: a step given the conversation's previous memo gives exactly what a step
 * worked out afresh gives (the next question and the whole outcome), whatever changed between the
 * two: a new answer, a correction, "back", a benefit mentioned in passing, or the day.
 */
import type { Facts } from '../../src/facts/facts';
import type { EngineMemo } from '../../src/rules';
import { HOUSEHOLDS } from '../households/households';
import { MORE_HOUSEHOLDS } from '../households/moreHouseholds';
import { MORE_HOUSEHOLDS_2 } from '../households/moreHouseholds2';
import { testEngine, TODAY } from '../support/knowledge';
import { randomHousehold, seeded } from '../support/randomFacts';

const e = testEngine();
const ALL = [...HOUSEHOLDS, ...MORE_HOUSEHOLDS, ...MORE_HOUSEHOLDS_2];

/** One step with the memo and one without; they must agree. Returns the memo for the next step. */
function stepBoth(facts: Facts, date: Date, previous: EngineMemo | undefined, skipped?: ReadonlySet<string>): { memo: EngineMemo; next?: string } {
  const withMemo = e.step(facts, date, skipped, previous);
  const fresh = e.step(facts, date, skipped);
  expect(withMemo.next?.fact).toBe(fresh.next?.fact);
  expect(withMemo.outcome).toEqual(fresh.outcome);
  expect(e.evaluate(facts, date, previous)).toEqual(fresh.outcome);
  return { memo: withMemo.memo, next: fresh.next?.fact };
}

/** Walks a triage answering from `truth`, carrying the memo; every step is checked against a fresh one. */
function walk(truth: Record<string, unknown>, date: Date, start: Record<string, unknown> = {}, memo?: EngineMemo): { facts: Record<string, unknown>; memo?: EngineMemo } {
  const facts = { ...start };
  for (let i = 0; i < 40; i++) {
    const r = stepBoth({ ...facts } as Facts, date, memo);
    memo = r.memo;
    if (!r.next) break;
    facts[r.next] = truth[r.next] ?? fallback(r.next);
  }
  return { facts, memo };
}

/** A plain answer for a fact a table leaves out. */
function fallback(fact: string): unknown {
  const defaults: Record<string, unknown> = {
    nation: 'england', age: 40, partner_age: 40, receiving: [], caring_hours: 0, children_count: 0, children_ages: [],
    income: 0, savings: 0, limits_work: 'no', employment: 'not-working', immigration_status: 'british-irish',
    work_hours: 0, housing: 'rent-private', date_of_birth: '1986-05-01',
  };
  return fact in defaults ? defaults[fact] : false;
}

describe('a step with the previous memo equals a fresh step', () => {
  test.each(ALL.map((h) => [h.name, h] as const))('%s: the whole triage, then corrections, "back" and a new day', (_id, h) => {
    const date = new Date(`${h.date}T12:00:00Z`);
    const truth = h.facts as Record<string, unknown>;
    const { facts, memo } = walk(truth, date);
    let m = memo;
    const keys = Object.keys(facts);
    // "back": the last answer removed.
    const back = { ...facts };
    delete back[keys[keys.length - 1] ?? ''];
    m = stepBoth(back as Facts, date, m).memo;
    // A correction of each answer in turn, to another household's value for the same fact.
    for (const [i, k] of keys.entries()) {
      const other = ALL[(ALL.indexOf(h) + i + 1) % ALL.length]?.facts as Record<string, unknown>;
      if (other[k] === undefined || JSON.stringify(other[k]) === JSON.stringify(facts[k])) continue;
      m = stepBoth({ ...facts, [k]: other[k] } as Facts, date, m).memo;
    }
    // Back to the answers as given, later the same day, then on another day.
    m = stepBoth(facts as Facts, new Date(date.getTime() + 6 * 3600_000), m).memo;
    stepBoth(facts as Facts, new Date(date.getTime() + 400 * 86_400_000), m);
  });
});

describe('memos across random conversations', () => {
  test('random households, benefits mentioned in passing, skipped questions and memos from another household', () => {
    const r = seeded(20261122);
    let foreign: EngineMemo | undefined;
    for (let n = 0; n < 60; n++) {
      const truth = randomHousehold(r, e.kb.benefitIds) as Record<string, unknown>;
      const mentioned = r() < 0.5 ? { receiving_mentioned: [e.kb.benefitIds[Math.floor(r() * e.kb.benefitIds.length)]] } : {};
      // A memo from a different household is still only a cache: the answers must not change.
      const { facts, memo } = walk(truth, TODAY, mentioned, r() < 0.3 ? foreign : undefined);
      const skipped = new Set(Object.keys(facts).filter(() => r() < 0.2));
      const without = Object.fromEntries(Object.entries(facts).filter(([k]) => !skipped.has(k)));
      stepBoth(without as Facts, TODAY, memo, skipped);
      foreign = memo;
    }
  });
});

describe('facts are checked against the contract with or without a memo', () => {
  const { memo } = e.step({ nation: 'england', age: 40, receiving: ['universal-credit'] }, TODAY);

  test.each([
    ['a value out of range', { nation: 'england', age: 400 }],
    ['a changed list with an unknown benefit id', { nation: 'england', age: 40, receiving: ['Not An Id'] }],
    ['a key that is not a fact', { nation: 'england', age: 40, shoe_size: 9 }],
    ['a value of the wrong type', { nation: 'england', age: '40' }],
  ])('%s is refused', (_name, facts) => {
    expect(() => e.step(facts as Facts, TODAY, undefined, memo)).toThrow(expect.objectContaining({ code: 'SP_FACTS_INVALID' }));
    expect(() => e.step(facts as Facts, TODAY)).toThrow(expect.objectContaining({ code: 'SP_FACTS_INVALID' }));
  });

  test('the engine keeps its own copy: changing the caller\'s facts afterwards changes nothing it remembers', () => {
    const facts = { nation: 'england', age: 40, receiving: ['universal-credit'] } as Facts;
    const first = e.step(facts, TODAY, undefined, memo);
    (facts.receiving as string[]).push('pension-credit');
    facts.age = 70;
    const fresh = e.step({ nation: 'england', age: 40, receiving: ['universal-credit'] }, TODAY);
    const again = e.step({ nation: 'england', age: 40, receiving: ['universal-credit'] }, TODAY, undefined, first.memo);
    expect(again.outcome).toEqual(fresh.outcome);
    expect(again.next?.fact).toBe(fresh.next?.fact);
  });
});
