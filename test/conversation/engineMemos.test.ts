/**
 * The per-process memo cache: least recently used goes first, idle memos expire, and a dropped
 * conversation's memo (with its facts) is gone.
 */
import { EngineMemos } from '../../src/conversation/engineMemos';
import type { EngineMemo } from '../../src/rules';

const memo = (n: number) => ({ n }) as unknown as EngineMemo;

describe('EngineMemos', () => {
  test('keeps at most max conversations, dropping the least recently used', () => {
    const m = new EngineMemos({ max: 2 });
    m.set('a', memo(1));
    m.set('b', memo(2));
    expect(m.get('a')).toEqual(memo(1)); // a is now the most recent
    m.set('c', memo(3));
    expect(m.size).toBe(2);
    expect(m.get('b')).toBeUndefined();
    expect(m.get('a')).toEqual(memo(1));
    expect(m.get('c')).toEqual(memo(3));
  });

  test('a memo idle for longer than idleMs is gone, and setting anything sweeps expired ones', () => {
    let now = 0;
    const m = new EngineMemos({ idleMs: 1000, clock: () => now });
    m.set('a', memo(1));
    m.set('b', memo(2));
    now = 900;
    expect(m.get('a')).toEqual(memo(1)); // used at 900: a lives until 1900
    now = 1500;
    expect(m.get('b')).toBeUndefined();
    m.set('c', memo(3));
    expect(m.size).toBe(2);
    now = 2500;
    m.set('d', memo(4));
    expect(m.size).toBe(2); // a expired at 1900 and was swept; c (1500) still fits
    expect(m.get('a')).toBeUndefined();
    expect(m.get('c')).toEqual(memo(3));
  });

  test('drop forgets a conversation', () => {
    const m = new EngineMemos();
    m.set('a', memo(1));
    m.drop('a');
    expect(m.get('a')).toBeUndefined();
    expect(m.size).toBe(0);
  });
});
