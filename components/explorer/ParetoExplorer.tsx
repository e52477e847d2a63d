'use client';
// /pareto's data component: reads the URL state, loads the measured records (tRPC) and the predicted
// cloud (surrogate worker), derives the layers and fronts, and lays out the controls, the chart with
// its zoom/selection tools, the fronts, the brushed selection and the per-device overlay.
import { throttle, useQueryStates } from 'nuqs';
import { useRouter } from 'next/navigation';
import { useCallback, useMemo, useState } from 'react';
import type { ChartView } from '@/components/charts/chartView';
import type { PointRef } from '@/components/charts/ParetoCloudChart';
import { metricLabel } from '@/components/ui/metricLabel';
import { formatArchitectureCode, parseArchitectureCode } from '@/core/space/architectureCode';
import { GENE_COUNT } from '@/core/space/geneIndex';
import { target, type DeviceMetricName } from '@/core/targets';
import { readGeneIndex } from '@/workers/surrogate/readGeneIndex';
import { CloudStatus } from './CloudStatus';
import { DeviceOverlayPanel } from './DeviceOverlayPanel';
import { FrontTables } from './FrontTables';
import { ParetoChartPanel } from './ParetoChartPanel';
import { ParetoControls, type ParetoPatch } from './ParetoControls';
import { paretoParams, toGeneFilter } from './paretoParams';
import { PointTooltip } from './PointTooltip';
import { SelectionPanel } from './SelectionPanel';
import { SurrogateVersionNote } from './SurrogateVersionNote';
import { useMeasuredDataset } from './useMeasuredDataset';
import { useParetoLayers } from './useParetoLayers';
import { useParetoRows } from './useParetoRows';
import { useSurrogateCloud } from './useSurrogateCloud';
import { useSurrogateInfo } from './useSurrogateInfo';

