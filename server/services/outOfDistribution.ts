// How far an architecture is from the surrogates' training data (core/space/geneDistanceFromData.ts),
// with its nearest measured neighbours; the reference is built once per dataset version.
import 'server-only';
import { geneDistanceFromData, geneDistanceReference, type GeneDistanceReference } from '@/core/space/geneDistanceFromData';
import { packGeneIndex } from '@/core/space/geneIndex';
import { nearestArchitectures } from '@/core/space/nearestArchitectures';
import type { Architecture } from '@/core/space/searchSpace';
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

export function outOfDistribution(arch: Architecture, ref: OodReference, neighbours = 5) {
  const { nearestTrainDistance, percentile, level } = geneDistanceFromData(arch, ref);
  return {
    nearestTrainDistance,
    percentile,
    level,
    nearestMeasured: nearestArchitectures(arch, ref.all.packed, neighbours).map((n) => ({
      code: ref.all.rows[n.index].code,
      resultId: ref.all.rows[n.index].result_id,
      distance: n.distance,
      valTop1: ref.all.rows[n.index].val_top1,
    })),
  };
}
