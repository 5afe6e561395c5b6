/**
 * Stored triage state: the hand-checked transcript and state accept and refuse exactly what the zod
 * schemas would, and drop the same keys.
 */
import { z } from 'zod';
import { readTriageState, newTriageState, transcriptEntrySchema, transcriptSchema, triageStateSchema, TRANSCRIPT_LIMIT } from '../../src/conversation/triageState';

const bySchema = z.array(transcriptEntrySchema).max(TRANSCRIPT_LIMIT);
const at = '2026-11-22T12:00:00.000Z';
const ok = { from: 'person', text: 'hi', at };

const CASES: [string, unknown][] = [
  ['empty', []],
  ['one entry', [ok]],
  ['both speakers', [ok, { from: 'bot', text: 'Hello', at }]],
  ['an extra key (dropped)', [{ ...ok, secret: 'x' }]],
  ['text of 4000 characters', [{ ...ok, text: 'a'.repeat(4000) }]],
  ['text of 4001 characters', [{ ...ok, text: 'a'.repeat(4001) }]],
  ['an unknown speaker', [{ ...ok, from: 'adviser' }]],
  ['a missing time', [{ from: 'person', text: 'hi' }]],
  ['a number for text', [{ ...ok, text: 42 }]],
  ['null entry', [null]],
  ['a string entry', ['hi']],
  ['an array entry', [[ok]]],
  ['not a list', { 0: ok }],
  ['a string', 'hi'],
  ['null', null],
  ['undefined', undefined],
  ['the longest transcript', Array.from({ length: TRANSCRIPT_LIMIT }, () => ok)],
  ['one entry too many', Array.from({ length: TRANSCRIPT_LIMIT + 1 }, () => ok)],
  ['a bad entry after good ones', [ok, ok, { ...ok, at: 5 }]],
];

describe('the transcript check agrees with the zod entry schema', () => {
  test.each(CASES)('%s', (_name, value) => {
    const fast = transcriptSchema.safeParse(value);
    const slow = bySchema.safeParse(value);
    expect(fast.success).toBe(slow.success);
    if (fast.success && slow.success) expect(fast.data).toEqual(slow.data);
  });
});

describe('readTriageState', () => {
  test('reads a state back, transcript included, and refuses a bad transcript', () => {
    const s = { ...newTriageState(), transcript: [ok] };
    expect(readTriageState(JSON.parse(JSON.stringify(s)))).toEqual(s);
    expect(() => readTriageState({ ...s, transcript: [{ ...ok, from: 'x' }] })).toThrow();
  });
});

/** A full state as stored, every optional field set. */
const full = {
  ...newTriageState(), stage: 'asking', consent: true, facts: { nation: 'wales', age: 70, children_ages: [3, 7] },
  answered: ['nation', 'age', 'children_ages'], skipped: ['savings'], pending: { fact: 'income', misses: 1 }, outcomePage: 2,
  safety: { category: 'homeless-tonight', at }, wantsAdviser: false, lastActive: at, transcript: [ok, { from: 'bot', text: 'How old are you?', at }],
};
const without = (key: string) => Object.fromEntries(Object.entries(full).filter(([k]) => k !== key));

/** Each field right, wrong, missing and out of the ordinary; the state check must agree with zod on every one. */
const STATES: [string, unknown][] = [
  ['a new state', newTriageState()],
  ['every field set', full],
  ['an extra key (dropped)', { ...full, secret: 'x' }],
  ['extra keys inside pending and safety (dropped)', { ...full, pending: { fact: 'income', misses: 0, x: 1 }, safety: { category: 'c', at, x: 1 } }],
  ...['consent', 'pending', 'outcomePage', 'safety', 'wantsAdviser', 'lastActive'].map((k): [string, unknown] => [`without ${k}`, without(k)]),
  ...['version', 'stage', 'facts', 'answered', 'skipped', 'transcript'].map((k): [string, unknown] => [`without ${k} (required)`, without(k)]),
  ['version 2', { ...full, version: 2 }],
  ['version as text', { ...full, version: '1' }],
  ['an unknown stage', { ...full, stage: 'done' }],
  ['every stage', { ...full, stage: 'outcome' }],
  ['consent as text', { ...full, consent: 'yes' }],
  ['consent null', { ...full, consent: null }],
  ['a number in answered', { ...full, answered: ['age', 3] }],
  ['answered not a list', { ...full, answered: 'age' }],
  ['skipped null', { ...full, skipped: null }],
  ['pending without misses', { ...full, pending: { fact: 'income' } }],
  ['pending with negative misses', { ...full, pending: { fact: 'income', misses: -1 } }],
  ['pending with fractional misses', { ...full, pending: { fact: 'income', misses: 0.5 } }],
  ['pending fact as a number', { ...full, pending: { fact: 4, misses: 0 } }],
  ['pending as a list', { ...full, pending: ['income', 0] }],
  ['pending null', { ...full, pending: null }],
  ['a negative outcome page', { ...full, outcomePage: -1 }],
  ['a fractional outcome page', { ...full, outcomePage: 1.5 }],
  ['an outcome page as text', { ...full, outcomePage: '2' }],
  ['safety without a time', { ...full, safety: { category: 'c' } }],
  ['safety as text', { ...full, safety: 'c' }],
  ['wantsAdviser as text', { ...full, wantsAdviser: 'no' }],
  ['lastActive as a number', { ...full, lastActive: 5 }],
  ['facts that do not fit', { ...full, facts: { age: -1 } }],
  ['a bad transcript entry', { ...full, transcript: [ok, { ...ok, from: 'adviser' }] }],
  ['a state as a list', [full]],
  ['a state as text', 'asking'],
];

describe('the state check agrees with the zod state schema', () => {
  test.each(STATES)('%s', (_name, value) => {
    const raw = JSON.parse(JSON.stringify(value)) as unknown;
    const slow = triageStateSchema.safeParse(raw);
    for (const checked of [undefined, {}, full.facts]) {
      if (slow.success) expect(readTriageState(raw, checked)).toEqual(slow.data);
      else expect(() => readTriageState(raw, checked)).toThrow();
    }
  });
});
