/**
 * The engine's memo of each conversation's last turn, kept in this process only, so that the next
 * turn works out again only what the new answer affects (see `EngineMemo`). It is a cache: a miss
 * (another process took the turn, the entry expired or was pushed out) costs time, never a different
 * answer. Memos hold facts, so they are bounded in number and in idle time, and the dialog drops a
 * conversation's memo when the person deletes their data or starts again. Framework-free.
 */
import type { EngineMemo } from '../rules';

/** Options for {@link EngineMemos}. */
export interface EngineMemosOptions {
  /** Most conversations kept; the least recently used goes first. Default 1,000. */
  max?: number;
  /** A memo unused for this long (ms) is dropped. Default 15 minutes. */
  idleMs?: number;
  /** Epoch ms; for tests. */
  clock?: () => number;
}

interface Slot {
  memo: EngineMemo;
  /** Epoch ms of the last use. */
  at: number;
}

/** Least-recently-used memos by conversation key, expiring when idle. */
export class EngineMemos {
  /** In order of last use, oldest first (a Map keeps insertion order). */
  private readonly slots = new Map<string, Slot>();
  private readonly max: number;
  private readonly idleMs: number;
  private readonly clock: () => number;

  constructor(options: EngineMemosOptions = {}) {
    this.max = Math.max(1, Math.floor(options.max ?? 1000));
    this.idleMs = Math.max(0, options.idleMs ?? 15 * 60_000);
    this.clock = options.clock ?? Date.now;
  }

  /** How many conversations have a memo. */
  get size(): number {
    return this.slots.size;
  }

  /** The conversation's memo, or undefined when there is none or it has been idle too long. */
  get(key: string): EngineMemo | undefined {
    const slot = this.slots.get(key);
    if (!slot) return undefined;
    this.slots.delete(key);
    const now = this.clock();
    if (now - slot.at > this.idleMs) return undefined;
    this.slots.set(key, { memo: slot.memo, at: now });
    return slot.memo;
  }

  /** Keeps the conversation's latest memo, dropping expired and (over `max`) least recently used ones. */
  set(key: string, memo: EngineMemo): void {
    const now = this.clock();
    this.slots.delete(key);
    this.slots.set(key, { memo, at: now });
    for (const [k, slot] of this.slots) {
      if (this.slots.size <= this.max && now - slot.at <= this.idleMs) break;
      this.slots.delete(k);
    }
  }

  /** Forgets the conversation's memo (its facts went: "delete my data", "start again"). */
  drop(key: string): void {
    this.slots.delete(key);
  }
}
