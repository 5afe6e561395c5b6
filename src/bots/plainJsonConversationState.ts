/**
 * `ConversationState` whose change check compares plain `JSON.stringify` text instead of
 * botbuilder's change hash (a replacer-walking stringify plus SHA-256, computed on load, before
 * saving and again after saving). State here is plain JSON (it is stored as JSON and validated on
 * read), so the text is an exact change check; it is made twice a turn instead of three hashes, and
 * with a store that records the JSON it read and takes offered JSON (RedisStorage), once: the text
 * read is the starting point, and the text made at save is what gets stored.
 * Reads, writes, the per-turn cache slot and `clear`/`delete`/`get` are botbuilder's own.
 */
import { ConversationState, type TurnContext } from 'botbuilder';
import { markLastWriteOfTurn, offerWriteJson, readJsonOf, type Storage } from '../state/storage';
import type { TurnPrefetch } from '../state/turnLock';

/**
 * The storage keys of the conversation state a turn reads, from its turn lock key. Every route locks
 * a turn under `<channel id>/<conversation id>` (channel ids hold no '/'), and ConversationState
 * (namespace '') keeps the conversation under `<channel id>/conversations/<conversation id>/`.
 * A turn lock reads these with the lock ({@link TurnPrefetch}); a key that does not match what the
 * turn reads costs nothing but the prefetch's use. No '/' in the lock key: none.
 */
export function conversationStateKeysForLock(lockKey: string): string[] {
  const slash = lockKey.indexOf('/');
  if (slash <= 0 || slash === lockKey.length - 1) return [];
  return [`${lockKey.slice(0, slash)}/conversations/${lockKey.slice(slash + 1)}/`];
}

/** BotState's per-turn cache entry: the state object and what it looked like when loaded or saved. */
interface CachedState {
  state: Record<string, unknown>;
  hash: string;
}

/** The state as stored, without its eTag: the text two states are compared by. */
function snapshot(state: Record<string, unknown>): string {
  const { eTag: _eTag, ...rest } = state;
  return JSON.stringify(rest);
}

/** Conversation state with a cheap, exact change check; otherwise botbuilder's ConversationState. */
export class PlainJsonConversationState extends ConversationState {
  /** BotState's turn-cache key (a private symbol), shared so clear, delete and get see the same cache. */
  private readonly cacheKey: symbol;

  constructor(storage: Storage) {
    super(storage);
    const key = (this as unknown as { stateKey?: unknown }).stateKey;
    if (typeof key !== 'symbol') throw new TypeError('PlainJsonConversationState: botbuilder BotState has no stateKey symbol (version changed?).');
    this.cacheKey = key;
  }

  /** As BotState.load: the cached state, or a read from storage (cached for the rest of the turn). */
  override async load(context: TurnContext, force = false): Promise<any> {
    const cached = context.turnState.get(this.cacheKey) as CachedState | undefined;
    if (!force && cached?.state) return cached.state;
    const key = await this.storageKey(context);
    const items = await this.storage.read([key]);
    const state = (items[key] ?? {}) as Record<string, unknown>;
    // The text the store read it from is the text `snapshot` would give (both leave out the eTag);
    // if the two ever differed, the only effect would be one write of an unchanged state.
    context.turnState.set(this.cacheKey, { state, hash: readJsonOf(state) ?? snapshot(state) } satisfies CachedState);
    return state;
  }

  /**
   * As BotState.saveChanges: writes (eTag '*') when forced or when the state changed since it was loaded or saved.
   * @param lastOfTurn this is the turn's last state write: nothing after it in the turn needs the turn
   *   lock across processes, so a store may release the lock with it (see `ExclusiveOptions`).
   */
  override async saveChanges(context: TurnContext, force = false, lastOfTurn = false): Promise<void> {
    let cached = context.turnState.get(this.cacheKey) as CachedState | undefined;
    if (!force && !cached) return;
    const now = cached ? snapshot(cached.state) : '{}';
    if (!force && cached && cached.hash === now) return;
    const key = await this.storageKey(context);
    cached ??= { state: {}, hash: '' };
    cached.state.eTag = '*';
    // The store may use this text rather than stringify the same state again.
    offerWriteJson(cached.state, now);
    if (lastOfTurn) markLastWriteOfTurn(cached.state);
    await this.storage.write({ [key]: cached.state });
    cached.hash = now;
    context.turnState.set(this.cacheKey, cached);
  }
}
