/** The loader refuses broken knowledge with every problem listed (SP_KNOWLEDGE_INVALID). */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledge } from '../../src/knowledge/loadKnowledge';

function brokenCopy(edit: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-kb-'));
  cpSync(DEFAULT_KNOWLEDGE_DIR, dir, { recursive: true });
  edit(dir);
  return dir;
}
const patchJson = (file: string, f: (x: any) => any) => writeFileSync(file, JSON.stringify(f(JSON.parse(readFileSync(file, 'utf8')))));

const cases: [string, (dir: string) => void, RegExp][] = [
  ['an edge to an unknown benefit', (d) => patchJson(join(d, 'edges.json'), (e) => [...e, { ...e[0], id: 'E999', to: 'no-such-benefit' }]), /unknown to no-such-benefit/],
  ['a rate with an unknown source', (d) => patchJson(join(d, 'parameters.json'), (p) => [{ ...p[0], id: 'x.y', values: [{ ...p[0].values[0], source: 'NOPE' }] }, ...p]), /unknown source NOPE/],
  ['a rule on an unknown fact', (d) => patchJson(join(d, 'rules', 'money.json'), (r) => [{ ...r[0], name: 'bad', conditions: { all: [{ fact: 'shoe_size', operator: 'equal', value: 9 }] } }, ...r]), /unknown fact shoe_size/],
  ['a benefit with no rule', (d) => patchJson(join(d, 'rules', 'legal-free.json'.replace('legal-free', 'transport-bereavement-legal')), (r) => r.filter((x: any) => x.event.params.benefit !== 'help-with-fees')), /help-with-fees has no rule/],
  ['a missing effective date', (d) => patchJson(join(d, 'parameters.json'), (p) => [{ ...p[0], values: [{ value: 1, source: 'R26', verified: true }] }, ...p.slice(1)]), /from/],
  ['a rule using `not`', (d) => patchJson(join(d, 'rules', 'money.json'), (r) => [{ ...r[0], name: 'neg', conditions: { all: [{ not: { fact: 'age', operator: 'equal', value: 1 } }] } }, ...r]), /money\.json/],
];

describe('loadKnowledge refuses broken knowledge', () => {
  it.each(cases)('%s', (_name, edit, message) => {
    const dir = brokenCopy(edit);
    try {
      expect(() => loadKnowledge(dir)).toThrow(message);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
