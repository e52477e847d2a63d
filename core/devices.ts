// The six accelerators ANB measured, described once as data.
import type { DeviceId, DeviceMetricName } from './targets';

export interface DeviceProfile {
  id: DeviceId;
  name: string;
  vendor: string;
  kind: 'GPU' | 'TPU' | 'FPGA';
  /** Dataset metrics measured on this device. */
  metrics: DeviceMetricName[];
  /** Batch size of the measurement. */
  batchSize: number | null;
  /** How the numbers were measured. */
  protocol: string;
  /** Where the numbers come from. */
  source: string;
}
