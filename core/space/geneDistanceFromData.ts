// How far an architecture is from the surrogates' training data, one definition for the API
// (server/services/outOfDistribution.ts) and the editor (components/editor/distanceFromData.ts): the gene
// (Hamming) distance to the nearest training-split architecture, as a mid-rank percentile of the same
// distance for the test split's architectures (which the surrogates were validated on); 'edge' beyond
// the 90th percentile, 'far' beyond the 99th.
import { GENE_COUNT, writeGeneIndex } from './geneIndex';
import { nearestDistance } from './nearestDistance';
import type { Architecture } from './searchSpace';

export interface GeneDistanceReference {
  /** Packed genes of the training split. */
  train: Uint8Array;
  /** Nearest-train distance of each test-split architecture, ascending. */
  testDistances: number[];
}

export interface GeneDistanceFromData {
  /** Genes that differ from the nearest training-split architecture (0–28). */
  nearestTrainDistance: number;
  /** Share of test-split architectures that are nearer to the training split (ties count half). */
  percentile: number;
  level: 'in' | 'edge' | 'far';
}

/** The reference from the packed genes of the training and the test split. */
export function geneDistanceReference(train: Uint8Array, test: Uint8Array): GeneDistanceReference {
  const testDistances: number[] = [];
  for (let j = 0; j * GENE_COUNT < test.length; j++) testDistances.push(nearestDistance(test, j * GENE_COUNT, train));
  return { train, testDistances: testDistances.sort((a, b) => a - b) };
}

export function geneDistanceFromData(arch: Architecture, ref: GeneDistanceReference): GeneDistanceFromData {
  const query = new Uint8Array(GENE_COUNT);
  writeGeneIndex(arch, query, 0);
  const distance = nearestDistance(query, 0, ref.train);
  let below = 0;
  let ties = 0;
  for (const d of ref.testDistances) {
    if (d < distance) below++;
    else if (d === distance) ties++;
  }
  // Mid-rank percentile, so a distance equal to the most common test distance lands mid-distribution.
  const percentile = ref.testDistances.length ? (below + ties / 2) / ref.testDistances.length : 0;
  return { nearestTrainDistance: distance, percentile, level: percentile > 0.99 ? 'far' : percentile > 0.9 ? 'edge' : 'in' };
}
