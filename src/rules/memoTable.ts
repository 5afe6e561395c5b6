/**
 * The arrays an assessment keeps its memoised values in. Every key of one kind (fact keys, benefit
 * ids, shared keys) gets a slot number for the life of the process, so a lookup is an array read and
 * carrying the still-valid values over to the next turn's assessment is one pass over two arrays.
 */

/** Slot numbers for the keys of one kind of memoised value; a new key gets the next number. */
export class MemoKeys {
  private readonly slots = new Map<string, number>();

  /** The key's slot, numbering it on first sight. */
  slot(key: string): number {
    let s = this.slots.get(key);
    if (s === undefined) {
      s = this.slots.size;
      this.slots.set(key, s);
    }
    return s;
  }

  /** How many keys have slots so far. */
  get size(): number {
    return this.slots.size;
  }
}

/** Fact keys: the name, or the name and its params as JSON (as `Assessment.fact` builds it). */
export const FACT_KEYS = new MemoKeys();
/** Benefit ids. */
export const BENEFIT_KEYS = new MemoKeys();
/** Keys of values several benefits share (`Assessment.shared`). */
export const SHARED_KEYS = new MemoKeys();

/** The memo slot of a fact key (see {@link FACT_KEYS}). */
export const factSlot = (key: string): number => FACT_KEYS.slot(key);
/** The memo slot of a shared key (see {@link SHARED_KEYS}). */
export const sharedSlot = (key: string): number => SHARED_KEYS.slot(key);

/** The mark in `deps` of a slot with no value. Real dependency masks are never negative. */
const EMPTY = -1;

/**
 * Memoised values by slot, each with the bit mask of the facts it read (see `factBit`). Once set, a
 * slot's value never changes in this table.
 */
export class MemoTable<T> {
  private values: (T | undefined)[];
  private deps: Int32Array;

  /**
   * @param from the previous turn's table of the same kind: every value that read none of the
   *   `changed` facts is carried over. Undefined: empty.
   * @param changed the bits of the facts that differ from the facts `from` was worked out on
   */
  constructor(private readonly keys: MemoKeys, from?: MemoTable<T>, changed = 0) {
    if (!from) {
      this.values = new Array<T | undefined>(keys.size).fill(undefined);
      this.deps = new Int32Array(keys.size).fill(EMPTY);
      return;
    }
    this.values = from.values.slice();
    this.deps = from.deps.slice();
    const deps = this.deps;
    for (let i = 0; i < deps.length; i++) {
      const d = deps[i] as number;
      if (d !== EMPTY && (d & changed) !== 0) {
        deps[i] = EMPTY;
        this.values[i] = undefined;
      }
    }
  }

  /** The fact bits the slot's value read; -1 when the slot has no value. */
  depsAt(slot: number): number {
    return slot < this.deps.length ? (this.deps[slot] as number) : EMPTY;
  }

  /** The slot's value; only meaningful when `depsAt(slot)` is not -1. */
  valueAt(slot: number): T {
    return this.values[slot] as T;
  }

  /** Sets a slot's value and the fact bits it read (not negative). */
  set(slot: number, value: T, deps: number): void {
    if (slot >= this.deps.length) this.grow();
    this.values[slot] = value;
    this.deps[slot] = deps;
  }

  /** Makes room for every slot numbered since this table was made. */
  private grow(): void {
    const deps = new Int32Array(this.keys.size).fill(EMPTY);
    deps.set(this.deps);
    this.deps = deps;
    while (this.values.length < deps.length) this.values.push(undefined);
  }
}
