/**
 * `npm run bench:rules`: p50 and p99 of evaluate() and nextQuestion() over the household table, and
 * the time to load and validate the knowledge. Targets on the 2-core machine: p99 <= 1 ms a call,
 * load <= 300 ms. Prints its numbers; it is not a timed test and never fails on speed.
 */
import { loadKnowledge } from '../src/knowledge/loadKnowledge';
import { createEngine } from '../src/rules';
import { HOUSEHOLDS } from '../test/households/households';
import { fmt, ms, summarise } from './stats';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);

const t0 = process.hrtime.bigint();
const kb = loadKnowledge();
const firstLoad = ms(t0);
const reloads: number[] = [];
for (let i = 0; i < 5; i++) { const t = process.hrtime.bigint(); loadKnowledge(); reloads.push(ms(t)); }
const engine = createEngine(kb);

const cases = HOUSEHOLDS.map((h) => ({ facts: h.facts, date: new Date(`${h.date}T12:00:00Z`) }));
// Partial fact sets too: the planner mostly runs mid-triage.
const partial = cases.map(({ facts, date }) => ({
  facts: Object.fromEntries(Object.entries(facts).filter((_, i) => i % 2 === 0)), date,
}));
const all = [...cases, ...partial];

for (let i = 0; i < 20; i++) for (const c of all) { engine.evaluate(c.facts, c.date); engine.nextQuestion(c.facts, c.date); }

const evalTimes: number[] = [];
const nextTimes: number[] = [];
for (let r = 0; r < ROUNDS; r++) {
  for (const c of all) {
    let t = process.hrtime.bigint();
    engine.evaluate(c.facts, c.date);
    evalTimes.push(ms(t));
    t = process.hrtime.bigint();
    engine.nextQuestion(c.facts, c.date);
    nextTimes.push(ms(t));
  }
}
const e = summarise(evalTimes);
const n = summarise(nextTimes);
const reload = summarise(reloads);
const out = [
  `bench:rules over ${all.length} fact sets x ${ROUNDS} rounds`,
  `knowledge load + validate: first ${fmt(firstLoad)}, again p50 ${fmt(reload.p50)}   (target <= 300 ms)`,
  `evaluate():     p50 ${fmt(e.p50)}  p99 ${fmt(e.p99)}  max ${fmt(e.max)}  (n=${e.n}, target p99 <= 1 ms)`,
  `nextQuestion(): p50 ${fmt(n.p50)}  p99 ${fmt(n.p99)}  max ${fmt(n.max)}  (n=${n.n}, target p99 <= 1 ms)`,
];
process.stdout.write(`${out.join('\n')}\n`);