export function ParetoExplorer() {
  const [state, setState] = useQueryStates(paretoParams, { history: 'push' });
  const router = useRouter();
  const info = useSurrogateInfo();
  const dataset = useMeasuredDataset();
  const [mode, setMode] = useState<'pan' | 'select'>('pan');
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
  const pairs = useMemo(() => [metric, ...ov.filter((m) => m !== metric)].map((x) => ({ x, y: acc })), [metric, acc, ov]);
  const targetOrder = info.status === 'ready' ? info.info.targets : null;
  const cloud = useSurrogateCloud(state.n, state.seed, filter, pairs, targetOrder?.length ?? null);
  const data = dataset.data;
  const { measured, predicted, extent } = useParetoLayers(data, cloud, targetOrder, filter, metric, acc);

  const x = target(metric);
  const y = target(acc);
  const { x0, x1, y0, y1 } = state;
  const view = useMemo(
    (): ChartView | null => (x0 !== null && x1 !== null && y0 !== null && y1 !== null && x0 < x1 && y0 < y1 ? { x: [x0, x1], y: [y0, y1] } : extent),
    [x0, x1, y0, y1, extent],
  );

  const setView = useCallback(
    (v: ChartView | null) =>
      setState(v ? { x0: v.x[0], x1: v.x[1], y0: v.y[0], y1: v.y[1] } : { x0: null, x1: null, y0: null, y1: null }, { history: 'replace', limitUrlUpdates: throttle(300) }),
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

  const codeOf = (p: PointRef): string => {
    if (p.series === 'measured') return data!.codes[p.index];
    return formatArchitectureCode(readGeneIndex(cloud.genes, p.index * GENE_COUNT)!);
  };
  const measuredFrontSet = useMemo(() => new Set(measured?.front ?? []), [measured]);
  const predictedFrontSet = useMemo(() => new Set(predicted?.front ?? []), [predicted?.front]);

  const renderTooltip = (p: PointRef) => {
    const code = codeOf(p);
    const arch = parseArchitectureCode(code);
    if (!arch.ok) return null;
    if (p.series === 'measured') {
      return (
        <PointTooltip
          kind="measured"
          code={code}
          arch={arch.value}
          x={{ label: metricLabel(metric, 'long'), unit: x.unit, value: data!.values[metric][p.index] }}
          y={{ label: y.label, unit: '%', value: data!.values[acc][p.index] }}
          onFront={measuredFrontSet.has(p.index)}
        />
      );
    }
    return (
      <PointTooltip
        kind="predicted"
        code={code}
        arch={arch.value}
        x={{ label: metricLabel(metric, 'long'), unit: x.unit, value: predicted!.xs[p.index], std: predicted!.xStd[p.index] }}
        y={{ label: y.label, unit: '%', value: predicted!.ys[p.index], std: predicted!.yStd[p.index] }}
        onFront={predictedFrontSet.has(p.index)}
      />
    );
  };

  const { measuredRows, predictedRows, chartInput, selected } = useParetoRows(data, measured, predicted, cloud.genes, selection);

  return (
    <div className="space-y-6">
      <SurrogateVersionNote info={info} sv={state.sv} onSetVersion={onSetVersion} />
      <ParetoControls state={state} onChange={change} />
      <CloudStatus
        measuredShown={measured?.indices.length ?? null}
        measuredTotal={data?.count ?? null}
        measuredFront={measured?.front.length ?? null}
        measuredError={dataset.isError ? dataset.error.message : null}
        cloud={cloud}
        predictedFront={predicted?.front?.length ?? null}
        surrogateError={info.status === 'error' ? info.error : null}
      />

      <ParetoChartPanel
        heading={`${y.label} vs ${x.label}`}
        filename={`pareto-${acc}-${metric}`}
        exportLabel={`Pareto chart of ${y.label} against ${x.label}`}
        state={
          dataset.isError
            ? { kind: 'error', message: dataset.error.message, retry: () => dataset.refetch() }
            : !chartInput || !view
              ? { kind: 'loading' }
              : chartInput.measured.count === 0 && (!predicted || predicted.count === 0) && cloud.status !== 'running'
                ? { kind: 'empty', message: cloud.error?.code === 'empty_space' ? cloud.error.message : 'Loosen a gene filter to see points again.' }
                : { kind: 'ready' }
        }
        onClearFilters={() => change({ e: [], k: [], l: [], se: [] })}
        measuredCount={chartInput?.measured.count ?? 0}
        predictedCount={cloud.done}
        mode={mode}
        onMode={setMode}
        view={view}
        onViewChange={setView}
        chart={
          chartInput && view
            ? {
                ...chartInput,
                xDirection: x.direction,
                xLabel: `${x.label} (${x.unit}) — ${x.direction === 'max' ? 'higher' : 'lower'} is better`,
                yLabel: `${y.label} (%)`,
                title: `${y.label} against ${x.label}: ${chartInput.measured.count} measured and ${predicted?.count ?? 0} predicted architectures with their Pareto fronts`,
                view,
                onViewChange: setView,
                mode,
                selection,
                onSelectionChange: setSelection,
                renderTooltip,
                onPointActivate: (p: PointRef) => router.push(`/arch/${codeOf(p)}`),
              }
            : null
        }
      />

      {selected && (
        <SelectionPanel
          {...selected}
          xLabel={metricLabel(metric, 'long')}
          xUnit={x.unit}
          yLabel={y.label.replace(' accuracy', '')}
          onZoom={() => setView(selection)}
          onClear={() => setSelection(null)}
        />
      )}

      <FrontTables
        measuredRows={measuredRows}
        predictedRows={predictedRows}
        running={cloud.status === 'running'}
        metric={metric}
        acc={acc}
        xLabel={metricLabel(metric, 'long')}
        xUnit={x.unit}
        yLabel={y.label.replace(' accuracy', '')}
      />

      <DeviceOverlayPanel
        data={data}
        cloud={cloud}
        targetOrder={targetOrder}
        filter={filter}
        acc={acc}
        devices={ov}
        onDevicesChange={onDevicesChange}
      />
    </div>
  );
}
