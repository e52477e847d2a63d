import { describe, expect, it } from 'vitest';
import type { MeasuredRecord } from '../../core/dataset/measuredRecord';
import type { ProxyFidelityRun } from '../../core/dataset/proxyFidelityRun';
import { runNoise } from './runNoise';

const run = (code: string, seed: number, top1: number, recipe: ProxyFidelityRun['recipe'] = 'proxified'): ProxyFidelityRun =>
  ({ recipe, seed, row: seed, code, top1, top5: top1 + 20, macs: 300, params: 5, trainTimeS: 1000 * seed }) as ProxyFidelityRun;

const record = (resultId: number, code: string, a100: number | null): MeasuredRecord =>
  ({ resultId, code, perf: { throughput_a100: { mean: a100, std: null } } }) as unknown as MeasuredRecord;

describe('runNoise', () => {
  it('pools the within-architecture variance of the proxified seeds for the accuracies', () => {
    const runs = [
      run('a', 1, 60),
      run('a', 2, 61),
      run('a', 3, 62),
      run('b', 1, 50),
      run('b', 2, 50),
      run('b', 3, 50),
      run('c', 1, 40, 'fewproxy'),
    ];
    // (1 + 0 + 1) + 0 over 2 + 2 degrees of freedom; the reference recipe's run is not the proxy's noise.
    expect(runNoise('val_top1', 'identity', runs, [])).toEqual({ variance: 0.5, dof: 4, source: 'proxified-seeds' });
  });

  it('takes train time in log space', () => {
    const runs = [run('a', 1, 60), run('a', 2, 61)];
    const n = runNoise('train_time', 'log', runs, []);
    expect(n.variance).toBeCloseTo(Math.log(2) ** 2 / 2, 12);
    expect(n.dof).toBe(1);
  });

  it('halves the squared log difference of records measured twice for a device metric', () => {
    const records = [record(1, 'x', 1000), record(2, 'y', 500), record(3, 'x', 1010), record(4, 'z', null), record(5, 'z', 700)];
    const n = runNoise('throughput_a100', 'log', [], records);
    expect(n.variance).toBeCloseTo(Math.log(1010 / 1000) ** 2 / 2, 15);
    // z's first record has no value: its second is a first, not a pair.
    expect(n.dof).toBe(1);
    expect(n.source).toBe('repeated-records');
  });
});
