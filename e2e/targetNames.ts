// The 11 targets in the API's and the surrogate's column order, for journeys that read every predicted cell
// (e2e/ imports only itself, so this is the journeys' copy of core/targets' names; the API checks them).
export const TARGET_NAMES = [
  'val_top1',
  'val_top5',
  'train_time',
  'throughput_a100',
  'throughput_3090',
  'throughput_tpuv2',
  'throughput_tpuv3',
  'throughput_zcu102',
  'throughput_vck190',
  'latency_zcu102',
  'latency_vck190',
] as const;

/** The 8 device metrics: every target after top-1, top-5 and train time. */
export const DEVICE_METRIC_NAMES = TARGET_NAMES.slice(3);
