// The six accelerators ANB measured, described once as data. Only what the ANB sources state is
// here: the README of github.com/afzalxo/Accel-NASBench, the paper (arXiv 2404.08005) and what the
// dataset itself shows (which metrics carry a std). Per-device counts and ranges are computed from
// the data, never written down here. The metrics measured on each device are the targets of
// core/targets.ts naming it (`deviceMetrics`).

export interface DeviceSpec {
  /** The dataset's suffix, as in `platform_perf.throughput_<id>`. */
  readonly id: string;
  /** Full name, as on the device cards. */
  readonly name: string;
  /** The one short name of charts, table headers and target labels: "A100", "RTX 3090", "ZCU102". */
  readonly short: string;
  readonly vendor: string;
  readonly kind: 'GPU' | 'TPU' | 'FPGA';
  /** Batch size of the measurement, when the sources state it; null when they do not. */
  readonly batchSize: number | null;
  /** How the numbers were measured, as far as the sources and the data tell. */
  readonly protocol: string;
  /** Where the numbers come from. */
  readonly source: string;
}

const SOURCE =
  'Accel-NASBench dataset (anb_dataset_jsons, Apache-2.0), Ahmad et al., "Accel-NASBench: Sustainable Benchmarking for Accelerator-Aware NAS", DAC 2024, arXiv:2404.08005; github.com/afzalxo/Accel-NASBench';
const GPU_TPU_PROTOCOL =
  'End-to-end inference throughput (images/s) of each architecture at 224×224, measured on the device over repeated runs; the dataset records the mean and the standard deviation across runs. Batch size is not recorded in the dataset.';
const FPGA_PROTOCOL =
  'End-to-end inference throughput (images/s) and latency (ms) of each architecture deployed on the FPGA; the dataset records the mean only (no standard deviation is published for the FPGA metrics). Batch size is not recorded in the dataset.';

// An array, not an object keyed by id: '3090' is an integer-like key, which objects enumerate first.
export const DEVICES = [
  { id: 'a100', name: 'A100', short: 'A100', vendor: 'NVIDIA', kind: 'GPU', batchSize: null, protocol: GPU_TPU_PROTOCOL, source: SOURCE },
  {
    id: '3090',
    name: 'RTX 3090',
    short: 'RTX 3090',
    vendor: 'NVIDIA',
    kind: 'GPU',
    batchSize: null,
    protocol: GPU_TPU_PROTOCOL,
    source: SOURCE,
  },
  {
    id: 'tpuv2',
    name: 'Cloud TPUv2',
    short: 'TPUv2',
    vendor: 'Google',
    kind: 'TPU',
    batchSize: null,
    protocol: GPU_TPU_PROTOCOL,
    source: SOURCE,
  },
  {
    id: 'tpuv3',
    name: 'Cloud TPUv3',
    short: 'TPUv3',
    vendor: 'Google',
    kind: 'TPU',
    batchSize: null,
    protocol: GPU_TPU_PROTOCOL,
    source: SOURCE,
  },
  {
    id: 'zcu102',
    name: 'Zynq UltraScale+ ZCU102',
    short: 'ZCU102',
    vendor: 'Xilinx (AMD)',
    kind: 'FPGA',
    batchSize: null,
    protocol: FPGA_PROTOCOL,
    source: SOURCE,
  },
  {
    id: 'vck190',
    name: 'Versal AI Core VCK190',
    short: 'VCK190',
    vendor: 'Xilinx (AMD)',
    kind: 'FPGA',
    batchSize: null,
    protocol: FPGA_PROTOCOL,
    source: SOURCE,
  },
] as const satisfies readonly DeviceSpec[];

export type Device = (typeof DEVICES)[number];
export type DeviceId = Device['id'];
export const DEVICE_IDS = DEVICES.map((d) => d.id) as [DeviceId, ...DeviceId[]];

export function isDeviceId(s: string): s is DeviceId {
  return DEVICES.some((d) => d.id === s);
}

/** The device with this id; total over DeviceId, so callers need no `undefined` check. */
export function device<D extends DeviceId>(id: D): Extract<Device, { id: D }> {
  const d = DEVICES.find((d): d is Extract<Device, { id: D }> => d.id === id);
  if (!d) throw new Error(`device ${id} is missing from DEVICES`); // unreachable: DeviceId is derived from DEVICES
  return d;
}
