// The x axis of /pareto as the chart, tooltips and tables name it: one of ANB's eight device metrics
// (core/targets.ts) or a profiled device's (#12), whose every value is its profile's prediction.
import type { ProfiledMetricSpec } from '@/core/profile/profiledMetric';
import { isDeviceMetricName, target, type Direction } from '@/core/targets';
import { metricLabel } from '@/components/ui/metricLabel';
import type { AnyDeviceMetricName } from '@/lib/url/parseAsDeviceMetric';

export interface PlottedDeviceMetric {
  name: AnyDeviceMetricName;
  /** "A100 throughput", "Latency Lab laptop (profiled)". */
  label: string;
  /** Table headers and tooltips: "A100 throughput", "Lab laptop latency". */
  long: string;
  unit: string;
  direction: Direction;
  /** A profiled device: every x (measured records included) is the profile's prediction. */
  profiled: boolean;
}

/** Null for a profiled metric whose profile is not loaded (yet, or at all). */
export function plottedDeviceMetric(
  name: AnyDeviceMetricName,
  profiled: { spec: ProfiledMetricSpec; deviceName: string } | null,
): PlottedDeviceMetric | null {
  if (isDeviceMetricName(name)) {
    const t = target(name);
    return { name, label: t.label, long: metricLabel(name, 'long'), unit: t.unit, direction: t.direction, profiled: false };
  }
  if (!profiled || profiled.spec.name !== name) return null;
  const { spec, deviceName } = profiled;
  return { name, label: spec.label, long: `${deviceName} ${spec.kind}`, unit: spec.unit, direction: spec.direction, profiled: true };
}
