'use client';
// /pareto's data component: reads the URL state, loads the measured records (tRPC) and the predicted
// cloud (surrogate worker), derives the layers and fronts, and lays out the controls, the chart with
// its zoom/selection tools, the fronts, the brushed selection and the per-device overlay. Linked: the
// brush marks its architectures in the front tables, a hovered or focused table row rings its point,
// and the measured points can be coloured by any gene or target.
import { useCallback, useMemo, useState } from 'react';
import type { ChartView } from '@/components/charts/chartView';
import { clampView } from '@/components/charts/clampView';
import { countFlagged } from '@/components/charts/countFlagged';
import { target } from '@/core/targets';
import { CloudStatus } from './CloudStatus';
import { DeviceOverlayDeferred } from './DeviceOverlayDeferred';
import { FrontTables } from './FrontTables';
import { ParetoChartSection } from './ParetoChartSection';
import { ParetoControls } from './ParetoControls';
import { SelectionPanel } from './SelectionPanel';
import type { ArchitectureRow } from './ArchitectureRows';
import { SurrogateVersionNote } from './SurrogateVersionNote';
import { useMeasuredColouring } from './useMeasuredColouring';
import { useParetoData } from './useParetoData';
import { useParetoState } from './useParetoState';

export function ParetoExplorer() {
  const { state, filter, ov, pairs, selection, setSelection, setView, onSetVersion, onDevicesChange, change } = useParetoState();
  const [mode, setMode] = useState<'pan' | 'select'>('pan');
  const {
    info,
    dataset,
    data,
    targetOrder,
    cloud,
    measured,
    predicted,
    view,
    extent,
    x,
    profile,
    profiled,
    measuredRows,
    predictedRows,
    chartInput,
    selected,
  } = useParetoData(state, filter, pairs, selection);
  // Every new window (wheel, drag, keys, toolbar, "zoom to selection") stays inside the data's extent.
  const setClampedView = useCallback((v: ChartView | null) => setView(v && extent ? clampView(v, extent) : v), [setView, extent]);
  const { metric, acc } = state;
  const [hovered, setHovered] = useState<ArchitectureRow | null>(null);
  const colouring = useMeasuredColouring(data, state.cb);
  const colouredInput = useMemo(
    () =>
      chartInput && colouring
        ? { ...chartInput, measured: { ...chartInput.measured, bins: colouring.bins, palette: colouring.palette } }
        : chartInput,
    [chartInput, colouring],
  );

  const y = target(acc);
  // The editor opens with the profiled device as its "best single edit" metric (`bm`), as /pareto shows it.
  const linkQuery = x?.profiled ? `?bm=${metric}` : '';

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
        predictedFlagged={predicted?.flagged ?? 0}
        predictedFrontFlagged={predicted?.front ? countFlagged(predicted.ood, predicted.front) : 0}
        oodHidden={state.ood === 'hide'}
        surrogateError={info.status === 'error' ? info.error : null}
      />

      {profile.status === 'error' ? (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900" data-testid="pareto-profile-error">
          {profile.message}
        </p>
      ) : !x ? (
        <p role="status" className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-muted">
          Loading the profile of device {metric.split('.')[0]}…
        </p>
      ) : (
        <>
          <ParetoChartSection
            metric={metric}
            acc={acc}
            x={x}
            y={y}
            dataset={dataset}
            cloud={cloud}
            measured={measured}
            predicted={predicted}
            chartInput={colouredInput}
            colouring={colouring}
            highlight={hovered}
            view={view}
            onViewChange={setClampedView}
            mode={mode}
            onMode={setMode}
            selection={selection}
            onSelectionChange={setSelection}
            onClearFilters={() => change({ e: [], k: [], l: [], se: [] })}
            linkQuery={linkQuery}
          />

          {selected && (
            <SelectionPanel
              {...selected}
              xLabel={x.long}
              xUnit={x.unit}
              yLabel={y.label.replace(' accuracy', '')}
              onZoom={() => setClampedView(selection)}
              onClear={() => setSelection(null)}
              onHover={setHovered}
              linkQuery={linkQuery}
            />
          )}

          <FrontTables
            measuredRows={measuredRows}
            predictedRows={predictedRows}
            running={cloud.status === 'running'}
            metric={metric}
            acc={acc}
            xLabel={x.long}
            xUnit={x.unit}
            yLabel={y.label.replace(' accuracy', '')}
            selection={selection}
            onHover={setHovered}
            profiled={x.profiled}
            linkQuery={linkQuery}
          />
        </>
      )}
      {profiled?.error && (
        <p role="alert" className="text-sm text-red-800">
          The predicted cloud could not be put on the profile: {profiled.error.message}
        </p>
      )}

      {x?.profiled && (
        <p className="text-sm text-muted" data-testid="pareto-overlay-note">
          The per-device overlay below compares ANB&apos;s six measured accelerators; {x.long.replace(/ (latency|throughput)$/, '')} is left
          out of it (its values are its profile&apos;s predictions, not measurements).
        </p>
      )}
      <DeviceOverlayDeferred
        data={data}
        cloud={cloud}
        targetOrder={targetOrder}
        filter={filter}
        acc={acc}
        hideOod={state.ood === 'hide'}
        devices={ov}
        onDevicesChange={onDevicesChange}
      />
    </div>
  );
}
