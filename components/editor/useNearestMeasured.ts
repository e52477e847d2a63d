'use client';
// The five measured architectures nearest the edited one (gene distance, itself excluded), with their
// top-1 and their value on the chosen device metric, once the measured records are loaded.
import { useMemo } from 'react';
import type { MeasuredDataset } from '@/components/explorer/useMeasuredDataset';
import { nearestArchitectures } from '@/core/space/nearestArchitectures';
import type { Architecture } from '@/core/space/searchSpace';
import type { DeviceMetricName } from '@/core/targets';

export function useNearestMeasured(data: MeasuredDataset | undefined, arch: Architecture, code: string, metric: DeviceMetricName) {
  return useMemo(() => {
    if (!data) return null;
    return nearestArchitectures(arch, data.genes, 5, (i) => data.codes[i] === code).map((n) => ({
      code: data.codes[n.index],
      resultId: data.resultIds[n.index],
      distance: n.distance,
      valTop1: data.values.val_top1[n.index],
      metric: data.values[metric][n.index],
    }));
  }, [data, arch, code, metric]);
}
