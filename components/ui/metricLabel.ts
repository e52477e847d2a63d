// Short names of the targets for chart axes and table headers: "Top-1", "A100 thr.", "ZCU102 lat."
// ('long': "A100 throughput"). Both come from core/targets.ts and core/devices.ts.
import { device } from '@/core/devices';
import { target, type TargetName } from '@/core/targets';

export function metricLabel(name: TargetName, style: 'short' | 'long' = 'short'): string {
  const t = target(name);
  if (style === 'long' && 'device' in t) return `${device(t.device).short} ${t.kind}`;
  return t.short;
}
