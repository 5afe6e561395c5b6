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
