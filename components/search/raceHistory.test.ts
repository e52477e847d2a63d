// The search-history export: one CSV line per evaluation so far, units in the header; the JSON holds
// the same numbers per run, cut at what has arrived, with the race's settings.
import { describe, expect, it } from 'vitest';
import type { RaceSpec } from '@/workers/search/protocol';
import { createRunBuffers } from './createRunBuffers';
import { raceHistoryHeader, raceHistoryToCsv, raceHistoryToJson } from './raceHistory';

const spec: RaceSpec = {
  runs: [
    { optimizer: 'rs', seed: 1 },
    { optimizer: 're', seed: 1 },
  ],
  metric: 'latency_zcu102',
  accuracy: 'val_top1',
  budget: 4,
};

function filled() {
  const runs = createRunBuffers(spec);
  // Run 0 has 2 evaluations, run 1 has 1: a race stopped midway.
  runs[0].accuracy.set([75.5, 76.25]);
  runs[0].hardware.set([2.5, 2.125]);
  runs[0].bestReward.set([0.5, 0.625]);
  runs[0].hypervolume.set([0, 1.75]);
  runs[0].length = 2;
  runs[1].accuracy.set([77]);
  runs[1].hardware.set([3]);
  runs[1].bestReward.set([0.75]);
  runs[1].hypervolume.set([0.5]);
  runs[1].length = 1;
  return runs;
}

describe('raceHistory', () => {
  it('names the units of the device metric in the header', () => {
    expect(raceHistoryHeader(spec)).toEqual([
      'run',
      'optimizer',
      'seed',
      'evaluation',
      'predicted_val_top1_pct',
      'predicted_latency_zcu102_ms',
      'best_reward',
      'hypervolume_pct_x_ms',
    ]);
    expect(raceHistoryHeader({ metric: 'throughput_a100', accuracy: 'val_top5' })[5]).toBe('predicted_throughput_a100_img_per_s');
  });

  it('writes one line per evaluation that has arrived, not the budget', () => {
    const csv = raceHistoryToCsv(spec, filled());
    expect(csv.trimEnd().split('\n').slice(1)).toEqual([
      '0,rs,1,1,75.5,2.5,0.5,0',
      '0,rs,1,2,76.25,2.125,0.625,1.75',
      '1,re,1,1,77,3,0.75,0.5',
    ]);
    expect(csv.endsWith('\n')).toBe(true);
  });

  it('is the header alone before any evaluation', () => {
    expect(raceHistoryToCsv(spec, createRunBuffers(spec))).toBe(`${raceHistoryHeader(spec).join(',')}\n`);
  });

  it('holds the same numbers in JSON, with the settings and units', () => {
    const json = JSON.parse(raceHistoryToJson(spec, filled(), null));
    expect(json.spec).toEqual(spec);
    expect(json.units).toEqual({ accuracy: '%', hardware: 'ms', hypervolume: '% × ms' });
    expect(json.runs[0]).toEqual({
      run: 0,
      optimizer: 'rs',
      seed: 1,
      evaluations: 2,
      accuracy: [75.5, 76.25],
      hardware: [2.5, 2.125],
      bestReward: [0.5, 0.625],
      hypervolume: [0, 1.75],
    });
    expect(json.runs[1].hardware).toEqual([3]);
    expect(json.finals).toBeNull();
  });
});
