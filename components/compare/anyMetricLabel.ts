// /compare's name for a metric of its matrix or of devices A and B: ANB's from core/targets.ts
// (metricLabel), a profiled device's (#12) from its spec as the server lists it ("Lab laptop lat.",
// "Latency Lab laptop (profiled)"); a profiled id not (or not yet) listed is shown as its id.
import { parseProfiledMetricName } from '@/core/profile/profiledMetric';
import { isTargetName } from '@/core/targets';
import { metricLabel } from '@/components/ui/metricLabel';

export interface ProfiledLabel {
  name: string;
  label: string;
  short: string;
}

export function anyMetricLabel(name: string, profiled: readonly ProfiledLabel[], style: 'short' | 'long' = 'short'): string {
  if (isTargetName(name)) return metricLabel(name, style);
  const spec = profiled.find((p) => p.name === name);
  if (spec) return style === 'long' ? spec.label : spec.short;
  const parsed = parseProfiledMetricName(name);
  return parsed ? `device ${parsed.id} ${parsed.metric}` : name;
}
