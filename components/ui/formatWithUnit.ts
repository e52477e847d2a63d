// Numbers with a unit as the explorer and editor print them: accuracy to 2 decimals, throughput and
// seconds whole, latency to 3 significant figures; `spread` formats a standard deviation (2 for latency).
export function formatWithUnit(value: number, unit: string, spread = false): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === '%') return value.toFixed(2);
  if (unit === 'img/s') return Math.round(value).toLocaleString('en-US');
  if (unit === 'ms') return value.toPrecision(spread ? 2 : 3);
  if (unit === 's') return Math.round(value).toLocaleString('en-US');
  return value.toPrecision(4);
}
