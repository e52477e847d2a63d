// The benchmark's targets described once, as data: every view, router, surrogate and report loops
// over this table. Names are the dataset's own (`metrics.*`, `platform_perf.<metric>_<device>`).

export type DeviceId = 'a100' | '3090' | 'tpuv2' | 'tpuv3' | 'zcu102' | 'vck190';
export type TargetKind = 'accuracy' | 'cost' | 'throughput' | 'latency';

export interface Target {
  /** The dataset's / report's name, e.g. `throughput_a100`. */
  readonly name: string;
  readonly label: string;
  readonly unit: string;
  readonly kind: TargetKind;
  /** Which way is better. */
  readonly direction: 'max' | 'min';
  readonly device?: DeviceId;
}

export const TARGETS = [
  { name: 'val_top1', label: 'Top-1 accuracy', unit: '%', kind: 'accuracy', direction: 'max' },
  { name: 'val_top5', label: 'Top-5 accuracy', unit: '%', kind: 'accuracy', direction: 'max' },
  { name: 'train_time', label: 'Training time (proxy)', unit: 's', kind: 'cost', direction: 'min' },
  { name: 'throughput_a100', label: 'Throughput A100', unit: 'img/s', kind: 'throughput', direction: 'max', device: 'a100' },
  { name: 'throughput_3090', label: 'Throughput RTX 3090', unit: 'img/s', kind: 'throughput', direction: 'max', device: '3090' },
  { name: 'throughput_tpuv2', label: 'Throughput TPUv2', unit: 'img/s', kind: 'throughput', direction: 'max', device: 'tpuv2' },
  { name: 'throughput_tpuv3', label: 'Throughput TPUv3', unit: 'img/s', kind: 'throughput', direction: 'max', device: 'tpuv3' },
  { name: 'throughput_zcu102', label: 'Throughput ZCU102', unit: 'img/s', kind: 'throughput', direction: 'max', device: 'zcu102' },
  { name: 'throughput_vck190', label: 'Throughput VCK190', unit: 'img/s', kind: 'throughput', direction: 'max', device: 'vck190' },
  { name: 'latency_zcu102', label: 'Latency ZCU102', unit: 'ms', kind: 'latency', direction: 'min', device: 'zcu102' },
  { name: 'latency_vck190', label: 'Latency VCK190', unit: 'ms', kind: 'latency', direction: 'min', device: 'vck190' },
] as const satisfies readonly Target[];

export type TargetName = (typeof TARGETS)[number]['name'];
export const TARGET_NAMES = TARGETS.map((t) => t.name) as [TargetName, ...TargetName[]];

/** The eight hardware metrics (`<metric>_<device>` in `platform_perf`). */
export const DEVICE_METRICS = TARGETS.filter((t) => t.kind === 'throughput' || t.kind === 'latency');
export type DeviceMetricName = (typeof DEVICE_METRICS)[number]['name'];
export const DEVICE_METRIC_NAMES = DEVICE_METRICS.map((t) => t.name) as [DeviceMetricName, ...DeviceMetricName[]];

export function targetByName(name: string): Target | undefined {
  return TARGETS.find((t) => t.name === name);
}
