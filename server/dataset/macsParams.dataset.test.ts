// Checks the analytic MACs/params counter against every record's `model_info` in the real dataset.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareMacsParams } from '@/core/metrics/macsParams';
import { readDataset } from './readDataset';

describe('macsParams against the dataset', () => {
  it('reproduces model_info for all 5,138 records to the unit', async () => {
    const dataset = await readDataset(path.resolve(process.cwd(), '../shared/accel-nasbench'));
    expect(dataset.issues).toEqual([]);
    const report = compareMacsParams(dataset.records);
    console.log(
      `macsParams vs model_info over ${report.count} records: max |ΔMACs| = ${report.maxAbsErrorMacs} M, ` +
        `max |Δparams| = ${report.maxAbsErrorParams} M, ${report.exact} exact`,
    );
    expect(report.count).toBe(5138);
    // model_info has 6 decimals in millions: the data's precision is one MAC / one parameter, and
    // `exact` counts agreement at that precision. Beyond that the counts are integers and integer / 1e6
    // is the same correctly rounded double JSON.parse makes of the 6-decimal text, so the error is 0.
    expect(report.exact).toBe(report.count);
    expect(report.maxAbsErrorMacs).toBe(0);
    expect(report.maxAbsErrorParams).toBe(0);
  });
});
