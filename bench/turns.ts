/**
 * `npm run bench:turns`: throughput and latency of whole triages through the real Signpost server
 * (`createServer` with Redis state and turn locks) against a bare botbuilder echo bot on the same
 * machine as the framework floor. Both run as child processes on 127.0.0.1; this process drives N
 * concurrent conversations (each one's turns sequential) with `deliveryMode: "expectReplies"`.
 *
 * For information it also runs the same echo bot with ConversationState in Redis and the Redis turn lock,
 * and prints how the gap splits between state and locking on their own and Signpost's own work.
 *
 * Targets at 50 concurrent conversations on the 2-core machine: Signpost throughput >= 0.7 x the echo
 * bot's, and p99 turn latency <= 50 ms. Prints its numbers and never fails on speed; exits 1 only when
 * it cannot run (e.g. Redis is down). Redis keys go under `signpost-bench:<random>:` and only that
 * prefix is removed afterwards; child processes are stopped even on error.
 *
 * Signpost and the echo bot take turns in BENCH_ROUNDS rounds (Signpost, then echo, then echo with
 * state, each for an equal window), so a slow spell on a shared machine hits both rather than one;
 * the ratio is the median of the rounds' ratios; turns per second, latencies and CPU time are pooled.
 *
 * Environment: BENCH_CONVERSATIONS (50), BENCH_SECONDS (20, measured seconds per target in all),
 * BENCH_ROUNDS (3), BENCH_WARMUP_SECONDS (3, before the first round; 1 before each later one),
 * BENCH_MAX_TRIAGES (10000), BENCH_THINK_MS (1500), BENCH_CPU_PROF (a folder: profile the
 * Signpost server with `node --cpu-prof` into it; with BENCH_PROF_ALL=1 the echo servers too).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import type Redis from 'ioredis';
import { closeRedis, createRedisClient } from '../src/state/redisClient';
import { unlinkByPrefix } from '../src/state/redisStorage';
import { HOUSEHOLDS } from '../test/households/households';
import type { ChildMessage } from './benchServer';
import { jsonClient, type JsonClient, type PostResult } from './httpClient';
import { MESSAGES_PATH, messageActivity, runTriage } from './triageClient';
import { summarise } from './stats';

const REDIS_HOST = '127.0.0.1';
const REDIS_PORT = 6379;
const REDIS_URL = `redis://${REDIS_HOST}:${REDIS_PORT}`;

function envNumber(name: string, def: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return def;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < min || n > max) {
    process.stderr.write(`bench:turns: ${name} must be a number from ${min} to ${max}; using ${def}.\n`);
    return def;
  }
  return n;
}

const CONVERSATIONS = Math.floor(envNumber('BENCH_CONVERSATIONS', 50, 1, 1000));
const SECONDS = envNumber('BENCH_SECONDS', 20, 1, 300);
const WARMUP_SECONDS = envNumber('BENCH_WARMUP_SECONDS', 3, 0, 60);
const ROUNDS = Math.floor(envNumber('BENCH_ROUNDS', 3, 1, 10));
/** Measured seconds per round and target. */
const WINDOW_SECONDS = SECONDS / ROUNDS;
/** Warm-up before each round after the first: the conversations start again. */
const REWARM_SECONDS = Math.min(1, WARMUP_SECONDS);
const MAX_TRIAGES = Math.floor(envNumber('BENCH_MAX_TRIAGES', 10_000, 1, 1_000_000));
/** People's reading and typing time between turns for the paced run (ms, jittered 0.5-1.5x); 0 skips it. */
const THINK_MS = envNumber('BENCH_THINK_MS', 1500, 0, 60_000);
const PROFILE_DIR = process.env.BENCH_CPU_PROF ? resolve(process.env.BENCH_CPU_PROF) : undefined;
/** The whole run gives up after this long, whatever happens. */
const HARD_CAP_MS = (4 * (WARMUP_SECONDS + ROUNDS * REWARM_SECONDS) + 4 * SECONDS + 120) * 1000;
const CHILD_READY_MS = 30_000;
/** Plain messages for the echo bot: the same sort of text a triage sends. */
const ECHO_TEXTS = ['hi', 'yes', 'england', '42', 'no', '£180 a week', '£2,000', 'I rent from a private landlord', '3 and 7', 'none'];
/** Turns per echo conversation before a worker starts a new conversation id (about one triage). */
const ECHO_TURNS_PER_CONVERSATION = 20;

const nowNs = () => process.hrtime.bigint();
const secondsNs = (s: number) => BigInt(Math.round(s * 1e9));

