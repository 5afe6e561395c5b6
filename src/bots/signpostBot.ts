/**
 * The citizen bot: greets new conversations and hands every message to the triage dialog. It holds
 * no policy and no words; it saves conversation state at the end of each turn unless the person
 * asked for their data to be deleted.
 */
import { ActivityHandler, type ConversationState, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogState } from 'botbuilder-dialogs';
import { DELETED, TRIAGE_DIALOG, type TriageDialog } from '../dialogs/triageDialog';

export interface SignpostBotDeps {
  conversationState: ConversationState;
  dialog: TriageDialog;
}

export class SignpostBot extends ActivityHandler {
  private readonly conversationState: ConversationState;

  constructor(deps: SignpostBotDeps) {
    super();
    this.conversationState = deps.conversationState;
    const dialogs = new DialogSet(deps.conversationState.createProperty<DialogState>('dialogState'));
    dialogs.add(deps.dialog);

    this.onMembersAdded(async (ctx, next) => {
      const botId = ctx.activity.recipient?.id;
      if ((ctx.activity.membersAdded ?? []).some((m) => m.id !== botId)) await deps.dialog.greet(ctx);
      await next();
    });

    this.onMessage(async (ctx, next) => {
      const dc = await dialogs.createContext(ctx);
      const result = await dc.continueDialog();
      if (result.status === DialogTurnStatus.empty) await dc.beginDialog(TRIAGE_DIALOG);
      await next();
    });
  }

  override async run(ctx: TurnContext): Promise<void> {
    await super.run(ctx);
    if (!ctx.turnState.get(DELETED)) await this.conversationState.saveChanges(ctx, false);
  }
}
