// The ONNX network built for device profiling (core/network) against every record's `model_info`.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNetworkModel } from '@/core/network/buildNetworkModel';
import { countModelCost } from '@/core/network/countModelCost';
import { readDataset } from './readDataset';

describe('the built ONNX network against the dataset', () => {
  it('has the parameters and MACs model_info records, for all 5,138 records', async () => {
    const dataset = await readDataset(path.resolve(process.cwd(), '../shared/accel-nasbench'));
    expect(dataset.issues).toEqual([]);
    const wrong = dataset.records.filter((r) => {
      const c = countModelCost(buildNetworkModel(r.architecture, { weights: 'none' }));
      // model_info is in millions with 6 decimals: integer / 1e6 is the same double JSON.parse reads.
      return c.params / 1e6 !== r.params || c.macs / 1e6 !== r.macs;
    });
    expect(dataset.records.length).toBe(5138);
    expect(wrong.map((r) => r.file)).toEqual([]);
  });
});
