// Numbers with a unit as every view prints them (tables, tooltips, the editor): accuracy to 2 decimals,
// throughput whole from 100 img/s with thousands separators (1 decimal below, where a whole number would
// hide a tenth of the value), latency to 3 significant figures (2 for a standard deviation: `spread`),
// seconds whole. Anything from 1,000 up is whole with separators, never in exponent form.
import { formatCount } from './formatCount';
const whole = (v: number) => formatCount(v);

export function formatWithUnit(value: number, unit: string, spread = false): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === '%') return value.toFixed(2);
  if (unit === 'img/s') return Math.abs(value) >= 100 ? whole(value) : value.toFixed(1);
  if (unit === 's') return whole(value);
  if (Math.abs(value) >= 1000) return whole(value);
  if (unit === 'ms') return value.toPrecision(spread ? 2 : 3);
  return value.toPrecision(4);
}
