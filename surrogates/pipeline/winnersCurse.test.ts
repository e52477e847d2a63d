import { describe, expect, it } from 'vitest';
import { TARGETS, type TargetName } from '../../core/targets';
import type { OodReference } from '../runtime/outOfDistributionLevel';
import { winnersCurse } from './winnersCurse';

const T = TARGETS.length;
const range = { min: 0, max: 100 };
const measured = Object.fromEntries(TARGETS.map((t) => [t.name, range])) as Record<TargetName, { min: number; max: number }>;
const ref: OodReference = {
  featureNames: ['f'],
  features: { min: [0], max: [1] },
  targets: TARGETS.map((t) => ({ name: t.name, ...range })),
};

/** Three architectures, every target at `v` except top-1 at `top1`. */
function means(rows: [number, number][]): Float64Array {
  const out = new Float64Array(rows.length * T);
  rows.forEach(([top1, v], i) => TARGETS.forEach((t, j) => (out[i * T + j] = t.name === 'val_top1' ? top1 : v)));
  return out;
}

describe('winnersCurse', () => {
  it('counts front points predicted beyond the measured values, and flags them through the OOD definition', () => {
    // Point 0: top-1 120 (beyond), metric 50; point 1: top-1 90, metric 99; point 2: dominated for max metrics.
    const features = Float32Array.of(0.5, 0.5, 0.5);
    const rows = winnersCurse(
      ref,
      features,
      means([
        [120, 50],
        [90, 99],
        [10, 10],
      ]),
      3,
      measured,
    );
    const a100 = rows.find((r) => r.metric === 'throughput_a100')!;
    expect(a100).toEqual({ metric: 'throughput_a100', front: 2, beyondMeasured: 1, beyondFlagged: 1, flagged: 1 });
  });
});
