// One measured point of the landing chart in words: its code, top-1 and the chosen metric, printed as
// the rest of the app prints them (formatWithUnit). The tooltip shows it; a front point's link is named by it.
import { formatWithUnit } from '@/components/ui/formatWithUnit';

export interface ScatterPointText {
  code: string;
  top1: string;
  metric: string;
}

export function describeScatterPoint(code: string, top1: number, value: number, metric: { label: string; unit: string }): ScatterPointText {
  return {
    code,
    top1: `Top-1 ${formatWithUnit(top1, '%')} %`,
    metric: `${metric.label} ${formatWithUnit(value, metric.unit)} ${metric.unit}`,
  };
}

/** The accessible name of a front point's link. */
export function scatterPointLabel(t: ScatterPointText): string {
  return `${t.code}: ${t.top1}, ${t.metric}; open in the editor`;
}
