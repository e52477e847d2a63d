// The reference points' medians (core/search/datasetMedians) are the measured dataset's: recomputed here
// from the real data.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { median as medianOfSorted } from '@/core/metrics/median';
import { DATASET_MEDIANS, MEDIANS_DATASET_VERSION } from '@/core/search/datasetMedians';
import { DEVICE_METRIC_NAMES } from '@/core/targets';
import { readDataset } from './readDataset';

const median = (xs: number[]) => medianOfSorted(xs.slice().sort((a, b) => a - b));

describe('DATASET_MEDIANS', () => {
  it('are the medians of accuracy and of every device metric over the measured records', async () => {
    const dataset = await readDataset(path.resolve(process.cwd(), '../shared/accel-nasbench'));
    expect(dataset.contentHash).toBe(MEDIANS_DATASET_VERSION);
    expect(DATASET_MEDIANS.val_top1).toBe(median(dataset.records.map((r) => r.valTop1)));
    expect(DATASET_MEDIANS.val_top5).toBe(median(dataset.records.map((r) => r.valTop5)));
    for (const m of DEVICE_METRIC_NAMES) {
      const values = dataset.records.map((r) => r.perf[m].mean).filter((v): v is number => v !== null);
      expect(DATASET_MEDIANS[m]).toBe(median(values));
    }
  });
});
