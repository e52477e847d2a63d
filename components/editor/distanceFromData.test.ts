// The editor's "distance from the data" (the API's definition, core/space/geneDistanceFromData.ts) on a
// dataset as the browser holds it: only the train and test splits count, ties at mid-rank.
import { describe, expect, it } from 'vitest';
import { formatArchitectureCode } from '@/core/space/architectureCode';
import { GENE_COUNT, packGeneIndex } from '@/core/space/geneIndex';
import { EFFICIENTNET_B0, type Architecture } from '@/core/space/searchSpace';
import { sampleArchitecture } from '@/core/space/sampleArchitecture';
import { createPrng } from '@/core/random/prng';
import { TARGET_NAMES } from '@/core/targets';
import type { MeasuredDataset } from '@/components/explorer/useMeasuredDataset';
import { geneDistanceReference } from '@/core/space/geneDistanceFromData';
import { distanceFromData, distanceReference } from './distanceFromData';

type Split = MeasuredDataset['splits'][number];

function dataset(archs: Architecture[], splits: Split[]): MeasuredDataset {
  const count = archs.length;
  return {
    count,
    codes: archs.map(formatArchitectureCode),
    resultIds: Int32Array.from(archs, (_, i) => i),
    genes: packGeneIndex(archs),
    values: Object.fromEntries(TARGET_NAMES.map((t) => [t, new Float64Array(count).fill(NaN)])) as MeasuredDataset['values'],
    splits,
    macs: new Float64Array(count),
    params: new Float64Array(count),
  };
}

/** EfficientNet-B0 with squeeze-excite switched off in its first `n` blocks: n genes from B0. */
const b0WithoutSe = (n: number): Architecture => EFFICIENTNET_B0.map((b, i) => (i < n ? { ...b, se: false } : b));

describe('distanceFromData', () => {
  // Training split: B0 alone. Test split: nine architectures 1 gene away and one 3 genes away.
  // A validation record and an unsplit one sit on B0 too, and must not count.
  const data = dataset(
    [EFFICIENTNET_B0, ...Array.from({ length: 9 }, () => b0WithoutSe(1)), b0WithoutSe(3), b0WithoutSe(6), b0WithoutSe(7)],
    ['train', ...new Array<Split>(9).fill('test'), 'test', 'val', null],
  );

  it('is 0 genes and the bottom of the test distribution on a training architecture', async () => {
    expect(distanceFromData(EFFICIENTNET_B0, await distanceReference(data))).toEqual({
      nearestTrainDistance: 0,
      percentile: 0,
      level: 'in',
    });
  });

  it('ranks ties at mid-rank', async () => {
    // 1 gene: ties with 9 of 10 test distances → 4.5 / 10.
    expect(distanceFromData(b0WithoutSe(1), await distanceReference(data))).toEqual({
      nearestTrainDistance: 1,
      percentile: 0.45,
      level: 'in',
    });
    // 2 genes: beyond 9 of 10 → exactly 0.9, which is not yet 'edge'.
    expect(distanceFromData(b0WithoutSe(2), await distanceReference(data))).toEqual({
      nearestTrainDistance: 2,
      percentile: 0.9,
      level: 'in',
    });
  });

  it('is at the edge beyond the 90th percentile and far beyond the 99th', async () => {
    expect(distanceFromData(b0WithoutSe(3), await distanceReference(data))).toEqual({
      nearestTrainDistance: 3,
      percentile: 0.95,
      level: 'edge',
    });
    expect(distanceFromData(b0WithoutSe(5), await distanceReference(data))).toEqual({
      nearestTrainDistance: 5,
      percentile: 1,
      level: 'far',
    });
  });

  it('is 28 genes away without a training split (as is every test record, so mid-rank), percentile 0 without a test split', async () => {
    expect(distanceFromData(EFFICIENTNET_B0, await distanceReference(dataset([EFFICIENTNET_B0], ['test'])))).toEqual({
      nearestTrainDistance: GENE_COUNT,
      percentile: 0.5,
      level: 'in',
    });
    expect(distanceFromData(b0WithoutSe(4), await distanceReference(dataset([EFFICIENTNET_B0], ['train'])))).toEqual({
      nearestTrainDistance: 4,
      percentile: 0,
      level: 'in',
    });
  });

  it('builds, in slices, the reference geneDistanceReference builds in one go, once per dataset', async () => {
    const random = createPrng(7);
    const archs = Array.from({ length: 1200 }, () => sampleArchitecture(random));
    const splits = archs.map((_, i): Split => (i % 5 === 0 ? 'test' : i % 7 === 0 ? 'val' : 'train'));
    const big = dataset(archs, splits);
    const pack = (split: Split) => packGeneIndex(archs.filter((_, i) => splits[i] === split));
    const built = await distanceReference(big);
    expect(built).toEqual(geneDistanceReference(pack('train'), pack('test')));
    expect(built.testDistances.length).toBe(240);
    expect(distanceReference(big)).toBe(distanceReference(big));
  });
});
