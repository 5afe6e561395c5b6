/**
 * The citizen bot: greets new conversations and hands every message to the triage dialog. It holds
 * no policy and no words; it saves conversation state at the end of each turn unless the person
 * asked for their data to be deleted.
 *
 * It routes the three kinds of activity it answers itself, rather than extending botbuilder's
 * `ActivityHandler`: that handler's chain of events (turn, message, dialog, each through its own
 * handler list) cost about 0.1 ms a turn when measured, around a tenth of a whole Signpost turn.
 * Anything else is ignored, as ActivityHandler ignores activities without handlers. An `invoke`
 * gets 501 from the adapter, as ActivityHandler gives for invokes it does not know.
 */
import type { TurnContext } from 'botbuilder';
import type { PlainJsonConversationState } from './plainJsonConversationState';
import { DELETED, type TriageDialog } from '../dialogs/triageDialog';
import type { HandoffBridge } from './handoffBridge';
import { botContent, say } from '../content/botContent';

export interface SignpostBotDeps {
  conversationState: PlainJsonConversationState;
  dialog: TriageDialog;
  /** Warm handoff: while an adviser holds the case, the person's messages go to them. */
  handoff?: HandoffBridge;
}

/** The `handoff.status` states a contact-centre platform may send, as the protocol names them. */
const HANDOFF_STATUSES: ReadonlySet<string> = new Set(['accepted', 'failed', 'completed']);

export class SignpostBot {
  constructor(private readonly deps: SignpostBotDeps) {}

  /** Runs one turn: routes the activity, then saves the conversation state (the turn's last state write). */
  async run(ctx: TurnContext): Promise<void> {
    const { activity } = ctx;
    switch (activity.type) {
      case 'message':
        await this.message(ctx);
        break;
      case 'conversationUpdate': {
        const botId = activity.recipient?.id;
        if ((activity.membersAdded ?? []).some((m) => m.id !== botId)) await this.deps.dialog.greet(ctx);
        break;
      }
      case 'event':
        // Nothing of the conversation changes: no state to save.
        if (activity.name === 'handoff.status') return this.handoffStatus(ctx);
        break;
      default:
        break;
    }
    // The turn's last state write: the route may let it free the turn lock (ExclusiveOptions).
    if (!ctx.turnState.get(DELETED)) await this.deps.conversationState.saveChanges(ctx, false, true);
  }

  private async message(ctx: TurnContext): Promise<void> {
    const { handoff, dialog } = this.deps;
    if (handoff && (await handoff.gate(ctx))) return;
    const recordOnCase = await handoff?.trackQueued(ctx);
    // The triage is the only dialog and it begins and continues alike, so it runs without a
    // DialogSet: no dialog stack to load, build a DialogContext for, or save each turn.
    await dialog.runTurn(ctx);
    await recordOnCase?.();
  }

  /**
   * A standard `handoff.status` event from an external contact-centre platform: tell the person, with
   * `triage.handoff` carrying the new status (accepted, failed or completed).
   */
  private async handoffStatus(ctx: TurnContext): Promise<void> {
    const value = (ctx.activity.value ?? {}) as { state?: string; caseId?: string };
    if (!value.state || !HANDOFF_STATUSES.has(value.state)) return;
    await ctx.sendActivity({ type: 'message', text: say(botContent('en'), value.state === 'accepted' ? 'handoffAccepted' : value.state === 'completed' ? 'handoffCompleted' : 'handoffFailed'),
      channelData: { triage: { handoff: { caseId: value.caseId ?? '', status: value.state } } } });
  }
}
