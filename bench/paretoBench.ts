// Pareto front computation on 100,000 and 1,000,000 random (accuracy, throughput) points.
import { paretoFront } from '@/core/metrics/paretoFront';
import { createPrng } from '@/core/random/prng';
import { timeRepeated, type Summary } from './summarize';

function points(n: number, seed: number) {
  const rng = createPrng(seed);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    xs[i] = 500 + rng.next() * 30000;
    // Accuracy falls with throughput plus noise, the shape of the measured data.
    ys[i] = 70 - xs[i] / 2000 + rng.next() * 8;
  }
  return { xs, ys };
}

export async function paretoBench(): Promise<Record<string, Summary & { unit: string }>> {
  const out: Record<string, Summary & { unit: string }> = {};
  for (const n of [100_000, 1_000_000]) {
    const { xs, ys } = points(n, 1);
    out[`paretoFront_${n}`] = {
      ...(await timeRepeated(() => paretoFront(xs, ys, { x: 'max', y: 'max' }), n > 100_000 ? 7 : 21, 2)),
      unit: 'ms',
    };
  }
  return out;
}
