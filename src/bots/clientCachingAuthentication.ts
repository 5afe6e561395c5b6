/**
 * `ConfigurationBotFrameworkAuthentication` that reuses its outbound clients. botbuilder's CloudAdapter
 * builds a new ConnectorClient and a new UserTokenClient (each a fresh Azure HTTP pipeline) for every
 * inbound activity, even when replies go back in the HTTP response. They depend only on the bot's app
 * id, the service URL and the audience (the rest is fixed configuration), so one client per such key
 * is built and shared. Authentication of each request is unchanged: every request is still checked.
 */
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';

type AuthenticateRequestResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;
type ConnectorFactory = NonNullable<AuthenticateRequestResult['connectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type ClaimsIdentity = AuthenticateRequestResult['claimsIdentity'];
type UserTokenClient = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>>;

/** Most distinct clients kept (service URLs are few: one or two per channel); the oldest is dropped first. */
const MAX_CLIENTS = 64;

/** The app id botbuilder builds clients for: the `aud` claim (channels), else `appid` (Emulator); undefined when anonymous. */
function appIdOf(identity: ClaimsIdentity): string | undefined {
  return identity.getClaimValue('aud') ?? identity.getClaimValue('appid') ?? undefined;
}

/** A small insertion-ordered cache of promises; a rejected promise is dropped so the next call retries. */
class PromiseCache<T> {
  private readonly items = new Map<string, Promise<T>>();

  get(key: string, make: () => Promise<T>): Promise<T> {
    const hit = this.items.get(key);
    if (hit) return hit;
    const made = make();
    this.items.set(key, made);
    made.catch(() => { if (this.items.get(key) === made) this.items.delete(key); });
    if (this.items.size > MAX_CLIENTS) this.items.delete(this.items.keys().next().value as string);
    return made;
  }
}

/** Bot Framework authentication from configuration, with connector and user-token clients reused across turns. */
export class ClientCachingAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly connectors = new PromiseCache<ConnectorClient>();
  private readonly tokenClients = new PromiseCache<UserTokenClient>();

  override async authenticateRequest(...args: Parameters<ConfigurationBotFrameworkAuthentication['authenticateRequest']>): Promise<AuthenticateRequestResult> {
    const result = await super.authenticateRequest(...args);
    const factory = result.connectorFactory;
    if (!factory) return result;
    const appId = appIdOf(result.claimsIdentity) ?? '';
    const cached: ConnectorFactory = {
      create: (serviceUrl: string, audience?: string) =>
        this.connectors.get(JSON.stringify([appId, serviceUrl, audience ?? null]), () => factory.create(serviceUrl, audience)),
    };
    return { ...result, connectorFactory: cached };
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.tokenClients.get(JSON.stringify([appIdOf(claimsIdentity) ?? null]), () => super.createUserTokenClient(claimsIdentity));
  }
}
