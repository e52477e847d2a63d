'use client';
// The editor's distance from the training data: null until the dataset is loaded and its reference is
// built (distanceReference, in slices after the first paint), then recomputed for each edit (~0.1 ms).
import { useEffect, useMemo, useState } from 'react';
import type { GeneDistanceReference } from '@/core/space/geneDistanceFromData';
import type { Architecture } from '@/core/space/searchSpace';
import type { MeasuredDataset } from '@/components/explorer/useMeasuredDataset';
import { distanceFromData, distanceReference, type DistanceFromData } from './distanceFromData';

export function useDistanceFromData(data: MeasuredDataset | undefined | null, arch: Architecture): DistanceFromData | null {
  const [built, setBuilt] = useState<{ data: MeasuredDataset; ref: GeneDistanceReference } | null>(null);
  useEffect(() => {
    if (!data) return;
    let live = true;
    void distanceReference(data).then((ref) => live && setBuilt({ data, ref }));
    return () => {
      live = false;
    };
  }, [data]);
  return useMemo(() => (data && built?.data === data ? distanceFromData(arch, built.ref) : null), [data, built, arch]);
}
