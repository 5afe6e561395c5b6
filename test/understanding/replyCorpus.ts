/**
 * Text people send, gathered for equivalence tests (a fast path checked against the slow one it
 * stands in for): every string written in the understanding and household tests, every phrase in
 * the content files, and the answers the load bench types for every household's facts.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { answerText } from '../../bench/triageClient';
import factsJson from '../../knowledge/contract/facts.json';
import { HOUSEHOLDS } from '../households/households';
import { MORE_HOUSEHOLDS } from '../households/moreHouseholds';
import { MORE_HOUSEHOLDS_2 } from '../households/moreHouseholds2';
import { shippedSpec } from './specs';

const ROOT = join(__dirname, '..', '..');

function strings(v: unknown, out: string[]): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') Object.entries(v).forEach(([k, x]) => { out.push(k); strings(x, out); });
  return out;
}

/** Every quoted string in a source file (roughly: a stray apostrophe only adds more text to try). */
function literals(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  return [...source.matchAll(/'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)"/g)].map((m) => (m[1] ?? m[2] ?? '').replace(/\\(.)/g, '$1'));
}

const filesIn = (dir: string, ext: string): string[] => readdirSync(join(ROOT, dir)).filter((f) => f.endsWith(ext)).map((f) => join(ROOT, dir, f));

/** Every quoted string in every test file (all folders under test/). */
export function testLiterals(): string[] {
  const files = (readdirSync(join(ROOT, 'test'), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts'));
  return files.flatMap((f) => literals(join(ROOT, 'test', f)));
}

/** The strings in the understanding tests, the household tables and opening statements, and the content files. */
export function writtenTexts(): string[] {
  const content = filesIn('knowledge/content/en', '.json').flatMap((f) => strings(JSON.parse(readFileSync(f, 'utf8')), []));
  const tests = [...filesIn('test/understanding', '.ts'), ...filesIn('test/households', '.ts')].flatMap(literals);
  return [...content, ...tests];
}

/** What the load bench types for every fact of every household (first wording and the re-ask by values). */
export function benchAnswers(): string[] {
  const out: string[] = [];
  for (const h of [...HOUSEHOLDS, ...MORE_HOUSEHOLDS, ...MORE_HOUSEHOLDS_2]) {
    for (const f of factsJson.facts) {
      const spec = shippedSpec(f.id);
      const ask = { fact: f.id, kind: spec.kind, choices: spec.choices };
      for (const attempt of [0, 1]) out.push(answerText(ask, h.facts as Record<string, unknown>, attempt));
    }
  }
  return out;
}

/** A seeded pseudo-random source in [0, 1), the same on every run (mulberry32). */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
