// A device metric's row of the targets table (unit, direction, label), for code that holds its name.
import { DEVICE_METRICS, type DeviceMetricName } from './targets';

export function deviceMetric(metric: DeviceMetricName) {
  const t = DEVICE_METRICS.find((m) => m.name === metric);
  if (!t) throw new Error(`unknown device metric ${metric}`);
  return t;
}
