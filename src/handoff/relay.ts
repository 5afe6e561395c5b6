/**
 * What the agent API needs from the bot layer to reach the person. The bot layer implements it
 * (with botbuilder: `continueConversationAsync` on the stored `Case.conversation` reference, or the
 * SMS adapter); the core never looks inside `Case.conversation`.
 */
import type { Case } from './case';

/**
 * Status changes the person must hear about, named after the Bot Framework `handoff.status` states where they match:
 * - `accepted`: an agent claimed the case: tell the person an adviser has joined, and relay their messages to the case;
 * - `released`: the agent handed the conversation back: the bot answers again (the case waits in the queue);
 * - `completed`: the case is closed: the bot answers again.
 */
export type RelayStatus = 'accepted' | 'completed' | 'released';

/** Reaches the person behind a case. Implementations may throw; the API then answers 502 SP_RELAY_FAILED. */
export interface CitizenRelay {
  /** Sends an agent's message to the person (the case already records it in `messages`). */
  send(c: Case, text: string): Promise<void>;
  /** Tells the person (and the bot) about a status change; `c` is the case after the change. */
  notify(c: Case, status: RelayStatus): Promise<void>;
}
