// Which of its states /pareto's chart section shows: the measured records' load error, loading until
// the chart has data and a window, empty when the filters leave no point (and the cloud is not still
// coming), else the chart.
import type { ChartPanelState } from './ParetoChartPanel';
import type { PredictedCloud } from './useSurrogateCloud';

export interface ParetoChartStateInput {
  /** Why the measured records did not load, or null. */
  datasetError: { message: string } | null;
  retry: () => void;
  /** Whether the chart has its data and a window. */
  hasChart: boolean;
  measuredCount: number;
  predictedCount: number;
  cloud: Pick<PredictedCloud, 'status' | 'error'>;
}

export function paretoChartState({
  datasetError,
  retry,
  hasChart,
  measuredCount,
  predictedCount,
  cloud,
}: ParetoChartStateInput): ChartPanelState {
  if (datasetError) return { kind: 'error', message: datasetError.message, retry };
  if (!hasChart) return { kind: 'loading' };
  if (measuredCount === 0 && predictedCount === 0 && cloud.status !== 'running') {
    return {
      kind: 'empty',
      message: cloud.error?.code === 'empty_space' ? cloud.error.message : 'Loosen a gene filter to see points again.',
    };
  }
  return { kind: 'ready' };
}
