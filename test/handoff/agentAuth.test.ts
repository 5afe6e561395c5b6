/** Agent passwords, sessions and the config parser. */
import { randomBytes } from 'node:crypto';
import { SignpostError } from '../../src/errors';
import { AgentAuth, hashPassword, parseAgents, verifyPassword } from '../../src/handoff/agentAuth';
import { TokenService } from '../../channels/webchat/tokens';
import { clock } from './support';

const SECRET = 'x'.repeat(40);

async function codeOf(fn: () => unknown): Promise<string> {
  try {
    await fn();
    return 'ok';
  } catch (err) {
    return err instanceof SignpostError ? err.code : String(err);
  }
}

describe('hashPassword / verifyPassword', () => {
  it('makes "scrypt:<salt>:<hash>" that verifies the right password only', async () => {
    const hash = await hashPassword('correct horse battery staple');
    expect(hash).toMatch(/^scrypt:[0-9a-f]{32}:[0-9a-f]{64}$/);
    expect(await verifyPassword('correct horse battery staple', hash)).toBe(true);
    expect(await verifyPassword('correct horse battery stapl', hash)).toBe(false);
    expect(await verifyPassword('anything', 'scrypt:zz:zz')).toBe(false);
    expect(await hashPassword('correct horse battery staple')).not.toBe(hash); // salted
  });
});

describe('parseAgents', () => {
  it('reads the AGENTS JSON and refuses bad ids or hashes without echoing them', async () => {
    const hash = await hashPassword('pw-for-alex-123');
    expect(parseAgents(JSON.stringify({ alex: hash }))).toEqual({ alex: hash });
    expect(parseAgents(undefined)).toEqual({});
    expect(() => parseAgents('{')).toThrow(/SP_CONFIG_INVALID/);
    let message = '';
    try {
      parseAgents(JSON.stringify({ alex: 'plaintext-password' }));
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/SP_CONFIG_INVALID.*alex/);
    expect(message).not.toContain('plaintext-password');
    expect(() => parseAgents(JSON.stringify({ 'bad id!': hash }))).toThrow(/SP_CONFIG_INVALID/);
  });
});

describe('AgentAuth', () => {
  let agents: Record<string, string>;
  beforeAll(async () => {
    agents = { alex: await hashPassword('alex-password-1'), sam: await hashPassword('sam-password-22') };
  });

  it('signs in with the right password and issues an 8-hour session', async () => {
    const t = clock();
    const auth = new AgentAuth({ agents, secret: SECRET, now: t.now });
    const s = await auth.login('alex', 'alex-password-1');
    expect(s).toMatchObject({ agentId: 'alex', expiresIn: 8 * 3600 });
    expect(s.token.startsWith('spa1.')).toBe(true);
    expect(auth.authenticate(`Bearer ${s.token}`)).toBe('alex');
    t.advance(8 * 3600 * 1000);
    expect(await codeOf(() => auth.authenticate(`Bearer ${s.token}`))).toBe('SP_AGENT_TOKEN_EXPIRED');
  });

  it('answers a wrong password and an unknown agent the same way', async () => {
    const auth = new AgentAuth({ agents, secret: SECRET });
    expect(await codeOf(() => auth.login('alex', 'wrong'))).toBe('SP_AGENT_LOGIN_FAILED');
    expect(await codeOf(() => auth.login('nobody', 'alex-password-1'))).toBe('SP_AGENT_LOGIN_FAILED');
  });

  it('locks an agent after 5 failures for 15 minutes', async () => {
    const t = clock();
    const auth = new AgentAuth({ agents, secret: SECRET, now: t.now });
    for (let i = 0; i < 5; i++) expect(await codeOf(() => auth.login('sam', 'nope'))).toBe('SP_AGENT_LOGIN_FAILED');
    expect(await codeOf(() => auth.login('sam', 'sam-password-22'))).toBe('SP_AGENT_LOGIN_LOCKED');
    expect(await codeOf(() => auth.login('alex', 'alex-password-1'))).toBe('ok');
    t.advance(15 * 60 * 1000 + 1);
    expect(await codeOf(() => auth.login('sam', 'sam-password-22'))).toBe('ok');
  });

  it('refuses no token, other schemes, tampered tokens, other secrets, removed agents and web chat tokens', async () => {
    const auth = new AgentAuth({ agents, secret: SECRET });
    const good = auth.issue('alex').token;
    expect(await codeOf(() => auth.authenticate(undefined))).toBe('SP_AGENT_UNAUTHORIZED');
    expect(await codeOf(() => auth.authenticate(`Basic ${good}`))).toBe('SP_AGENT_UNAUTHORIZED');
    const [p, body, sig] = good.split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'sam', exp: Date.now() + 1e6 })).toString('base64url');
    expect(await codeOf(() => auth.authenticate(`Bearer ${p}.${forged}.${sig}`))).toBe('SP_AGENT_UNAUTHORIZED');
    expect(await codeOf(() => auth.authenticate(`Bearer ${p}.${body}.${sig}x`))).toBe('SP_AGENT_UNAUTHORIZED');
    const other = new AgentAuth({ agents, secret: 'y'.repeat(40) });
    expect(await codeOf(() => other.authenticate(`Bearer ${good}`))).toBe('SP_AGENT_UNAUTHORIZED');
    const fewer = new AgentAuth({ agents: { sam: agents.sam! }, secret: SECRET });
    expect(await codeOf(() => fewer.authenticate(`Bearer ${good}`))).toBe('SP_AGENT_UNAUTHORIZED');
    // A citizen's web chat token, even one signed with the very same secret.
    const citizen = new TokenService({ secret: SECRET }).issue('abcdefgh12345678').token;
    expect(await codeOf(() => auth.authenticate(`Bearer ${citizen}`))).toBe('SP_AGENT_UNAUTHORIZED');
  });

  it('fromConfig reads AGENTS and AGENT_SESSION_SECRET; two instances with one secret accept each other\'s tokens', async () => {
    const config = { AGENTS: JSON.stringify(agents), AGENT_SESSION_SECRET: SECRET };
    const one = AgentAuth.fromConfig(config);
    const two = AgentAuth.fromConfig(config);
    expect(one.agentCount).toBe(2);
    expect(two.authenticate(`Bearer ${(await one.login('sam', 'sam-password-22')).token}`)).toBe('sam');
    // No secret: random per process.
    const lone = AgentAuth.fromConfig({ AGENTS: JSON.stringify(agents) });
    expect(await codeOf(() => lone.authenticate(`Bearer ${one.issue('sam').token}`))).toBe('SP_AGENT_UNAUTHORIZED');
    expect(() => new AgentAuth({ agents, secret: randomBytes(8) })).toThrow(RangeError);
  });
});
