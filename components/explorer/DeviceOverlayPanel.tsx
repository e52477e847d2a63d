'use client';
// Fronts of several devices on one normalised plot (NormalizedFrontsChart): which accuracy each
// accelerator buys at a given share of its own best speed, measured (solid) and predicted (dashed),
// under the same gene filters as the main chart. The devices shown are URL state (`ov`).
import { memo, useMemo } from 'react';
import { MeasuredWidth } from '@/components/charts/MeasuredWidth';
import { NormalizedFrontsChart, type NormalizedFront } from '@/components/charts/NormalizedFrontsChart';
import { metricLabel } from '@/components/ui/metricLabel';
import { ChartExport } from '@/components/ui/ChartExport';
import { DEVICE_METRICS, target, type DeviceMetricName, type TargetName } from '@/core/targets';
import type { GeneFilter } from '@/core/space/geneFilter';
import type { AccuracyTarget } from './paretoParams';
import { filteredIndices, frontOf, subsetFront } from './useParetoLayers';
import type { MeasuredDataset } from './useMeasuredDataset';
import type { PredictedCloud } from './useSurrogateCloud';

/** One colour per device metric (core/targets order): theme variables, d3's category10 adjusted to 3:1 on
 *  either theme's cards (app/colorThemes.css). */
export const DEVICE_COLORS = Object.fromEntries(DEVICE_METRICS.map((m) => [m.name, `var(--device-${m.name})`])) as Record<
  DeviceMetricName,
  string
>;

export interface DeviceOverlayPanelProps {
  data: MeasuredDataset | undefined;
  cloud: PredictedCloud;
  targetOrder: TargetName[] | null;
  filter: GeneFilter;
  acc: AccuracyTarget;
  /** Extrapolations hidden: the predicted fronts are over the rows predicted within the training data. */
  hideOod: boolean;
  devices: DeviceMetricName[];
  onDevicesChange: (devices: DeviceMetricName[]) => void;
}

export const DeviceOverlayPanel = memo(function DeviceOverlayPanel({
  data,
  cloud,
  targetOrder,
  filter,
  acc,
  hideOod,
  devices,
  onDevicesChange,
}: DeviceOverlayPanelProps) {
  const filterKey = JSON.stringify(filter);
  const measuredFronts = useMemo(() => {
    if (!data) return null;
    const f = JSON.parse(filterKey) as GeneFilter;
    return DEVICE_METRICS.map((m) => {
      const xs = data.values[m.name];
      // The device's best measured value over every record, so the scale does not move with the filters.
      let best = m.direction === 'max' ? -Infinity : Infinity;
      for (let i = 0; i < data.count; i++)
        if (!Number.isNaN(xs[i])) best = m.direction === 'max' ? Math.max(best, xs[i]) : Math.min(best, xs[i]);
      const indices = filteredIndices(data, f, m.name, acc);
      return { name: m.name, best, front: subsetFront(xs, data.values[acc], indices, m.name, acc) };
    });
  }, [data, filterKey, acc]);

  const fronts: NormalizedFront[] = [];
  if (data && measuredFronts) {
    for (const name of devices) {
      const m = measuredFronts.find((f) => f.name === name)!;
      const normalise = (v: number) => (target(name).direction === 'max' ? v / m.best : m.best / v);
      const measured = Array.from(m.front, (i) => ({ x: normalise(data.values[name][i]), y: data.values[acc][i] })).sort(
        (a, b) => a.x - b.x,
      );
      const pf = frontOf(cloud, { x: name, y: acc, inDistribution: hideOod });
      const t = targetOrder?.length ?? 0;
      const xi = targetOrder?.indexOf(name) ?? -1;
      const yi = targetOrder?.indexOf(acc) ?? -1;
      const predicted =
        pf && xi >= 0 && yi >= 0
          ? Array.from(pf, (i) => ({ x: normalise(cloud.mean[i * t + xi]), y: cloud.mean[i * t + yi] })).sort((a, b) => a.x - b.x)
          : [];
      fronts.push({ key: name, label: metricLabel(name, 'long'), color: DEVICE_COLORS[name], measured, predicted });
    }
  }

  const accLabel = acc === 'val_top1' ? 'Top-1' : 'Top-5';
  const toggle = (name: DeviceMetricName) =>
    onDevicesChange(
      devices.includes(name)
        ? devices.filter((d) => d !== name)
        : DEVICE_METRICS.map((m) => m.name).filter((n) => n === name || devices.includes(n)),
    );
  return (
    <section id="fronts-per-device" aria-labelledby="overlay-heading" className="space-y-3">
      <h2 id="overlay-heading" className="text-xl font-semibold">
        Fronts per device, normalised
      </h2>
      <p className="max-w-3xl text-sm text-muted">
        Each device&apos;s Pareto front of {accLabel.toLowerCase()} accuracy with its speed as a share of that device&apos;s best measured
        architecture (throughput ÷ best throughput; for latency, best latency ÷ latency), so 100% is the fastest measured network on that
        device and further right is faster everywhere. Solid: measured; dashed: predicted by the surrogate (it may pass 100%).
      </p>
      <fieldset className="flex flex-wrap gap-1.5" data-testid="overlay-devices">
        <legend className="sr-only">Devices on the overlay</legend>
        {DEVICE_METRICS.map((m) => (
          <label
            key={m.name}
            className="flex min-h-6 cursor-pointer items-center gap-1.5 rounded-full border border-slate-300 bg-white px-2.5 py-0.5 text-xs has-[:checked]:border-slate-500 has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent"
          >
            <input type="checkbox" className="accent-slate-700" checked={devices.includes(m.name)} onChange={() => toggle(m.name)} />
            <span className="inline-block h-2 w-4 rounded-sm" style={{ background: DEVICE_COLORS[m.name] }} aria-hidden="true" />
            {metricLabel(m.name, 'long')}
          </label>
        ))}
      </fieldset>
      {!data ? (
        <div className="h-72 animate-pulse rounded-lg border border-slate-200 bg-white" aria-hidden="true" />
      ) : fronts.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-center text-sm text-muted">
          Pick at least one device above.
        </p>
      ) : (
        <ChartExport filename={`pareto-fronts-normalised-${acc}`} label={`normalised Pareto fronts of ${devices.length} device metrics`}>
          <MeasuredWidth>
            {(width) => (
              <NormalizedFrontsChart
                fronts={fronts}
                width={Math.max(300, width - 4)}
                height={width < 500 ? 300 : 380}
                xLabel="Speed relative to the device's best measured architecture"
                yLabel={`${accLabel} accuracy (%)`}
                title={`${accLabel} accuracy against speed relative to each device's best: Pareto fronts of ${fronts.map((f) => f.label).join(', ')}`}
              />
            )}
          </MeasuredWidth>
        </ChartExport>
      )}
    </section>
  );
});
