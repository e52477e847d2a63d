// How a dataset value is printed in tables: accuracy with 2 decimals, throughput as whole images/s,
// latency in ms with 2 decimals, MACs/params in millions, training time in whole seconds.
export function formatMetric(name: string, value: number | null): string {
  if (value === null || Number.isNaN(value)) return '—';
  if (name === 'val_top1' || name === 'val_top5' || name.startsWith('latency_') || name === 'params') return value.toFixed(2);
  if (name === 'macs') return value.toFixed(1);
  if (name.startsWith('throughput_')) return value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1);
  if (name === 'train_time' || name === 'result_id') return Math.round(value).toLocaleString('en-US');
  return String(value);
}
