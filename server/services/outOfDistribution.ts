// How far an architecture is from the surrogates' training data, with its nearest measured
// neighbours: the level and its reasons from the one OOD definition
// (surrogates/runtime/outOfDistributionLevel.ts: descriptors beyond the training box, predictions
// beyond the measured training range, gene distance beyond the 99th test percentile), plus the gene
// distance (core/space/geneDistanceFromData.ts). The gene reference is built once per dataset version.
import 'server-only';
import { geneDistanceFromData, geneDistanceReference, type GeneDistanceReference } from '@/core/space/geneDistanceFromData';
import { packGeneIndex } from '@/core/space/geneIndex';
import { nearestArchitectures } from '@/core/space/nearestArchitectures';
import type { Architecture } from '@/core/space/searchSpace';
import { outOfDistributionLevel, type OodReference as SurrogateOodReference } from '@/surrogates/runtime/outOfDistributionLevel';
import type { RecordRow } from '../db/schema';
import { memo, type DatasetSnapshot } from './datasetSnapshot';
import { storedArchitecture } from './storedArchitecture';

export interface OodReference extends GeneDistanceReference {
  /** Packed genes of every measured record, for the neighbours. */
  all: { packed: Uint8Array; rows: RecordRow[] };
}

export function oodReference(snap: DatasetSnapshot): OodReference {
  return memo(snap, 'oodReference', () => {
    const train = snap.records.filter((r) => r.split === 'train');
    const test = snap.records.filter((r) => r.split === 'test');
    const pack = (rows: RecordRow[]) => packGeneIndex(rows.map((r) => storedArchitecture(r.code)));
    return { all: { packed: pack(snap.records), rows: snap.records }, ...geneDistanceReference(pack(train), pack(test)) };
  });
}

/** One architecture as the surrogate saw it: its encoder row and predicted means (output-column order). */
export interface PredictedRow {
  features: ArrayLike<number>;
  mean: ArrayLike<number>;
  reference: SurrogateOodReference;
}

export function outOfDistribution(arch: Architecture, ref: OodReference, predicted: PredictedRow, neighbours = 5) {
  const { nearestTrainDistance, percentile } = geneDistanceFromData(arch, ref);
  const verdict = outOfDistributionLevel(predicted.reference, predicted.features, predicted.mean, percentile);
  return {
    nearestTrainDistance,
    percentile,
    level: verdict.level,
    edge: verdict.edge,
    reasons: verdict.reasons,
    nearestMeasured: nearestArchitectures(arch, ref.all.packed, neighbours).map((n) => ({
      code: ref.all.rows[n.index].code,
      resultId: ref.all.rows[n.index].result_id,
      distance: n.distance,
      valTop1: ref.all.rows[n.index].val_top1,
    })),
  };
}
