// How a dataset value is printed in tables: a target (accuracy, training time, throughput, latency) as
// formatWithUnit prints its unit everywhere else, MACs (millions) with 1 decimal, params (millions) with 2.
import { formatWithUnit } from '@/components/ui/formatWithUnit';
import { isTargetName, target } from '@/core/targets';

export function formatMetric(name: string, value: number | null): string {
  if (value === null || Number.isNaN(value)) return '—';
  if (isTargetName(name)) return formatWithUnit(value, target(name).unit);
  if (name === 'macs') return value.toFixed(1);
  if (name === 'params') return value.toFixed(2);
  if (name === 'result_id') return Math.round(value).toLocaleString('en-US');
  return String(value);
}
