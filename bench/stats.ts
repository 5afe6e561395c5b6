/** Percentiles over samples in milliseconds, for the benchmarks' printed numbers. */
export function percentile(sortedMs: readonly number[], p: number): number {
  if (sortedMs.length === 0) return Number.NaN;
  const i = Math.min(sortedMs.length - 1, Math.ceil((p / 100) * sortedMs.length) - 1);
  return sortedMs[Math.max(0, i)] as number;
}

export function summarise(samplesMs: number[]): { n: number; p50: number; p99: number; max: number } {
  const s = [...samplesMs].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p99: percentile(s, 99), max: s[s.length - 1] ?? Number.NaN };
}

export const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;
export const fmt = (x: number): string => `${x.toFixed(3)} ms`;
