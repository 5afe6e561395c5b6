/**
 * Stored triage state: the hand-checked transcript accepts and refuses exactly what the zod entry
 * schema would, and drops the same keys.
 */
import { z } from 'zod';
import { readTriageState, newTriageState, transcriptEntrySchema, transcriptSchema, TRANSCRIPT_LIMIT } from '../../src/conversation/triageState';

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
