// A validated ANB record in the app's own terms (architecture + measured values).
import type { Architecture } from '../space/searchSpace';
import type { ArchitectureCode } from '../space/architectureCode';
import type { DeviceMetricName } from '../targets';

export interface Measurement {
  mean: number | null;
  std: number | null;
}

export interface MeasuredRecord {
  /** `result_N.json` basename: the record's identity (13 architectures have two records). */
  file: string;
  /** N of result_N.json. */
  resultId: number;
  code: ArchitectureCode;
  architecture: Architecture;
  valTop1: number;
  valTop5: number;
  /** Proxy training time in seconds. */
  trainTime: number;
  /** Millions of multiply-accumulates at 224×224, as counted by the dataset. */
  macs: number;
  /** Millions of parameters. */
  params: number;
  perf: Record<DeviceMetricName, Measurement>;
}
