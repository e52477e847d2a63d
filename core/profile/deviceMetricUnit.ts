// The unit of any device metric by its name alone: ANB's from the targets table, a profiled device's
// (#12) from its kind (latency ms, throughput img/s), so exports and axes need not load the profile.
import { target, isDeviceMetricName, type DeviceMetricName } from '../targets';
import { parseProfiledMetricName, type ProfiledMetricName } from './profiledMetric';

export function deviceMetricUnit(name: DeviceMetricName | ProfiledMetricName): string {
  if (isDeviceMetricName(name)) return target(name).unit;
  const profiled = parseProfiledMetricName(name);
  if (!profiled) throw new Error(`deviceMetricUnit: ${name} is neither an ANB device metric nor a profiled one`);
  return profiled.metric === 'latency' ? 'ms' : 'img/s';
}
