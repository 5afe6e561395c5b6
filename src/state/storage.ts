/**
 * Framework-free storage contract. It is structurally identical to botbuilder's `Storage`
 * (botbuilder-core `storage.ts`), so `ConversationState`/`UserState` accept any implementation
 * directly — without this folder importing botbuilder. Keep it that way (see the Agents SDK move).
 */

/** One stored document. `eTag` is set by the store on read; `'*'` or undefined on write means "overwrite". */
export type StoreItem = { eTag?: string; [key: string]: unknown };

/** Documents by storage key. A key missing from a read result means "no such item". */
export type StoreItems = Record<string, any>;

/** botbuilder-compatible storage. */
export interface Storage {
  /** Reads the items that exist; missing keys are simply absent from the result. */
  read(keys: string[]): Promise<StoreItems>;
  /** Writes items; fails with an "eTag conflict" error if an item changed since it was read. */
  write(changes: StoreItems): Promise<void>;
  /** Deletes items; missing keys are ignored. */
  delete(keys: string[]): Promise<void>;
}

/**
 * The JSON text of items, kept beside them so a state that is stored as JSON is not turned into
 * JSON more often than needed. Both maps are weak (an item's text goes with it) and optional: a store
 * or caller that ignores them behaves exactly as before.
 * - Read side: a store that keeps items as JSON may record, for each item it returns, the text it
 *   read (without the eTag). A state's change check can start from it instead of stringifying.
 * - Write side: a caller that has just stringified an item (without its eTag) may hand that text to
 *   the store for the next write of that very item; the store takes it once and must not reuse it.
 */
const readJson = new WeakMap<object, string>();
const writeJson = new WeakMap<object, string>();

/** Records the JSON text (without eTag) an item was read from. */
export function noteReadJson(item: object, json: string): void {
  readJson.set(item, json);
}

/** The JSON text (without eTag) the item was read from, if its store recorded it. */
export function readJsonOf(item: object): string | undefined {
  return readJson.get(item);
}

/** Offers the JSON text (without eTag) of an item about to be written; valid for that one write. */
export function offerWriteJson(item: object, json: string): void {
  writeJson.set(item, json);
}

/** Takes the text offered for this write, if any (it is then gone). */
export function takeWriteJson(item: object): string | undefined {
  const json = writeJson.get(item);
  if (json !== undefined) writeJson.delete(item);
  return json;
}

/**
 * Items marked as their turn's last write. A store whose turn lock allows it may release the lock in
 * the same round trip as writing such an item (RedisStorage); any other store ignores the mark.
 */
const lastWrites = new WeakSet<object>();

/**
 * Marks an item about to be written as the last state write of its turn: nothing the turn does after
 * it needs the turn lock across processes. Valid for that one write.
 */
export function markLastWriteOfTurn(item: object): void {
  lastWrites.add(item);
}

/** Whether the item was marked as its turn's last write (the mark is then gone). */
export function takeLastWriteOfTurn(item: object): boolean {
  return lastWrites.delete(item);
}
