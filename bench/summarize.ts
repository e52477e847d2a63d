// Median and spread of repeated measurements: every figure in the bench results carries both.
import { quantile } from '../core/metrics/quantile';

export interface Summary {
  n: number;
  median: number;
  p25: number;
  p75: number;
  min: number;
  max: number;
}

export function summarize(values: number[]): Summary {
  const s = [...values].sort((a, b) => a - b);
  return { n: s.length, median: quantile(s, 0.5), p25: quantile(s, 0.25), p75: quantile(s, 0.75), min: s[0], max: s[s.length - 1] };
}

/** Runs `fn` `repeats` times after `warmup` untimed runs; returns the durations in ms. */
export async function timeRepeated(fn: () => unknown | Promise<unknown>, repeats: number, warmup = 1): Promise<Summary> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return summarize(out);
}
