// The hover tooltip of one /pareto chart point: its code parsed back to an architecture and its two
// plotted values, measured (from the dataset) or predicted (mean ± std, from the cloud).
import type { PointRef } from '@/components/charts/ParetoCloudChart';
import { metricLabel } from '@/components/ui/metricLabel';
import { parseArchitectureCode } from '@/core/space/architectureCode';
import type { DeviceMetricName } from '@/core/targets';
import type { AccuracyTarget } from './paretoParams';
import { PointTooltip } from './PointTooltip';
import type { MeasuredDataset } from './useMeasuredDataset';
import type { PredictedLayer } from './useParetoLayers';

export interface ParetoPointTooltipProps {
  point: PointRef;
  code: string;
  metric: DeviceMetricName;
  acc: AccuracyTarget;
  /** The x target's unit and the y target's label. */
  xUnit: string;
  yLabel: string;
  data: MeasuredDataset | undefined;
  predicted: PredictedLayer | null;
  onFront: boolean;
}

export function ParetoPointTooltip({ point: p, code, metric, acc, xUnit, yLabel, data, predicted, onFront }: ParetoPointTooltipProps) {
  const arch = parseArchitectureCode(code);
  if (!arch.ok) return null;
  if (p.series === 'measured') {
    return (
      <PointTooltip
        kind="measured"
        code={code}
        arch={arch.value}
        x={{ label: metricLabel(metric, 'long'), unit: xUnit, value: data!.values[metric][p.index] }}
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
      x={{ label: metricLabel(metric, 'long'), unit: xUnit, value: predicted!.xs[p.index], std: predicted!.xStd[p.index] }}
      y={{ label: yLabel, unit: '%', value: predicted!.ys[p.index], std: predicted!.yStd[p.index] }}
      onFront={onFront}
    />
  );
}
