/**
 * The citizen bot: greets new conversations and hands every message to the triage dialog. It holds
 * no policy and no words; it saves conversation state at the end of each turn unless the person
 * asked for their data to be deleted.
 */
import { ActivityHandler, type TurnContext } from 'botbuilder';
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

export class SignpostBot extends ActivityHandler {
  private readonly conversationState: PlainJsonConversationState;

  constructor(deps: SignpostBotDeps) {
    super();
    this.conversationState = deps.conversationState;
    this.onMembersAdded(async (ctx, next) => {
      const botId = ctx.activity.recipient?.id;
      if ((ctx.activity.membersAdded ?? []).some((m) => m.id !== botId)) await deps.dialog.greet(ctx);
      await next();
    });

    this.onMessage(async (ctx, next) => {
      if (deps.handoff && (await deps.handoff.gate(ctx))) { await next(); return; }
      const recordOnCase = await deps.handoff?.trackQueued(ctx);
      // The triage is the only dialog and it begins and continues alike, so it runs without a
      // DialogSet: no dialog stack to load, build a DialogContext for, or save each turn.
      await deps.dialog.runTurn(ctx);
      await recordOnCase?.();
      await next();
    });
  }

  /**
   * A standard `handoff.status` event from an external contact-centre platform: tell the person, with
   * `triage.handoff` carrying the new status (accepted, failed or completed).
   */
  private static readonly HANDOFF_STATUSES = ['accepted', 'failed', 'completed'];

  override async run(ctx: TurnContext): Promise<void> {
    if (ctx.activity.type === 'event' && ctx.activity.name === 'handoff.status') {
      const value = (ctx.activity.value ?? {}) as { state?: string; caseId?: string };
      if (value.state && SignpostBot.HANDOFF_STATUSES.includes(value.state)) {
        await ctx.sendActivity({ type: 'message', text: say(botContent('en'), value.state === 'accepted' ? 'handoffAccepted' : value.state === 'completed' ? 'handoffCompleted' : 'handoffFailed'),
          channelData: { triage: { handoff: { caseId: value.caseId ?? '', status: value.state } } } });
      }
      return;
    }
    await super.run(ctx);
    // The turn's last state write: the route may let it free the turn lock (ExclusiveOptions).
    if (!ctx.turnState.get(DELETED)) await this.conversationState.saveChanges(ctx, false, true);
  }
}
