'use client';
// What /pareto shows, loaded and derived from its state: the surrogate's info, the measured records
// (tRPC), the predicted cloud (surrogate worker), the layers the chart draws, the window it shows (the
// URL's zoom kept inside the full extent, else the full extent), and the rows of the fronts and of the brushed selection.
// A profiled device metric (#12) loads its profile and predicts every x from it (useProfiledParetoColumns).
import { useDeferredValue, useMemo } from 'react';
import { useProfiledMetric } from '@/components/devices/useProfiledMetric';
import { target } from '@/core/targets';
import type { ChartView } from '@/components/charts/chartView';
import { clampView } from '@/components/charts/clampView';
import type { GeneFilter } from '@/core/space/geneFilter';
import type { FrontPair } from '@/workers/surrogate/protocol';
import type { ParetoState } from './paretoParams';
import { useMeasuredDataset } from './useMeasuredDataset';
import { useParetoLayers } from './useParetoLayers';
import { plottedDeviceMetric } from './plottedDeviceMetric';
import { useParetoRows } from './useParetoRows';
import { useProfiledParetoColumns } from './useProfiledParetoColumns';
import { useSurrogateCloud } from './useSurrogateCloud';
import { useSurrogateInfo } from './useSurrogateInfo';

export function useParetoData(state: ParetoState, filter: GeneFilter, pairs: readonly FrontPair[], selection: ChartView | null) {
  const info = useSurrogateInfo();
  const dataset = useMeasuredDataset();
  const { metric, acc } = state;
  const targetOrder = info.status === 'ready' ? info.info.targets : null;
  const cloud = useSurrogateCloud(state.n, state.seed, filter, pairs, targetOrder?.length ?? null);
  // The records' arrival re-renders the whole explorer (layers, ten fronts, chart, tables, overlay):
  // deferred, that render is time-sliced in the background instead of one long task.
  const data = useDeferredValue(dataset.data);
  const profile = useProfiledMetric(metric);
  const ready = profile.status === 'ready' ? profile : null;
  const x = useMemo(() => plottedDeviceMetric(metric, ready), [metric, ready]);
  const yColumn = targetOrder ? targetOrder.indexOf(acc) : null;
  const profiled = useProfiledParetoColumns(
    ready?.fit ?? null,
    data,
    cloud,
    yColumn !== null && yColumn >= 0 ? yColumn : null,
    targetOrder?.length ?? null,
    target(acc).direction,
    state.ood === 'hide',
  );
  const { measured, predicted, extent } = useParetoLayers(data, cloud, targetOrder, filter, metric, acc, state.ood === 'hide', profiled);

  const { x0, x1, y0, y1 } = state;
  // A URL's window (a shared link, an old zoom) is shown clamped too: never beyond the data's extent.
  const view = useMemo((): ChartView | null => {
    if (x0 === null || x1 === null || y0 === null || y1 === null || !(x0 < x1) || !(y0 < y1)) return extent;
    const asked: ChartView = { x: [x0, x1], y: [y0, y1] };
    return extent ? clampView(asked, extent) : asked;
  }, [x0, x1, y0, y1, extent]);

  const rows = useParetoRows(data, measured, predicted, cloud.genes, selection);
  return { info, dataset, data, targetOrder, cloud, measured, predicted, view, extent, x, profile, profiled, ...rows };
}
