'use client';
// /pareto's shareable state (nuqs) with the values derived from it that the workers and queries key on,
// the brushed selection (local: it is not shared), and the setters the controls and the chart call.
import { throttle, useQueryStates } from 'nuqs';
import { useCallback, useMemo, useState } from 'react';
import type { ChartView } from '@/components/charts/chartView';
import { isDeviceMetricName, type DeviceMetricName } from '@/core/targets';
import type { ParetoPatch } from './ParetoControls';
import { paretoParams, toGeneFilter } from './paretoParams';

export function useParetoState() {
  const [state, setState] = useQueryStates(paretoParams, { history: 'push' });
  const [selection, setSelection] = useState<ChartView | null>(null);

  // Keyed by value: the URL state hands out new arrays on every update (a pan is many updates).
  const filterKey = JSON.stringify([state.e, state.k, state.l, state.se]);
  const filter = useMemo(() => {
    const [e, k, l, se] = JSON.parse(filterKey) as number[][];
    return toGeneFilter({ e, k, l, se });
  }, [filterKey]);
  const { metric, acc } = state;
  const ovKey = state.ov.join(',');
  const ov = useMemo(() => (ovKey ? (ovKey.split(',') as DeviceMetricName[]) : []), [ovKey]);
  // Hidden extrapolations leave every front (the chart's and the overlay's) to the rows predicted within
  // the training data; the worker computes them, as it does the others.
  const inDistribution = state.ood === 'hide';
  // A profiled device metric is not the surrogate's: its front comes from the profiled-cloud worker.
  const pairs = useMemo(
    () =>
      [...(isDeviceMetricName(metric) ? [metric] : []), ...ov.filter((m) => m !== metric)].map((x) => ({
        x,
        y: acc,
        ...(inDistribution ? { inDistribution } : {}),
      })),
    [metric, acc, ov, inDistribution],
  );

  const setView = useCallback(
    (v: ChartView | null) =>
      setState(v ? { x0: v.x[0], x1: v.x[1], y0: v.y[0], y1: v.y[1] } : { x0: null, x1: null, y0: null, y1: null }, {
        history: 'replace',
        limitUrlUpdates: throttle(300),
      }),
    [setState],
  );
  const onSetVersion = useCallback((sv: string) => setState({ sv }, { history: 'replace' }), [setState]);
  const onDevicesChange = useCallback((devices: DeviceMetricName[]) => setState({ ov: devices }), [setState]);
  const change = useCallback(
    (patch: ParetoPatch) => {
      // New axes mean new units: the zoom window no longer applies.
      const reset = patch.metric && patch.metric !== metric ? { x0: null, x1: null } : {};
      const resetY = patch.acc && patch.acc !== acc ? { y0: null, y1: null } : {};
      if (patch.metric || patch.acc) setSelection(null);
      setState({ ...patch, ...reset, ...resetY });
    },
    [metric, acc, setState],
  );

  return { state, filter, ov, pairs, selection, setSelection, setView, onSetVersion, onDevicesChange, change };
}
