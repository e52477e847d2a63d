// The six accelerators ANB measured, described once as data. Only what the ANB sources state is
// here: the README of github.com/afzalxo/Accel-NASBench, the paper (arXiv 2404.08005) and what the
// dataset itself shows (which metrics carry a std). Per-device counts and ranges are computed from
// the data, never written down here.
import type { DeviceId, DeviceMetricName } from './targets';

export interface DeviceProfile {
  id: DeviceId;
  name: string;
  vendor: string;
  kind: 'GPU' | 'TPU' | 'FPGA';
  /** Dataset metrics measured on this device. */
  metrics: DeviceMetricName[];
  /** Units of each metric. */
  units: Partial<Record<DeviceMetricName, string>>;
  /** Batch size of the measurement, when the sources state it; null when they do not. */
  batchSize: number | null;
  /** How the numbers were measured, as far as the sources and the data tell. */
  protocol: string;
  /** Where the numbers come from. */
  source: string;
}

const SOURCE =
  'Accel-NASBench dataset (anb_dataset_jsons, Apache-2.0), Ahmad et al., "Accel-NASBench: Sustainable Benchmarking for Accelerator-Aware NAS", DAC 2024, arXiv:2404.08005; github.com/afzalxo/Accel-NASBench';
const GPU_TPU_PROTOCOL =
  'End-to-end inference throughput (images/s) of each architecture at 224×224, measured on the device over repeated runs; the dataset records the mean and the standard deviation across runs. Batch size is not recorded in the dataset.';
const FPGA_PROTOCOL =
  'End-to-end inference throughput (images/s) and latency (ms) of each architecture deployed on the FPGA; the dataset records the mean only (no standard deviation is published for the FPGA metrics). Batch size is not recorded in the dataset.';

export const DEVICES: DeviceProfile[] = [
  { id: 'a100', name: 'A100', vendor: 'NVIDIA', kind: 'GPU', metrics: ['throughput_a100'], units: { throughput_a100: 'img/s' }, batchSize: null, protocol: GPU_TPU_PROTOCOL, source: SOURCE },
  { id: '3090', name: 'RTX 3090', vendor: 'NVIDIA', kind: 'GPU', metrics: ['throughput_3090'], units: { throughput_3090: 'img/s' }, batchSize: null, protocol: GPU_TPU_PROTOCOL, source: SOURCE },
  { id: 'tpuv2', name: 'Cloud TPUv2', vendor: 'Google', kind: 'TPU', metrics: ['throughput_tpuv2'], units: { throughput_tpuv2: 'img/s' }, batchSize: null, protocol: GPU_TPU_PROTOCOL, source: SOURCE },
  { id: 'tpuv3', name: 'Cloud TPUv3', vendor: 'Google', kind: 'TPU', metrics: ['throughput_tpuv3'], units: { throughput_tpuv3: 'img/s' }, batchSize: null, protocol: GPU_TPU_PROTOCOL, source: SOURCE },
  {
    id: 'zcu102', name: 'Zynq UltraScale+ ZCU102', vendor: 'Xilinx (AMD)', kind: 'FPGA',
    metrics: ['throughput_zcu102', 'latency_zcu102'], units: { throughput_zcu102: 'img/s', latency_zcu102: 'ms' },
    batchSize: null, protocol: FPGA_PROTOCOL, source: SOURCE,
  },
  {
    id: 'vck190', name: 'Versal AI Core VCK190', vendor: 'Xilinx (AMD)', kind: 'FPGA',
    metrics: ['throughput_vck190', 'latency_vck190'], units: { throughput_vck190: 'img/s', latency_vck190: 'ms' },
    batchSize: null, protocol: FPGA_PROTOCOL, source: SOURCE,
  },
];

export const DEVICE_IDS = DEVICES.map((d) => d.id) as [DeviceId, ...DeviceId[]];
