/**
 * The framework floor for `bench:turns`: a bare botbuilder echo bot (CloudAdapter + ActivityHandler
 * on restify, no state), set up the way `src/server.ts` sets up Signpost's adapter and body parser,
 * so the difference between the two is Signpost's own work (validation, lock, state, dialog, engine).
 */
import * as restify from 'restify';
import {
  ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory,
} from 'botbuilder';

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (ctx, next) => {
      await ctx.sendActivity(MessageFactory.text(ctx.activity.text ?? ''));
      await next();
    });
  }
}

/** A restify server with the echo bot on `/api/messages` (not listening yet). */
export function createEchoServer(): restify.Server {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    MicrosoftAppTenantId: '',
    MicrosoftAppType: 'MultiTenant',
  });
  const adapter = new CloudAdapter(auth);
  const bot = new EchoBot();
  const server = restify.createServer({ name: 'echo', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 256 * 1024 }));
  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    await adapter.process(req, res, (ctx) => bot.run(ctx));
  });
  return server;
}
