/**
 * The handoff core stays framework-free: nothing under src/handoff imports botbuilder (directly or
 * through the files it imports), and the core files do not import restify either.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const CORE = join(ROOT, 'src/handoff');

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+'([^']+)'|require\('([^']+)'\)|import\('([^']+)'\)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** Every package a file reaches through its relative imports. */
function packagesReached(entry: string): Set<string> {
  const seen = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const spec of imports(file)) {
      if (spec.startsWith('.')) {
        const base = resolve(dirname(file), spec);
        if (spec.endsWith('.json')) continue;
        for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) {
          try {
            readFileSync(candidate);
            visit(candidate);
            break;
          } catch {
            // try the next
          }
        }
      } else {
        packages.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]!);
      }
    }
  };
  visit(entry);
  return packages;
}

describe('src/handoff boundaries', () => {
  const files = readdirSync(CORE).filter((f) => f.endsWith('.ts'));

  it('the scanner itself sees packages through relative imports', () => {
    const reached = packagesReached(join(ROOT, 'channels/agent/agentRoutes.ts'));
    expect(reached.has('restify')).toBe(true);
    expect(reached.has('zod')).toBe(true);
    expect(reached.has('ioredis')).toBe(true);
  });

  it.each(files)('%s reaches neither botbuilder nor restify', (file) => {
    const reached = packagesReached(join(CORE, file));
    expect([...reached].filter((p) => p.startsWith('botbuilder') || p.startsWith('botframework') || p === 'restify')).toEqual([]);
  });
});
