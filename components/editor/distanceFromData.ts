// How far an architecture is from the surrogate's training data, computed in the browser the way the
// API's outOfDistribution does (server/services/outOfDistribution.ts): the gene (Hamming) distance to
// the nearest training-split architecture, as a mid-rank percentile of the same distance for the
// test-split architectures; 'edge' beyond the 90th percentile, 'far' beyond the 99th.
import { GENE_COUNT } from '@/core/space/geneIndex';
import { nearestArchitectures } from '@/core/space/nearestArchitectures';
import { readGeneIndex } from '@/core/space/readGeneIndex';
import type { Architecture } from '@/core/space/searchSpace';
import type { MeasuredDataset } from '@/components/explorer/useMeasuredDataset';

interface Reference {
  train: Uint8Array;
  /** Nearest-train distance of each test-split record, ascending. */
  testDistances: number[];
}

const references = new WeakMap<MeasuredDataset, Reference>();

function reference(data: MeasuredDataset): Reference {
  let ref = references.get(data);
  if (ref) return ref;
  const pick = (split: 'train' | 'test') => {
    const rows: number[] = [];
    data.splits.forEach((s, i) => s === split && rows.push(i));
    const packed = new Uint8Array(rows.length * GENE_COUNT);
    rows.forEach((r, j) => packed.set(data.genes.subarray(r * GENE_COUNT, (r + 1) * GENE_COUNT), j * GENE_COUNT));
    return { rows, packed };
  };
  const train = pick('train');
  const test = pick('test');
  const testDistances = test.rows
    .map((_, j) => nearestArchitectures(readGeneIndex(test.packed, j * GENE_COUNT)!, train.packed, 1)[0]?.distance ?? GENE_COUNT)
    .sort((a, b) => a - b);
  ref = { train: train.packed, testDistances };
  references.set(data, ref);
  return ref;
}

export interface DistanceFromData {
  /** Genes that differ from the nearest training-split architecture (0–28). */
  nearestTrainDistance: number;
  /** Share of test-split architectures that are nearer to the training split (ties count half). */
  percentile: number;
  level: 'in' | 'edge' | 'far';
}

export function distanceFromData(arch: Architecture, data: MeasuredDataset): DistanceFromData {
  const ref = reference(data);
  const distance = nearestArchitectures(arch, ref.train, 1)[0]?.distance ?? GENE_COUNT;
  let below = 0;
  let ties = 0;
  for (const d of ref.testDistances) {
    if (d < distance) below++;
    else if (d === distance) ties++;
  }
  const percentile = ref.testDistances.length ? (below + ties / 2) / ref.testDistances.length : 0;
  return { nearestTrainDistance: distance, percentile, level: percentile > 0.99 ? 'far' : percentile > 0.9 ? 'edge' : 'in' };
}
