/** The shipped knowledge and engine, loaded once per test file. */
import { loadKnowledge } from '../../src/knowledge/loadKnowledge';
import { createEngine, type Engine } from '../../src/rules';

let cached: Engine | undefined;
export function testEngine(): Engine {
  cached ??= createEngine(loadKnowledge());
  return cached;
}

/** The date most tables are assessed on. */
export const TODAY = new Date('2026-11-22T12:00:00Z');
