/**
 * `npm run agent:hash`: reads an agent's password from stdin and prints its hash for AGENTS:
 *
 *   echo -n 'a long passphrase' | npm run -s agent:hash
 *   AGENTS='{"alex":"scrypt:…:…"}'
 *
 * At a terminal it asks for the password without echoing it. One trailing newline is dropped.
 * Passwords shorter than 12 characters are refused.
 */
import { hashPassword } from '../../src/handoff/agentAuth';

export const MIN_PASSWORD_LENGTH = 12;

/** Reads everything from a piped stdin. */
function readPiped(): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    process.stdin.on('data', (c: Buffer) => chunks.push(c));
    process.stdin.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    process.stdin.on('error', reject);
  });
}

/** Asks at a terminal without echo. */
function readHidden(prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    process.stderr.write(prompt);
    const stdin = process.stdin;
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let value = '';
    const done = (result: string | Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener('data', onData);
      process.stderr.write('\n');
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done(value);
        if (ch === '\u0003') return done(new Error('Cancelled.'));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

/** The password with one trailing newline (LF or CRLF) removed. */
export function stripNewline(text: string): string {
  return text.replace(/\r?\n$/, '');
}

async function main(): Promise<void> {
  const password = process.stdin.isTTY ? await readHidden('Agent password: ') : stripNewline(await readPiped());
  if (password.length < MIN_PASSWORD_LENGTH) {
    process.stderr.write(`The password must be at least ${MIN_PASSWORD_LENGTH} characters.\n`);
    process.exitCode = 1;
    return;
  }
  process.stdout.write(`${await hashPassword(password)}\n`);
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`${(err as Error).message}\n`);
    process.exitCode = 1;
  });
}
