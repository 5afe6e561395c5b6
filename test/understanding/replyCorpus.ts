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
import { seeded } from '../support/randomFacts';

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

/** A seeded pseudo-random source in [0, 1), the same on every run (mulberry32; shared with the fact generators). */
export { seeded };

/** The recognizer's English number vocabulary (its cardinal, ordinal, round-number and multiplier words). */
export const RECOGNIZER_WORDS = [
  'a', 'an', 'and', 'antepenultimate', 'b', 'billion', 'billions', 'billionth', 'billionths', 'bln', 'crore', 'crores', 'current one', 'current',
  'doz', 'dozen', 'dozens', 'dozs', 'dz', 'dzs', 'eight', 'eighteen', 'eighteenth', 'eighteenths', 'eighth', 'eighths', 'eightieth', 'eightieths',
  'eighty', 'eleven', 'eleventh', 'elevenths', 'fifteen', 'fifteenth', 'fifteenths', 'fifth', 'fifths', 'fiftieth', 'fiftieths', 'fifty', 'first',
  'firsts', 'five', 'fortieth', 'fortieths', 'forty', 'four', 'fourteen', 'fourteenth', 'fourteenths', 'fourth', 'fourths', 'g', 'half', 'halves',
  'hundred', 'hundreds', 'hundredth', 'hundredths', 'k', 'lakh', 'lakhs', 'last', 'm', 'mil', 'million', 'millions', 'millionth', 'millionths',
  'mln', 'mm', 'naught', 'next one', 'next to last', 'next', 'nine', 'nineteen', 'nineteenth', 'nineteenths', 'nineth', 'nineths', 'ninetieth',
  'ninetieths', 'ninety', 'ninth', 'ninths', 'nought', 'one', 'penultimate', 'point', 'previous one', 'previous', 'punto', 'quarter', 'quarters',
  'second', 'secondary', 'seven', 'seventeen', 'seventeenth', 'seventeenths', 'seventh', 'sevenths', 'seventieth', 'seventieths', 'seventy', 'six',
  'sixteen', 'sixteenth', 'sixteenths', 'sixth', 'sixths', 'sixtieth', 'sixtieths', 'sixty', 't', 'ten', 'tenth', 'tenths', 'the last but one',
  'third', 'thirds', 'thirteen', 'thirteenth', 'thirteenths', 'thirtieth', 'thirtieths', 'thirty', 'thousand', 'thousands', 'thousandth',
  'thousandths', 'three', 'tln', 'trillion', 'trillions', 'trillionth', 'trillionths', 'twelfth', 'twelfths', 'twelve', 'twentieth', 'twentieths',
  'twenty', 'two', 'zero', 'mlns', 'blns', 'K', 'M', 'MM', 'G', 'T', 'B', 'bn', 'e', 'x10^', 'over', 'in', 'out of', 'minus', 'negative',
  'percent', 'per cent', 'between', 'or', 'to', 'the', 'this', 'that', 'which', 'ish', 'pw', 's', 'th', 'nd', 'st', 'rd', 'week', 'march',
];

/** Random text glued from numbers (plain, with thousands and decimals), the recognizer's words, spaces and single characters. */
export function gluedTexts(count: number, seed: number): string[] {
  const rnd = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const chars = [..."abcdefghijklmnopqrstuvwxyz0123456789 £,.'!?-/+:%^()&$€"];
  const number = (): string => {
    const n = Math.floor(rnd() * 10 ** (1 + Math.floor(rnd() * 13)));
    const form = rnd();
    if (form < 0.4) return String(n);
    if (form < 0.7) return n.toLocaleString('en-GB');
    if (form < 0.85) return `${n.toLocaleString('en-GB')}.${Math.floor(rnd() * 1000)}`;
    return `${n}.${String(Math.floor(rnd() * 100)).padStart(2, '0')}`;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let text = '';
    for (let n = 1 + Math.floor(rnd() * 8); n > 0; n--) {
      const r = rnd();
      text += r < 0.35 ? number() : r < 0.6 ? pick(RECOGNIZER_WORDS) : r < 0.85 ? ' ' : pick(chars);
    }
    out.push(text);
  }
  return out;
}
