/**
 * What the in-process channel adapters (SMS, the Direct Line bridge) share: proactive turns through
 * every `continueConversationAsync` overload, and no editing or deleting of what was delivered. Each
 * adapter supplies its own proactive turn (`continueOn`) and its error code for what it cannot do.
 */
import { BotAdapter, type ConversationReference, type TurnContext, type Activity } from 'botbuilder';
import { SignpostError, type ErrorCode } from '../src/errors';

/** The bot logic a turn runs. */
export type Logic = (context: TurnContext) => Promise<void>;
type Claims = Parameters<BotAdapter['continueConversationAsync']>[0];

export abstract class InProcessAdapter extends BotAdapter {
  /** The error code for `updateActivity` and `deleteActivity`, which the channel cannot do. */
  protected abstract readonly notSupported: ErrorCode;

  /**
   * Runs `logic` on a `ContinueConversation` event for a stored reference, with the channel's own
   * checks (does the conversation still exist?) and identities.
   */
  protected abstract continueOn(reference: Partial<ConversationReference>, logic: Logic): Promise<void>;

  /** Not supported: a delivered message cannot be changed on this channel. */
  async updateActivity(_context: TurnContext, _activity: Partial<Activity>): Promise<void> {
    throw new SignpostError(this.notSupported, 'updateActivity');
  }

  /** Not supported: a delivered message cannot be removed on this channel. */
  async deleteActivity(_context: TurnContext, _reference: Partial<ConversationReference>): Promise<void> {
    throw new SignpostError(this.notSupported, 'deleteActivity');
  }

  /** Proactive turn on a stored reference; see {@link InProcessAdapter.continueConversationAsync}. */
  async continueConversation(reference: Partial<ConversationReference>, logic: Logic): Promise<void> {
    await this.continueOn(reference, logic);
  }

  /**
   * Proactive turn (e.g. an adviser's message) in any of botbuilder's call shapes. The app id, claims
   * and audience are ignored: these channels run the bot in-process, without Bot Framework auth.
   */
  override continueConversationAsync(botAppId: string, reference: Partial<ConversationReference>, logic: Logic): Promise<void>;
  override continueConversationAsync(claimsIdentity: Claims, reference: Partial<ConversationReference>, logic: Logic): Promise<void>;
  override continueConversationAsync(claimsIdentity: Claims, reference: Partial<ConversationReference>, audience: string, logic: Logic): Promise<void>;
  override async continueConversationAsync(
    _appIdOrClaims: string | Claims,
    reference: Partial<ConversationReference>,
    logicOrAudience: Logic | string,
    maybeLogic?: Logic,
  ): Promise<void> {
    const logic = typeof logicOrAudience === 'function' ? logicOrAudience : maybeLogic;
    if (!logic) throw new TypeError(`${this.constructor.name}.continueConversationAsync: logic is required.`);
    await this.continueOn(reference, logic);
  }
}
