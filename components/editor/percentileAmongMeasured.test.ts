// Where a value falls among the measured ones, direction-aware (higher top-1 beats, lower latency
// beats), ties counting half, NaN (not measured) left out: on small sets worked by hand.
import { describe, expect, it } from 'vitest';
import { TARGET_NAMES, type TargetName } from '@/core/targets';
import type { MeasuredDataset } from '@/components/explorer/useMeasuredDataset';
import { percentileAmongMeasured } from './percentileAmongMeasured';

/** A dataset of `count` records with the given values per target and NaN (not measured) elsewhere. */
function dataset(count: number, given: Partial<Record<TargetName, number[]>>): MeasuredDataset {
  const values = Object.fromEntries(
    TARGET_NAMES.map((t) => [t, Float64Array.from(given[t] ?? new Array(count).fill(NaN))]),
  ) as MeasuredDataset['values'];
  return {
    count,
    codes: [],
    resultIds: new Int32Array(count),
    genes: new Uint8Array(count * 28),
    values,
    splits: new Array(count).fill('train'),
    macs: new Float64Array(count),
    params: new Float64Array(count),
  };
}

// Top-1 70, 72, 72, 75 (and one record without it); ZCU102 latency 3, 1.5, 2 ms (two without).
const data = dataset(5, { val_top1: [75, 72, NaN, 70, 72], latency_zcu102: [3, NaN, 1.5, NaN, 2] });

describe('percentileAmongMeasured', () => {
  it('counts the measured values a higher-is-better value beats, ties as half', () => {
    expect(percentileAmongMeasured(data, 'val_top1', 72)).toBe((1 + 2 / 2) / 4); // beats 70, ties both 72s
    expect(percentileAmongMeasured(data, 'val_top1', 71)).toBe(1 / 4);
    expect(percentileAmongMeasured(data, 'val_top1', 75)).toBe((3 + 1 / 2) / 4);
    expect(percentileAmongMeasured(data, 'val_top1', 80)).toBe(1);
    expect(percentileAmongMeasured(data, 'val_top1', 60)).toBe(0);
  });

  it('counts lower as better for latency', () => {
    expect(percentileAmongMeasured(data, 'latency_zcu102', 1)).toBe(1);
    expect(percentileAmongMeasured(data, 'latency_zcu102', 2)).toBe((1 + 1 / 2) / 3); // beats 3, ties 2
    expect(percentileAmongMeasured(data, 'latency_zcu102', 2.5)).toBe(1 / 3);
    expect(percentileAmongMeasured(data, 'latency_zcu102', 4)).toBe(0);
  });

  it('is null when the target was never measured or the value is not a number', () => {
    expect(percentileAmongMeasured(data, 'throughput_tpuv3', 1000)).toBeNull();
    expect(percentileAmongMeasured(data, 'val_top1', NaN)).toBeNull();
    expect(percentileAmongMeasured(data, 'val_top1', Infinity)).toBeNull();
  });

  it('sorts numerically, not as text (9 < 10 < 100)', () => {
    const d = dataset(3, { throughput_a100: [100, 9, 10] });
    expect(percentileAmongMeasured(d, 'throughput_a100', 50)).toBe(2 / 3);
  });

  it('agrees with counting by brute force on a larger set', () => {
    const top1 = Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? NaN : 60 + ((i * 37) % 101) / 10));
    const d = dataset(top1.length, { val_top1: top1 });
    const measured = top1.filter((v) => !Number.isNaN(v));
    for (const v of [60, 61.3, 65, 65.05, 70, 100]) {
      const below = measured.filter((m) => m < v).length;
      const ties = measured.filter((m) => m === v).length;
      expect(percentileAmongMeasured(d, 'val_top1', v)).toBeCloseTo((below + ties / 2) / measured.length, 12);
    }
  });
});
