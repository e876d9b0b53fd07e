// The one percentile definition every bench uses (nearest rank), so that a p95 means the same thing in
// every report: the smallest sample at or above 95% of all samples.

/**
 * @param {readonly number[]} sorted samples in ascending order
 * @param {number} p percentile, 0 < p ≤ 100
 */
export function percentile(sorted, p) {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** p50 of the samples (nearest rank, like every other percentile here). */
export function median(samples) {
  return percentile(
    [...samples].sort((a, b) => a - b),
    50,
  );
}

/**
 * Warm percentiles of timed samples, e.g. `summarize(times)` → `{ runs, p50, p95, p99, max }`.
 * @param {readonly number[]} samples
 */
export function summarize(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    runs: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/**
 * Times `work` once in this (cold) process, then `runs` more times: the first call is reported apart,
 * since it pays for module loading, JIT and caches that later calls find warm.
 * @template T
 * @param {number} runs
 * @param {() => T | Promise<T>} work
 */
export async function coldAndWarm(runs, work) {
  let started = performance.now();
  await work();
  const firstMs = performance.now() - started;
  const times = [];
  for (let run = 0; run < runs; run += 1) {
    started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return { firstMs, ...summarize(times) };
}
