// The hover tooltip of one /pareto chart point: its code parsed back to an architecture and its two
// plotted values, measured (from the dataset) or predicted (mean ± std, from the cloud).
import type { PointRef } from '@/components/charts/ParetoCloudChart';
import { parseArchitectureCode } from '@/core/space/architectureCode';
import type { AccuracyTarget } from './paretoParams';
import type { PlottedDeviceMetric } from './plottedDeviceMetric';
import { PointTooltip } from './PointTooltip';
import type { MeasuredDataset } from './useMeasuredDataset';
import type { MeasuredLayer, PredictedLayer } from './useParetoLayers';

export interface ParetoPointTooltipProps {
  point: PointRef;
  code: string;
  /** The plotted device metric; a profiled one's x is its profile's prediction, measured records included. */
  x: PlottedDeviceMetric;
  acc: AccuracyTarget;
  /** The y target's label. */
  yLabel: string;
  data: MeasuredDataset | undefined;
  predicted: PredictedLayer | null;
  measured: MeasuredLayer | null;
  onFront: boolean;
}

export function ParetoPointTooltip({ point: p, code, x, acc, yLabel, data, predicted, measured, onFront }: ParetoPointTooltipProps) {
  const arch = parseArchitectureCode(code);
  if (!arch.ok) return null;
  if (p.series === 'measured') {
    return (
      <PointTooltip
        kind="measured"
        code={code}
        arch={arch.value}
        x={
          x.profiled
            ? { label: `${x.long} (predicted by your profile)`, unit: x.unit, value: measured!.xs[p.index], std: measured!.xStd?.[p.index] }
            : { label: x.long, unit: x.unit, value: measured!.xs[p.index] }
        }
        y={{ label: yLabel, unit: '%', value: data!.values[acc][p.index] }}
        onFront={onFront}
      />
    );
  }
  return (
    <PointTooltip
      kind="predicted"
      code={code}
      arch={arch.value}
      x={{ label: x.long, unit: x.unit, value: predicted!.xs[p.index], std: predicted!.xStd[p.index] }}
      y={{ label: yLabel, unit: '%', value: predicted!.ys[p.index], std: predicted!.yStd[p.index] }}
      onFront={onFront}
    />
  );
}
