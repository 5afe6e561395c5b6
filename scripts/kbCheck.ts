/**
 * `npm run kb:check`: loads and validates the whole knowledge base, then checks data health and
 * prints counts. Exits 1 on any problem: a dangling id, a missing source or date, a benefit with
 * no rule, a contract fact with no question, or a rule set that fails to evaluate.
 */
import { loadKnowledge, DEFAULT_KNOWLEDGE_DIR } from '../src/knowledge/loadKnowledge';
import { dataHealth } from '../src/knowledge/dataHealth';
import { createEngine } from '../src/rules';

function main(): number {
  const dir = process.argv[2] ?? DEFAULT_KNOWLEDGE_DIR;
  let kb;
  try {
    kb = loadKnowledge(dir);
  } catch (e) {
    process.stderr.write(`kb:check FAILED\n${(e as Error).message}\n`);
    return 1;
  }
  const problems = dataHealth(kb);
  const engine = createEngine(kb);
  try {
    engine.evaluate({});
    engine.nextQuestion({});
  } catch (e) {
    problems.push(`the engine fails on an empty fact set: ${(e as Error).message}`);
  }
  const rules = [...kb.signpostRules.values()].reduce((n, r) => n + r.length, 0);
  const unverifiedRates = [...kb.series.values()].flatMap((s) => s.values).filter((v) => !v.verified).length;
  const lines = [
    `benefits:           ${kb.benefits.size} (contract: ${kb.benefitIds.length})`,
    `relationships:      ${kb.edges.length} (${kb.passportsTo.size} benefits reached by passporting)`,
    `questions:          ${kb.questions.length} (every contract fact: ${kb.questions.length >= 29 ? 'yes' : 'no'})`,
    `rules:              ${rules} signpost rules, ${kb.escalationRules.length} escalation rules`,
    `rates/parameters:   ${kb.series.size} series (${unverifiedRates} values marked unverified)`,
    `sources:            ${kb.sources.size}`,
    `documents:          ${kb.documents.size}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  if (problems.length > 0) {
    process.stderr.write(`kb:check FAILED\n  - ${problems.join('\n  - ')}\n`);
    return 1;
  }
  process.stdout.write('kb:check OK\n');
  return 0;
}

process.exitCode = main();
