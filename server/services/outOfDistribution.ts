// How far an architecture is from the surrogates' training data: the gene (Hamming) distance to the
// nearest training-split architecture, as a percentile of the same distance for the test split's
// architectures (which the surrogates were validated on). 'far' = further than 99% of them.
import 'server-only';
import { GENE_COUNT, packGeneIndex } from '@/core/space/geneIndex';
import { nearestArchitectures } from '@/core/space/nearestArchitectures';
import type { Architecture } from '@/core/space/searchSpace';
import type { RecordRow } from '../db/schema';
import { memo, type DatasetSnapshot } from './datasetSnapshot';
import { storedArchitecture } from './storedArchitecture';

export interface OodReference {
  /** Packed genes of every measured record (for neighbours) and of the training split. */
  all: { packed: Uint8Array; rows: RecordRow[] };
  train: Uint8Array;
  /** Sorted nearest-train distances of the test split's records. */
  testDistances: number[];
}

export function oodReference(snap: DatasetSnapshot): OodReference {
  return memo(snap, 'oodReference', () => {
    const train = snap.records.filter((r) => r.split === 'train');
    const test = snap.records.filter((r) => r.split === 'test');
    const trainPacked = packGeneIndex(train.map((r) => storedArchitecture(r.code)));
    const testDistances = test.map((r) => nearestArchitectures(storedArchitecture(r.code), trainPacked, 1)[0]?.distance ?? GENE_COUNT).sort((a, b) => a - b);
    return { all: { packed: packGeneIndex(snap.records.map((r) => storedArchitecture(r.code))), rows: snap.records }, train: trainPacked, testDistances };
  });
}

export function outOfDistribution(arch: Architecture, ref: OodReference, neighbours = 5) {
  const distance = nearestArchitectures(arch, ref.train, 1)[0]?.distance ?? GENE_COUNT;
  const below = ref.testDistances.filter((d) => d < distance).length;
  const ties = ref.testDistances.filter((d) => d === distance).length;
  // Mid-rank percentile, so a distance equal to the most common test distance lands mid-distribution.
  const percentile = ref.testDistances.length ? (below + ties / 2) / ref.testDistances.length : 0;
  const level = percentile > 0.99 ? 'far' : percentile > 0.9 ? 'edge' : 'in';
  return {
    nearestTrainDistance: distance,
    percentile,
    level: level as 'in' | 'edge' | 'far',
    nearestMeasured: nearestArchitectures(arch, ref.all.packed, neighbours).map((n) => ({
      code: ref.all.rows[n.index].code,
      resultId: ref.all.rows[n.index].result_id,
      distance: n.distance,
      valTop1: ref.all.rows[n.index].val_top1,
    })),
  };
}
