import { describe, expect, it } from 'vitest';
import type { SurrogateSearchRun } from '@/core/search/runSurrogateSearch';
import { compareRuns, comparisonMarkdown } from './searchesCompare';

const run = (optimizer: 'rs' | 're', seed: number, hypervolume: number, reward: number) =>
  ({ optimizer, seed, metric: 'throughput_vck190', hypervolume, best: { reward } }) as unknown as SurrogateSearchRun;

describe('compareRuns', () => {
  it('averages seeds, relates each optimizer to random search and counts per-seed wins', () => {
    const rows = compareRuns([run('rs', 1, 10, 60), run('rs', 2, 20, 62), run('re', 1, 30, 66), run('re', 2, 15, 64)]);
    expect(rows).toEqual([
      {
        metric: 'throughput_vck190',
        optimizer: 'rs',
        seeds: 2,
        hypervolumeMean: 15,
        hypervolumeStd: Math.sqrt(50),
        hypervolumeVsRs: 1,
        bestRewardMean: 61,
        winsVsRs: 0,
      },
      {
        metric: 'throughput_vck190',
        optimizer: 're',
        seeds: 2,
        hypervolumeMean: 22.5,
        hypervolumeStd: Math.sqrt(112.5),
        hypervolumeVsRs: 1.5,
        bestRewardMean: 65,
        winsVsRs: 1,
      },
    ]);
    const md = comparisonMarkdown(rows, 1000);
    expect(md).toContain('| throughput_vck190 | Regularized evolution | 22.5 ± 11 (%·img/s) | 1.5× | 1/2 | 65 |');
    expect(md).toContain('Budget 1000 surrogate evaluations per run; 2 seeds per optimizer.');
  });
});
