// Percentiles on a four-record dataset worked by hand: the measured value ranks when there is one,
// the surrogate's mean (in its own column order) otherwise, and a target nobody measured has none.
import { describe, expect, it } from 'vitest';
import type { MeasuredDataset } from '@/components/explorer/useMeasuredDataset';
import { TARGET_NAMES, type TargetName } from '@/core/targets';
import { targetPercentiles } from './targetPercentiles';

const nothing = Object.fromEntries(TARGET_NAMES.map((t) => [t, new Float64Array([NaN, NaN, NaN, NaN])])) as Record<
  TargetName,
  Float64Array
>;
const data: MeasuredDataset = {
  count: 4,
  codes: ['a', 'b', 'c', 'd'],
  resultIds: Int32Array.from([1, 2, 3, 4]),
  genes: new Uint8Array(4 * 28),
  values: { ...nothing, val_top1: Float64Array.from([60, 62, 64, 66]), throughput_a100: Float64Array.from([100, 200, 300, 400]) },
  splits: [null, null, null, null],
  macs: new Float64Array(4),
  params: new Float64Array(4),
};
// The surrogate's columns: throughput first, then top-1.
const targets: TargetName[] = ['throughput_a100', 'val_top1'];
const current = { mean: Float32Array.from([250, 70]), std: Float32Array.from([1, 1]) };

describe('targetPercentiles', () => {
  it('ranks the measured value when there is one, else the prediction', () => {
    const p = targetPercentiles(data, [{ resultId: 7, values: { val_top1: 63 } }], targets, current);
    // 63 beats 60 and 62 of four; 250 beats 100 and 200 of four.
    expect(p.val_top1).toEqual({ share: 0.5, of: 'measured' });
    expect(p.throughput_a100).toEqual({ share: 0.5, of: 'predicted' });
    // Nothing measured on the TPU in this dataset: no percentile.
    expect(p.throughput_tpuv3).toBeNull();
  });

  it('ranks the prediction for an unmeasured architecture, and nothing before the records load', () => {
    expect(targetPercentiles(data, null, targets, current).val_top1).toEqual({ share: 1, of: 'predicted' });
    expect(targetPercentiles(data, null, targets, undefined).val_top1).toBeNull();
    expect(targetPercentiles(undefined, null, targets, current)).toEqual({});
  });
});
