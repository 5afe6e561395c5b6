/** The Teams queue settings and who a Teams user acts as. */
import { parseConfig } from '../../src/config';
import { agentIdFor, threadRootOf } from '../../src/bots/teams/queuePoster';

const AAD = '11111111-2222-3333-4444-555555555555';

describe('Teams queue settings', () => {
  test('unset: no queue, no mapping', () => {
    const c = parseConfig({});
    expect(c.TEAMS_QUEUE_CHANNEL_ID).toBeUndefined();
    expect(c.TEAMS_AGENTS).toBeUndefined();
  });
  test('the channel, service URL, tenant and agents', () => {
    const c = parseConfig({
      TEAMS_QUEUE_CHANNEL_ID: '19:abc@thread.tacv2', TEAMS_SERVICE_URL: 'https://smba.trafficmanager.net/uk/',
      TEAMS_TENANT_ID: 'tenant-1', TEAMS_AGENTS: JSON.stringify({ [AAD]: 'alex' }),
    });
    expect(c).toMatchObject({ TEAMS_QUEUE_CHANNEL_ID: '19:abc@thread.tacv2', TEAMS_TENANT_ID: 'tenant-1', TEAMS_AGENTS: { [AAD]: 'alex' } });
  });
  test('a channel needs a service URL; agents must be JSON of valid agent ids; channel ids start 19:', () => {
    expect(() => parseConfig({ TEAMS_QUEUE_CHANNEL_ID: '19:abc@thread.tacv2' })).toThrow(/TEAMS_SERVICE_URL/);
    expect(() => parseConfig({ TEAMS_AGENTS: '{not json' })).toThrow(/TEAMS_AGENTS/);
    expect(() => parseConfig({ TEAMS_AGENTS: JSON.stringify({ [AAD]: 'has space' }) })).toThrow(/TEAMS_AGENTS/);
    expect(() => parseConfig({ TEAMS_QUEUE_CHANNEL_ID: 'general', TEAMS_SERVICE_URL: 'https://x.example/' })).toThrow(/TEAMS_QUEUE_CHANNEL_ID/);
  });
});

describe('agentIdFor and threadRootOf', () => {
  test('mapped, else teams.<aadObjectId> (agent ids allow no colon)', () => {
    expect(agentIdFor({ id: '29:x', aadObjectId: AAD }, { [AAD]: 'alex' })).toBe('alex');
    expect(agentIdFor({ id: '29:x', aadObjectId: AAD })).toBe(`teams.${AAD}`);
    expect(agentIdFor({ id: '29:x' })).toMatch(/^teams\.29_x$/);
  });
  test('the root of a channel thread', () => {
    expect(threadRootOf('19:abc@thread.tacv2;messageid=1700000000000')).toBe('1700000000000');
    expect(threadRootOf('19:abc@thread.tacv2')).toBeUndefined();
    expect(threadRootOf('a:personal')).toBeUndefined();
  });
});
