// Short names of the correlation/design-rule metrics for chart axes and table headers:
// "Top-1", "A100 thr.", "ZCU102 lat." (full names live in core/targets.ts).
import { targetByName } from '@/core/targets';

const DEVICE_NAMES: Record<string, string> = { a100: 'A100', '3090': 'RTX 3090', tpuv2: 'TPUv2', tpuv3: 'TPUv3', zcu102: 'ZCU102', vck190: 'VCK190' };

export function metricLabel(name: string, style: 'short' | 'long' = 'short'): string {
  const t = targetByName(name);
  if (!t) return name;
  if (!t.device) return t.kind === 'accuracy' ? t.label.replace(' accuracy', '') : t.label;
  const device = DEVICE_NAMES[t.device];
  if (style === 'long') return `${device} ${t.kind}`;
  return `${device} ${t.kind === 'latency' ? 'lat.' : 'thr.'}`;
}
