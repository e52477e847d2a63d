// How far an architecture is from the surrogate's training data, in the browser, by the same definition
// as the API (core/space/geneDistanceFromData.ts), with the reference built once per loaded dataset.
import { GENE_COUNT } from '@/core/space/geneIndex';
import {
  geneDistanceFromData,
  geneDistanceReference,
  type GeneDistanceFromData,
  type GeneDistanceReference,
} from '@/core/space/geneDistanceFromData';
import type { Architecture } from '@/core/space/searchSpace';
import type { MeasuredDataset } from '@/components/explorer/useMeasuredDataset';

export type DistanceFromData = GeneDistanceFromData;

const references = new WeakMap<MeasuredDataset, GeneDistanceReference>();

function reference(data: MeasuredDataset): GeneDistanceReference {
  let ref = references.get(data);
  if (ref) return ref;
  const pick = (split: 'train' | 'test') => {
    const rows: number[] = [];
    data.splits.forEach((s, i) => s === split && rows.push(i));
    const packed = new Uint8Array(rows.length * GENE_COUNT);
    rows.forEach((r, j) => packed.set(data.genes.subarray(r * GENE_COUNT, (r + 1) * GENE_COUNT), j * GENE_COUNT));
    return packed;
  };
  ref = geneDistanceReference(pick('train'), pick('test'));
  references.set(data, ref);
  return ref;
}

export function distanceFromData(arch: Architecture, data: MeasuredDataset): DistanceFromData {
  return geneDistanceFromData(arch, reference(data));
}
