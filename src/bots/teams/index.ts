/**
 * Wiring for the Teams adviser bot. The server routes activities with `channelId === 'msteams'` to the
 * handler this returns; everything else keeps going to the citizen bot.
 *
 *   const teams = createTeamsHandler({ engine: deps.engine, conversationState, now });
 *   adapter.processChecked(req, res, req.body, (ctx) => (isTeamsActivity(ctx.activity) ? teams(ctx) : bot.run(ctx)));
 */
import type { Activity, TurnContext } from 'botbuilder';
import { SignpostTeamsBot, type TeamsBotDeps } from './teamsBot';

export { SignpostTeamsBot, TEAMS_TRIAGE_PROPERTY, type TeamsBotDeps, type TeamsAdviser } from './teamsBot';
export { benefitCard, passportCard, togetherCard, resultCard, caseCard, findById, textOf, VERBS, type AdaptiveCard, type CaseCardInput } from './cards';

/** The Teams channel id. */
export const TEAMS_CHANNEL_ID = 'msteams';

export function isTeamsActivity(activity: Partial<Activity> | undefined): boolean {
  return activity?.channelId === TEAMS_CHANNEL_ID;
}

/** A turn handler for Teams activities (messages, invokes, conversation updates); saves its own state. */
export function createTeamsHandler(deps: TeamsBotDeps): ((ctx: TurnContext) => Promise<void>) & { bot: SignpostTeamsBot } {
  const bot = new SignpostTeamsBot(deps);
  return Object.assign((ctx: TurnContext) => bot.run(ctx), { bot });
}
