import { describe, expect, it } from 'vitest';
import { coverageByDistanceBin, distanceBins } from './coverageByDistanceBin';

describe('distanceBins', () => {
  it('closes a bin once it holds minCount points and folds a short remainder into the last bin', () => {
    // Counts per distance: 1 → 1, 2 → 2, 3 → 3, 4 → 1, 6 → 1.
    const d = [3, 1, 2, 3, 2, 3, 4, 6];
    expect(distanceBins(d, 3)).toEqual([
      { min: 1, max: 2, n: 3 },
      { min: 3, max: 6, n: 5 },
    ]);
    expect(distanceBins(d, 1)).toEqual([
      { min: 1, max: 1, n: 1 },
      { min: 2, max: 2, n: 2 },
      { min: 3, max: 3, n: 3 },
      { min: 4, max: 4, n: 1 },
      { min: 6, max: 6, n: 1 },
    ]);
  });

  it('keeps one bin when there are fewer points than minCount, and none without points', () => {
    expect(distanceBins([5, 7], 10)).toEqual([{ min: 5, max: 7, n: 2 }]);
    expect(distanceBins([], 10)).toEqual([]);
  });
});

describe('coverageByDistanceBin', () => {
  it('counts the points inside mean ± z·std and averages 2·z·std/|mean| per bin', () => {
    const rows = [
      // Bin 1–2: |10 − 11| = 1 ≤ 2·1 inside; |10 − 13| = 3 > 2 outside.
      { distance: 1, measured: 10, mean: 11, std: 1 },
      { distance: 2, measured: 10, mean: 13, std: 1 },
      // Bin 3+: |−4 − (−5)| = 1 ≤ 2·0.5 inside (on the edge); distance 9 lands in the open last bin.
      { distance: 3, measured: -4, mean: -5, std: 0.5 },
      { distance: 9, measured: 20, mean: 20, std: 2 },
    ];
    const bins = [
      { min: 1, max: 2, n: 2 },
      { min: 3, max: 4, n: 1 },
    ];
    const out = coverageByDistanceBin(rows, bins, 2);
    expect(out[0]).toEqual({ min: 1, max: 2, n: 2, coverage: 0.5, meanRelativeWidth: (4 / 11 + 4 / 13) / 2 });
    // Widths: 2·2·0.5/5 = 0.4 and 2·2·2/20 = 0.4.
    expect(out[1]).toEqual({ min: 3, max: 4, n: 2, coverage: 1, meanRelativeWidth: 0.4 });
  });

  it('reports an empty bin as n = 0 with no coverage', () => {
    expect(coverageByDistanceBin([{ distance: 1, measured: 1, mean: 1, std: 1 }], [{ min: 2, max: 3, n: 0 }], 1.645)).toEqual([
      { min: 2, max: 3, n: 0, coverage: null, meanRelativeWidth: null },
    ]);
  });
});
