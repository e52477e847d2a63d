'use client';
// /pareto's chart section wired to the explorer's data: which state it shows, the axis labels and
// title from the plotted targets, each point's tooltip, and a click that opens the point in the editor.
import { useRouter } from 'next/navigation';
import { useMemo } from 'react';
import type { ChartView } from '@/components/charts/chartView';
import type { PointRef } from '@/components/charts/ParetoCloudChart';
import { formatArchitectureCode } from '@/core/space/architectureCode';
import { GENE_COUNT } from '@/core/space/geneIndex';
import type { Target } from '@/core/targets';
import type { AnyDeviceMetricName } from '@/lib/url/parseAsDeviceMetric';
import { readGeneIndex } from '@/core/space/readGeneIndex';
import { ParetoChartPanel } from './ParetoChartPanel';
import type { PlottedDeviceMetric } from './plottedDeviceMetric';
import { paretoChartState } from './paretoChartState';
import type { AccuracyTarget } from './paretoParams';
import { ParetoPointTooltip } from './ParetoPointTooltip';
import type { useMeasuredDataset } from './useMeasuredDataset';
import type { MeasuredLayer, PredictedLayer } from './useParetoLayers';
import type { useParetoRows } from './useParetoRows';
import type { PredictedCloud } from './useSurrogateCloud';
import type { ArchitectureRow } from './ArchitectureRows';
import type { useMeasuredColouring } from './useMeasuredColouring';

export interface ParetoChartSectionProps {
  metric: AnyDeviceMetricName;
  acc: AccuracyTarget;
  /** The plotted targets: x the device metric (ANB's or a profiled device's), y the accuracy. */
  x: PlottedDeviceMetric;
  y: Target;
  dataset: ReturnType<typeof useMeasuredDataset>;
  cloud: PredictedCloud;
  measured: MeasuredLayer | null;
  predicted: PredictedLayer | null;
  chartInput: ReturnType<typeof useParetoRows>['chartInput'];
  /** The measured points' colour-by (its legend joins the chart's). */
  colouring: ReturnType<typeof useMeasuredColouring>;
  /** A table row hovered or focused: its point is ringed. */
  highlight: ArchitectureRow | null;
  view: ChartView | null;
  onViewChange: (view: ChartView | null) => void;
  mode: 'pan' | 'select';
  onMode: (mode: 'pan' | 'select') => void;
  selection: ChartView | null;
  onSelectionChange: (selection: ChartView | null) => void;
  onClearFilters: () => void;
  /** Appended to the editor link a click opens (a profiled device's `?bm=`, #12). */
  linkQuery?: string;
}

export function ParetoChartSection(props: ParetoChartSectionProps) {
  const { metric, acc, x, y, dataset, cloud, measured, predicted, chartInput, view, onViewChange, mode, selection } = props;
  const router = useRouter();
  const data = dataset.data;
  const codeOf = (p: PointRef): string => {
    if (p.series === 'measured') return data!.codes[p.index];
    return formatArchitectureCode(readGeneIndex(cloud.genes, p.index * GENE_COUNT)!);
  };
  const measuredFrontSet = useMemo(() => new Set(measured?.front ?? []), [measured]);
  const predictedFrontSet = useMemo(() => new Set(predicted?.front ?? []), [predicted?.front]);
  const renderTooltip = (p: PointRef) => (
    <ParetoPointTooltip
      point={p}
      code={codeOf(p)}
      x={x}
      acc={acc}
      yLabel={y.label}
      data={data}
      predicted={predicted}
      measured={measured}
      onFront={(p.series === 'measured' ? measuredFrontSet : predictedFrontSet).has(p.index)}
    />
  );

  return (
    <ParetoChartPanel
      heading={`${y.label} vs ${x.label}`}
      xNote={
        x.profiled
          ? `Every ${x.long} value is predicted by your profile (the measured points are measured for accuracy only), ±1 std of the profile.`
          : null
      }
      filename={`pareto-${acc}-${metric}`}
      exportLabel={`Pareto chart of ${y.label} against ${x.label}`}
      state={paretoChartState({
        datasetError: dataset.isError ? dataset.error : null,
        retry: () => dataset.refetch(),
        hasChart: !!chartInput && !!view,
        measuredCount: chartInput?.measured.count ?? 0,
        predictedCount: predicted?.count ?? 0,
        cloud,
      })}
      onClearFilters={props.onClearFilters}
      measuredCount={chartInput?.measured.count ?? 0}
      predictedCount={cloud.done}
      mode={mode}
      onMode={props.onMode}
      view={view}
      onViewChange={onViewChange}
      colourLegend={props.colouring ? { title: props.colouring.title, items: props.colouring.legend } : null}
      chart={
        chartInput && view
          ? {
              ...chartInput,
              xDirection: x.direction,
              xLabel: `${x.label} (${x.unit}) — ${x.direction === 'max' ? 'higher' : 'lower'} is better${x.profiled ? ' — predicted by your profile' : ''}`,
              yLabel: `${y.label} (%)`,
              title: `${y.label} against ${x.label}: ${chartInput.measured.count} measured and ${predicted?.indices?.length ?? predicted?.count ?? 0} predicted architectures with their Pareto fronts${x.profiled ? `; ${x.long} predicted by your profile for all of them` : ''}`,
              view,
              onViewChange,
              mode,
              selection,
              onSelectionChange: props.onSelectionChange,
              highlight: props.highlight,
              renderTooltip,
              onPointActivate: (p: PointRef) => router.push(`/arch/${codeOf(p)}${props.linkQuery ?? ''}`),
            }
          : null
      }
    />
  );
}
