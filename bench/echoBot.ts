/**
 * The framework floor for `bench:turns`: a bare botbuilder echo bot (CloudAdapter + ActivityHandler
 * on restify, no state), written the standard way (`ConfigurationBotFrameworkAuthentication`,
 * `CloudAdapter.process`), with Signpost's body parser. Signpost enters the framework more cheaply
 * (`ClientCachingAuthentication` keeps its connector clients; `CheckedActivityAdapter.processChecked`
 * does not check the body a second time); those savings are Signpost's own and count for it. The rest
 * of the difference is Signpost's own work (validation, lock, state, dialog, engine).
 *
 * With `storage` and `turnLock` it is the stateful floor (for information only): the same echo bot
 * keeping a turn count in botbuilder `ConversationState` in that storage, each turn under the lock, as
 * Signpost's turns are. The gap from the bare floor is what Redis state and turn locks cost by themselves.
 */
import * as restify from 'restify';
import {
  ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MessageFactory, type Storage,
} from 'botbuilder';
import type { TurnLock } from '../src/state/turnLock';

class EchoBot extends ActivityHandler {
  constructor(state?: ConversationState) {
    super();
    const turns = state?.createProperty<number>('turns');
    this.onMessage(async (ctx, next) => {
      if (turns) await turns.set(ctx, ((await turns.get(ctx, 0)) ?? 0) + 1);
      await ctx.sendActivity(MessageFactory.text(ctx.activity.text ?? ''));
      await next();
    });
    if (state) this.onTurn(async (ctx, next) => { await next(); await state.saveChanges(ctx); });
  }
}

/** A restify server with the echo bot on `/api/messages` (not listening yet); stateful with both options. */
export function createEchoServer(opts: { storage?: Storage; turnLock?: TurnLock } = {}): restify.Server {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    MicrosoftAppTenantId: '',
    MicrosoftAppType: 'MultiTenant',
  });
  const adapter = new CloudAdapter(auth);
  const bot = new EchoBot(opts.storage ? new ConversationState(opts.storage) : undefined);
  const lock = opts.turnLock;
  const server = restify.createServer({ name: 'echo', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 256 * 1024 }));
  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    const body = req.body as { conversation?: { id?: string } } | undefined;
    const run = () => adapter.process(req, res, (ctx) => bot.run(ctx));
    await (lock ? lock.runExclusive(`echo/${body?.conversation?.id ?? ''}`, run) : run());
  });
  return server;
}