// ───────────────────────────── child processes and cleanup ─────────────────────────────

const children: ChildProcess[] = [];
let redis: Redis | undefined;
let prefix: string | undefined;
let removedKeys: number | undefined;
let cleaning: Promise<void> | undefined;
/** Set when a server exits before cleanup: the load stops instead of hammering a closed port. */
let serverDied: string | undefined;
const stopping = new WeakSet<ChildProcess>();

function startChild(kind: 'signpost' | 'echo' | 'echo-state'): Promise<{ child: ChildProcess; port: number }> {
  // restify's process.binding('http_parser') deprecation warning is noise here.
  const execArgv = [...process.execArgv, '--no-deprecation'];
  if (PROFILE_DIR && (kind === 'signpost' || process.env.BENCH_PROF_ALL)) execArgv.push('--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`);
  const child = fork(join(__dirname, 'benchServer.ts'), [kind], {
    execArgv,
    env: { ...process.env, LOG_LEVEL: 'silent', BENCH_REDIS_PREFIX: prefix, BENCH_REDIS_URL: REDIS_URL },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.push(child);
  return new Promise((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error(`the ${kind} server did not start within ${CHILD_READY_MS / 1000} s`)), CHILD_READY_MS);
    child.on('message', (m: ChildMessage) => {
      if (m.type === 'cpu') return;
      clearTimeout(timer);
      if (m.type === 'ready') resolvePort({ child, port: m.port });
      else reject(new Error(`the ${kind} server failed to start: ${m.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (!stopping.has(child)) serverDied ??= `the ${kind} server exited during the run (code ${code}, signal ${signal})`;
      reject(new Error(`the ${kind} server exited (code ${code}) before it was ready`));
    });
  });
}

/** The child's CPU time so far (user + system, µs); NaN if it does not answer within 2 s. */
function cpuMicros(child: ChildProcess): Promise<number> {
  return new Promise((done) => {
    const timer = setTimeout(() => { child.off('message', on); done(Number.NaN); }, 2000);
    const on = (m: ChildMessage) => {
      if (m.type !== 'cpu') return;
      clearTimeout(timer);
      child.off('message', on);
      done(m.micros);
    };
    child.on('message', on);
    child.send({ type: 'cpu' });
  });
}

/**
 * Samples the server's CPU time at the end of the warm-up; `finish` samples it again and stores the
 * CPU time the measured window took on the phase.
 */
function cpuWindow(child: ChildProcess, warmEnd: bigint, phase: PhaseResult): { finish(): Promise<void> } {
  let start: Promise<number> | undefined;
  const timer = setTimeout(() => { start = cpuMicros(child); }, Math.max(0, Number(warmEnd - nowNs()) / 1e6));
  return {
    async finish() {
      clearTimeout(timer);
      const end = await cpuMicros(child);
      phase.cpuMicros = start ? end - (await start) : Number.NaN;
    },
  };
}

/** Asks a child to stop, then kills it (by its own handle) if it has not exited within 3 s. */
async function stopChild(child: ChildProcess): Promise<void> {
  stopping.add(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  if (child.connected) child.send({ type: 'stop' });
  else child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}

/** Stops the servers and removes this run's Redis keys. Safe to call more than once. */
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    await Promise.all(children.map((c) => stopChild(c).catch(() => undefined)));
    if (redis && prefix) {
      try {
        removedKeys = await unlinkByPrefix(redis, prefix);
      } catch (error) {
        process.stderr.write(`bench:turns: could not remove Redis keys under ${prefix}: ${(error as Error).message}\n`);
      }
    }
    if (redis) await closeRedis(redis);
  })();
  return cleaning;
}

async function connectRedis(): Promise<Redis> {
  const client = createRedisClient(REDIS_URL, { onError: () => undefined });
  try {
    await Promise.race([
      client.ping(),
      new Promise((_, reject) => setTimeout(() => reject(new Error('no answer within 3 s')), 3000).unref()),
    ]);
    return client;
  } catch (error) {
    client.disconnect();
    throw new Error(`Redis is not answering on ${REDIS_HOST}:${REDIS_PORT} (${(error as Error).message}). Start Redis and run bench:turns again.`);
  }
}

// ───────────────────────────── load phases ─────────────────────────────

interface PhaseResult {
  /** Successful (200) turns completed in the measured window. */
  turns: number;
  /** Length of the measured window in seconds. */
  seconds: number;
  /** Latency of every turn completed in the measured window, in ms. */
  latencies: number[];
  /** Non-200 responses over the whole phase (warm-up included), by status. */
  non200: Map<number, number>;
  /** Requests that got no response (connection error, timeout). */
  failed: number;
  firstFailure?: string;
  /** The server's CPU time (user + system, µs) over the measured window. */
  cpuMicros?: number;
}

function newPhase(): PhaseResult {
  return { turns: 0, seconds: 0, latencies: [], non200: new Map(), failed: 0 };
}

function tally(phase: PhaseResult, r: PostResult, measured: boolean): void {
  if (r.status === 0) {
    phase.failed += 1;
    phase.firstFailure ??= r.error;
  } else if (r.status !== 200) {
    phase.non200.set(r.status, (phase.non200.get(r.status) ?? 0) + 1);
    phase.firstFailure ??= `HTTP ${r.status} ${JSON.stringify(r.body)?.slice(0, 200)}`;
  }
  if (measured) {
    phase.latencies.push(r.ms);
    if (r.status === 200) phase.turns += 1;
  }
}

interface TriageStats {
  completedMeasured: number;
  completedAll: number;
  stopped: number;
  stuck: number;
  errored: number;
  reasks: number;
  turnsPerTriage: number[];
}

/** How long a phase warms up and then measures, in seconds. */
interface Window { warmup: number; measure: number }

/** Whole triages on N concurrent conversations: warm-up, then the window measured (by completion time). */
async function triagePhase(client: JsonClient, server: ChildProcess, window: Window, triages: TriageStats, thinkMs = 0): Promise<PhaseResult> {
  const phase = newPhase();
  const start = nowNs();
  const warmEnd = start + secondsNs(window.warmup);
  const measureEnd = warmEnd + secondsNs(window.measure);
  const cpu = cpuWindow(server, warmEnd, phase);
  let started = 0;
  const keepGoing = () => !serverDied && nowNs() < measureEnd;
  const inWindow = (t: bigint) => t >= warmEnd && t < measureEnd;

  const worker = async (): Promise<void> => {
    while (keepGoing() && started < MAX_TRIAGES) {
      const household = HOUSEHOLDS[started++ % HOUSEHOLDS.length];
      if (!household) return;
      const run = await runTriage(client, household.facts as Record<string, unknown>, keepGoing, (r, _s, end) => tally(phase, r, inWindow(end)), thinkMs);
      triages.reasks += run.reasks;
      if (run.end === 'completed') {
        triages.completedAll += 1;
        triages.turnsPerTriage.push(run.turns);
        if (inWindow(nowNs())) triages.completedMeasured += 1;
      } else if (run.end === 'stopped') triages.stopped += 1;
      else if (run.end === 'stuck') triages.stuck += 1;
      else triages.errored += 1;
    }
  };
  await Promise.all(Array.from({ length: CONVERSATIONS }, worker));
  await cpu.finish();
  // The window ends at measureEnd, or earlier if BENCH_MAX_TRIAGES stopped the workers first.
  const end = nowNs() < measureEnd ? nowNs() : measureEnd;
  phase.seconds = Math.max(0, Number(end - warmEnd)) / 1e9;
  return phase;
}

function newTriageStats(): TriageStats {
  return { completedMeasured: 0, completedAll: 0, stopped: 0, stuck: 0, errored: 0, reasks: 0, turnsPerTriage: [] };
}

/** Plain messages on N concurrent conversations: warm-up, then the window measured (by completion time). */
async function echoPhase(client: JsonClient, server: ChildProcess, window: Window): Promise<PhaseResult> {
  const phase = newPhase();
  const start = nowNs();
  const warmEnd = start + secondsNs(window.warmup);
  const measureEnd = warmEnd + secondsNs(window.measure);
  const cpu = cpuWindow(server, warmEnd, phase);
  let k = 0;
  const keepGoing = () => !serverDied && nowNs() < measureEnd;

  const worker = async (w: number): Promise<void> => {
    let conversationId = '';
    let n = 0;
    while (keepGoing()) {
      if (n++ % ECHO_TURNS_PER_CONVERSATION === 0) conversationId = `bench-echo-${w}-${randomUUID()}`;
      const text = ECHO_TEXTS[k++ % ECHO_TEXTS.length] ?? 'hi';
      const r = await client.post(MESSAGES_PATH, messageActivity(conversationId, text));
      const end = nowNs();
      tally(phase, r, end >= warmEnd && end < measureEnd);
    }
  };
  await Promise.all(Array.from({ length: CONVERSATIONS }, (_, w) => worker(w)));
  await cpu.finish();
  phase.seconds = Number(measureEnd - warmEnd) / 1e9;
  return phase;
}

/** The phases of several rounds as one: counts and latencies pooled. */
function pooled(phases: PhaseResult[]): PhaseResult {
  const all = newPhase();
  for (const p of phases) {
    all.turns += p.turns;
    all.seconds += p.seconds;
    all.latencies.push(...p.latencies);
    for (const [status, n] of p.non200) all.non200.set(status, (all.non200.get(status) ?? 0) + n);
    all.failed += p.failed;
    all.firstFailure ??= p.firstFailure;
    all.cpuMicros = (all.cpuMicros ?? 0) + (p.cpuMicros ?? Number.NaN);
  }
  return all;
}

const rateOf = (p: PhaseResult) => (p.seconds > 0 ? p.turns / p.seconds : Number.NaN);
const cpuPerTurnOf = (p: PhaseResult) => (p.cpuMicros ?? Number.NaN) / p.turns;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? Number.NaN) : ((s[m - 1] ?? Number.NaN) + (s[m] ?? Number.NaN)) / 2;
}

// ───────────────────────────── report ─────────────────────────────

const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : 'n/a');
const f2 = (x: number) => (Number.isFinite(x) ? x.toFixed(2) : 'n/a');

function errorText(p: PhaseResult): string {
  const non200 = [...p.non200.values()].reduce((a, b) => a + b, 0);
  const byStatus = [...p.non200.entries()].map(([s, n]) => `${n}x${s}`).join(', ');
  const parts = [`${non200} non-200${byStatus ? ` (${byStatus})` : ''}`];
  if (p.failed > 0) parts.push(`${p.failed} without a response`);
  return parts.join(', ');
}

function line(name: string, p: PhaseResult): { rate: number; p50: number; p99: number; text: string } {
  const s = summarise(p.latencies);
  const rate = p.seconds > 0 ? p.turns / p.seconds : Number.NaN;
  return {
    rate,
    p50: s.p50,
    p99: s.p99,
    text: `${name} ${f1(rate).padStart(8)} turns/s   p50 ${f2(s.p50).padStart(7)} ms   p99 ${f2(s.p99).padStart(7)} ms   max ${f1(s.max).padStart(7)} ms   (${p.turns} turns in ${f2(p.seconds)} s; errors: ${errorText(p)})`,
  };
}

async function main(): Promise<void> {
  redis = await connectRedis();
  prefix = `signpost-bench:${randomBytes(6).toString('hex')}:`;
  const out = (s: string) => process.stdout.write(`${s}\n`);
  out(`bench:turns: ${CONVERSATIONS} concurrent conversations, ${ROUNDS} rounds of ${f1(WINDOW_SECONDS)} s measured per target ` +
    `(${WARMUP_SECONDS} s warm-up first, ${REWARM_SECONDS} s before each later round), ${cpus().length} cores, Node ${process.version}`);
  out(`  Signpost: createServer + RedisStorage + RedisTurnLock on ${REDIS_URL}, keys under ${prefix}`);
  out('  echo:     CloudAdapter + ActivityHandler echo bot, no state (the framework floor)');
  out('  echo + state: the same echo bot with ConversationState in RedisStorage and RedisTurnLock (for information)');
  const load = loadavg()[0] ?? 0;
  if (load > 0.5) out(`  note: the machine's 1-minute load average is ${load.toFixed(2)} before starting; other work skews these numbers`);

  const signpost = await startChild('signpost');
  const echo = await startChild('echo');
  const echoState = await startChild('echo-state');
  const spClient = jsonClient(signpost.port, CONVERSATIONS);
  const echoClient = jsonClient(echo.port, CONVERSATIONS);
  const esClient = jsonClient(echoState.port, CONVERSATIONS);

  // Rounds: Signpost, the echo bot, and (for information) the echo bot with the same Redis state and
  // turn locks, so the gap can be split into what state and locking cost and what Signpost's own work costs.
  const triages = newTriageStats();
  const rounds: { sp: PhaseResult; ec: PhaseResult; es: PhaseResult }[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    const window: Window = { warmup: r === 0 ? WARMUP_SECONDS : REWARM_SECONDS, measure: WINDOW_SECONDS };
    const sp = await triagePhase(spClient, signpost.child, window, triages);
    const ec = await echoPhase(echoClient, echo.child, window);
    const es = await echoPhase(esClient, echoState.child, window);
    if (serverDied) throw new Error(serverDied);
    rounds.push({ sp, ec, es });
  }
  // The same conversations at a human pace: what a person waits for at 50 concurrent conversations.
  const paced = THINK_MS > 0 && !PROFILE_DIR
    ? await triagePhase(spClient, signpost.child, { warmup: WARMUP_SECONDS, measure: SECONDS }, newTriageStats(), THINK_MS)
    : undefined;
  for (const c of [spClient, echoClient, esClient]) c.close();
  if (serverDied) throw new Error(serverDied);

  const sp = pooled(rounds.map((x) => x.sp));
  const ec = pooled(rounds.map((x) => x.ec));
  const es = pooled(rounds.map((x) => x.es));
  const a = line('Signpost (whole triages):', sp);
  const b = line('echo bot (plain messages):', ec);
  const d = line('echo bot + Redis state + locks:', es);
  const ratios = rounds.map((x) => rateOf(x.sp) / rateOf(x.ec));
  const ratio = median(ratios);
  const tpt = summarise(triages.turnsPerTriage);
  const at50 = CONVERSATIONS === 50 ? '' : ` (targets are set at 50 concurrent conversations; this run used ${CONVERSATIONS})`;
  const met = (ok: boolean) => (ok ? 'MET' : 'MISSED');
  out('');
  out(a.text);
  out(b.text);
  out('');
  out(d.text);
  out('');
  out(`throughput ratio Signpost/echo: ${f2(ratio)} (median of the rounds: ${ratios.map(f2).join(', ')})   target >= 0.70: ${met(ratio >= 0.7)}${at50}`);
  out(`  for information: echo with Redis state and locks / bare echo ${f2(median(rounds.map((x) => rateOf(x.es) / rateOf(x.ec))))}; ` +
    `Signpost / echo with state and locks ${f2(median(rounds.map((x) => rateOf(x.sp) / rateOf(x.es))))}`);
  out(`server CPU per turn (user + system, measured windows): Signpost ${f1(cpuPerTurnOf(sp))} µs, echo ${f1(cpuPerTurnOf(ec))} µs, ` +
    `echo with state ${f1(cpuPerTurnOf(es))} µs; echo / Signpost ${f2(cpuPerTurnOf(ec) / cpuPerTurnOf(sp))} (what the ratio would be if CPU were all that counted)`);
  out(`Signpost p99 turn latency:      ${f2(a.p99)} ms at saturation (no pause between turns)   target <= 50 ms: ${met(a.p99 <= 50)}${at50}`);
  // The floor under the same load on the same machine: Signpost's tail cannot be shorter than the framework's.
  out(`  for information: the bare echo bot's own p99 at saturation on this run ${f2(b.p99)} ms (Signpost / echo ${f2(a.p99 / b.p99)})`);
  if (paced) {
    const c = line(`Signpost paced (${THINK_MS} ms think time):`, paced);
    out(c.text);
    out(`Signpost p99 turn latency, paced: ${f2(c.p99)} ms   target <= 50 ms: ${met(c.p99 <= 50)}${at50}`);
  }
  if (PROFILE_DIR) await stopChild(signpost.child);
  out(`triages completed: ${triages.completedMeasured} in the measured window (${triages.completedAll} in all, median ${tpt.p50} turns each); ` +
    `${triages.stopped} cut off by the time limit, ${triages.stuck} stuck, ${triages.errored} ended by an error; ${triages.reasks} answers re-asked`);
  out(`errors: Signpost ${errorText(sp)}; echo ${errorText(ec)}; echo with state ${errorText(es)}`);
  const firstFailure = sp.firstFailure ?? ec.firstFailure ?? es.firstFailure;
  if (firstFailure) out(`first failure: ${firstFailure}`);
  await cleanup();
  out(`cleaned up: servers stopped, ${removedKeys ?? 0} Redis keys removed under ${prefix}`);
  if (PROFILE_DIR) out(`CPU profile of the Signpost server written to ${PROFILE_DIR}`);
}

const watchdog = setTimeout(() => {
  process.stderr.write(`bench:turns: gave up after ${HARD_CAP_MS / 1000} s\n`);
  void cleanup().finally(() => process.exit(1));
}, HARD_CAP_MS);
watchdog.unref();

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    process.stderr.write(`bench:turns: ${signal}, cleaning up\n`);
    void cleanup().finally(() => process.exit(130));
  });
}

main()
  .then(() => { clearTimeout(watchdog); })
  .catch(async (error: unknown) => {
    process.stderr.write(`bench:turns: cannot run: ${(error as Error)?.message ?? String(error)}\n`);
    await cleanup();
    clearTimeout(watchdog);
    process.exitCode = 1;
  });
