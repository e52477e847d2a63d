// How far an architecture is from the surrogate's training data, in the browser, by the same definition
// as the API (core/space/geneDistanceFromData.ts), with the reference built once per loaded dataset.
// Building it compares each test-split architecture with the whole training split (~500 × ~4,100); before
// nearestDistance compared gene words it was one task of ~200 ms on a busy machine, which Lighthouse
// counted as blocking /arch (not re-measured since). It is built in slices of a few milliseconds between
// which the page stays responsive, and the editor shows the verdict when it is ready. The loop repeats
// core's geneDistanceReference with yields added; the test checks the two agree.
import { GENE_COUNT } from '@/core/space/geneIndex';
import { geneDistanceFromData, type GeneDistanceFromData, type GeneDistanceReference } from '@/core/space/geneDistanceFromData';
import { nearestDistance } from '@/core/space/nearestDistance';
import type { Architecture } from '@/core/space/searchSpace';
import type { MeasuredDataset } from '@/components/explorer/useMeasuredDataset';

export type DistanceFromData = GeneDistanceFromData;

const references = new WeakMap<MeasuredDataset, Promise<GeneDistanceReference>>();

/** Longest stretch of work between two yields to the event loop. */
const SLICE_MS = 8;

function packSplit(data: MeasuredDataset, split: 'train' | 'test'): Uint8Array {
  const rows: number[] = [];
  data.splits.forEach((s, i) => s === split && rows.push(i));
  const packed = new Uint8Array(rows.length * GENE_COUNT);
  rows.forEach((r, j) => packed.set(data.genes.subarray(r * GENE_COUNT, (r + 1) * GENE_COUNT), j * GENE_COUNT));
  return packed;
}

async function buildReference(data: MeasuredDataset): Promise<GeneDistanceReference> {
  const train = packSplit(data, 'train');
  const test = packSplit(data, 'test');
  const testDistances: number[] = [];
  let sliceStart = performance.now();
  for (let j = 0; j * GENE_COUNT < test.length; j++) {
    testDistances.push(nearestDistance(test, j * GENE_COUNT, train));
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      sliceStart = performance.now();
    }
  }
  // The same reference as geneDistanceReference(train, test) builds in one go (checked in the test).
  return { train, testDistances: testDistances.sort((a, b) => a - b) };
}

/** The reference for `data`, built once per loaded dataset (later calls share the promise). */
export function distanceReference(data: MeasuredDataset): Promise<GeneDistanceReference> {
  let ref = references.get(data);
  if (!ref) {
    ref = buildReference(data);
    references.set(data, ref);
  }
  return ref;
}

export function distanceFromData(arch: Architecture, ref: GeneDistanceReference): DistanceFromData {
  return geneDistanceFromData(arch, ref);
}
