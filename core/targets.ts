// The benchmark's targets described once, as data: every view, router, surrogate and report loops
// over this table. Names are the dataset's own (`metrics.*`, `platform_perf.<metric>_<device>`);
// `TargetName`, `DeviceMetricName` and `TargetField` are derived from the table, never written out.
import { device, type DeviceId } from './devices';
import { err, ok, type Result } from './result';

export type TargetKind = 'accuracy' | 'cost' | 'throughput' | 'latency';
export type Direction = 'max' | 'min';

export interface TargetSpec {
  /** The dataset's / report's name, e.g. `throughput_a100`. */
  readonly name: string;
  /** Full display name: "Top-1 accuracy", "Throughput A100". */
  readonly label: string;
  /** Short display name for chart axes and table headers: "Top-1", "A100 thr.". */
  readonly short: string;
  readonly unit: string;
  readonly kind: TargetKind;
  /** Which way is better. */
  readonly direction: Direction;
  readonly device?: DeviceId;
  /**
   * The flat field holding the measured value (the `records` column, the CSV header): the name itself
   * for accuracy and training time, `<name>_mean` for a device metric (its mean over runs).
   */
  readonly field: string;
}

// The hardware metrics' rows, named as the dataset names them (`<metric>_<device>`, its mean in
// `<metric>_<device>_mean`) and labelled with the device's one short name from core/devices.ts.
const throughput = <D extends DeviceId>(id: D) =>
  ({
    name: `throughput_${id}`,
    label: `Throughput ${device(id).short}`,
    short: `${device(id).short} thr.`,
    unit: 'img/s',
    kind: 'throughput',
    direction: 'max',
    device: id,
    field: `throughput_${id}_mean`,
  }) as const;
const latency = <D extends DeviceId>(id: D) =>
  ({
    name: `latency_${id}`,
    label: `Latency ${device(id).short}`,
    short: `${device(id).short} lat.`,
    unit: 'ms',
    kind: 'latency',
    direction: 'min',
    device: id,
    field: `latency_${id}_mean`,
  }) as const;

export const TARGETS = [
  { name: 'val_top1', label: 'Top-1 accuracy', short: 'Top-1', unit: '%', kind: 'accuracy', direction: 'max', field: 'val_top1' },
  { name: 'val_top5', label: 'Top-5 accuracy', short: 'Top-5', unit: '%', kind: 'accuracy', direction: 'max', field: 'val_top5' },
  {
    name: 'train_time',
    label: 'Training time (proxy)',
    short: 'Training time (proxy)',
    unit: 's',
    kind: 'cost',
    direction: 'min',
    field: 'train_time',
  },
  throughput('a100'),
  throughput('3090'),
  throughput('tpuv2'),
  throughput('tpuv3'),
  throughput('zcu102'),
  throughput('vck190'),
  // Latency is published for the two FPGAs only.
  latency('zcu102'),
  latency('vck190'),
] as const satisfies readonly TargetSpec[];

export type Target = (typeof TARGETS)[number];
export type TargetName = Target['name'];
/** The row of one target, with its literal types: `TargetOf<'latency_zcu102'>['device']` is `'zcu102'`. */
export type TargetOf<N extends TargetName> = Extract<Target, { name: N }>;
export type TargetField = Target['field'];
export const TARGET_NAMES = TARGETS.map((t) => t.name) as [TargetName, ...TargetName[]];

/** The eight hardware metrics (`<metric>_<device>` in `platform_perf`). */
export type DeviceMetric = Extract<Target, { device: DeviceId }>;
export type DeviceMetricName = DeviceMetric['name'];
export const DEVICE_METRICS = TARGETS.filter((t): t is DeviceMetric => 'device' in t);
export const DEVICE_METRIC_NAMES = DEVICE_METRICS.map((t) => t.name) as [DeviceMetricName, ...DeviceMetricName[]];

/** The target of this name; total over TargetName, so callers need no `undefined` check. */
export function target<N extends TargetName>(name: N): TargetOf<N> {
  const t = TARGETS.find((t): t is TargetOf<N> => t.name === name);
  if (!t) throw new Error(`target ${name} is missing from TARGETS`); // unreachable: TargetName is derived from TARGETS
  return t;
}

export function isTargetName(s: string): s is TargetName {
  return TARGETS.some((t) => t.name === s);
}

export function isDeviceMetricName(s: string): s is DeviceMetricName {
  return DEVICE_METRICS.some((t) => t.name === s);
}

/** A target name from outside (a flag, a file), or an error naming the value and the allowed names. */
export function parseTargetName(s: string): Result<TargetName> {
  return isTargetName(s) ? ok(s) : err({ code: 'unknown_target', message: `"${s}" is not a target; allowed: ${TARGET_NAMES.join(', ')}` });
}

/** The hardware metrics measured on a device, in TARGETS order. */
export function deviceMetrics(id: DeviceId): DeviceMetric[] {
  return DEVICE_METRICS.filter((t) => t.device === id);
}

/** A flat record holding each target's measured value under its `field`, such as a `records` row. */
export type MeasuredFields = { readonly [F in TargetField]: number | null };

/** A flat record's measured value of a target (a device metric's mean), or null where it has none. */
export function measuredValue(record: MeasuredFields, name: TargetName): number | null {
  return record[target(name).field];
}
