/** `channels/agent/hashCli.ts` (npm run agent:hash): password on stdin, hash on stdout. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { verifyPassword } from '../../src/handoff/agentAuth';
import { stripNewline } from '../../channels/agent/hashCli';

const ROOT = join(__dirname, '../..');
const run = (input: string) => spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'channels/agent/hashCli.ts')], {
  input, encoding: 'utf8', timeout: 20_000,
});

describe('agent:hash', () => {
  it('prints a hash that verifies the password read from stdin (one trailing newline dropped)', async () => {
    const r = run('a long pass phrase\n');
    expect(r.status).toBe(0);
    const hash = r.stdout.trim();
    expect(hash).toMatch(/^scrypt:[0-9a-f]{32}:[0-9a-f]{64}$/);
    expect(await verifyPassword('a long pass phrase', hash)).toBe(true);
    expect(r.stdout).not.toContain('a long pass phrase');
  }, 30_000);

  it('refuses a short password', () => {
    const r = run('short');
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
  }, 30_000);

  it('strips exactly one newline', () => {
    expect(stripNewline('pw\r\n')).toBe('pw');
    expect(stripNewline('pw\n\n')).toBe('pw\n');
    expect(stripNewline(' pw ')).toBe(' pw ');
  });
});
