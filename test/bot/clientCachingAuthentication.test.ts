/**
 * ClientCachingAuthentication authenticates every request as before, and hands out one connector
 * client per (app id, service URL, audience) and one user-token client per app id.
 */
import { ClientCachingAuthentication } from '../../src/bots/clientCachingAuthentication';

const activity = (serviceUrl: string) => ({ type: 'message', channelId: 'test', serviceUrl, conversation: { id: 'c' }, from: { id: 'u' }, recipient: { id: 'b' } }) as never;

describe('ClientCachingAuthentication', () => {
  const auth = new ClientCachingAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppTenantId: '', MicrosoftAppType: 'MultiTenant' });

  it('reuses the connector client for the same service URL and audience, not across them', async () => {
    const one = await auth.authenticateRequest(activity('http://a.invalid'), '');
    const two = await auth.authenticateRequest(activity('http://a.invalid'), '');
    const a1 = await one.connectorFactory!.create('http://a.invalid', one.audience);
    const a2 = await two.connectorFactory!.create('http://a.invalid', two.audience);
    const b = await two.connectorFactory!.create('http://b.invalid', two.audience);
    const other = await two.connectorFactory!.create('http://a.invalid', 'https://other.invalid');
    expect(a2).toBe(a1);
    expect(b).not.toBe(a1);
    expect(other).not.toBe(a1);
  });

  it('reuses the user-token client for the same identity', async () => {
    const r = await auth.authenticateRequest(activity('http://a.invalid'), '');
    expect(await auth.createUserTokenClient(r.claimsIdentity)).toBe(await auth.createUserTokenClient(r.claimsIdentity));
  });

  it('still rejects a request with a bad token when authentication is on', async () => {
    const secured = new ClientCachingAuthentication({ MicrosoftAppId: 'app-id', MicrosoftAppPassword: 'secret', MicrosoftAppTenantId: '', MicrosoftAppType: 'MultiTenant' });
    await expect(secured.authenticateRequest(activity('http://a.invalid'), '')).rejects.toThrow();
  });
});
