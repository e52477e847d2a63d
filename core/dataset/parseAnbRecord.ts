// Turns one raw result_N.json text into a MeasuredRecord or the list of its problems.
import { anbRecordSchema } from './anbRecord';
import type { DatasetIssue } from './datasetIssue';
import type { MeasuredRecord, Measurement } from './measuredRecord';
import { fromAnbConfig } from '../space/anbConfig';
import { formatArchitectureCode } from '../space/architectureCode';
import { DEVICE_METRICS, type DeviceMetricName } from '../targets';
import { err, ok, type Result } from '../result';

export const RESULT_FILE = /^result_(\d+)\.json$/;

export function parseAnbRecord(file: string, text: string): Result<MeasuredRecord, DatasetIssue[]> {
  const match = RESULT_FILE.exec(file);
  if (!match) return err([{ file, path: '', message: 'not a dataset record: expected files named result_N.json' }]);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return err([{ file, path: '', message: `invalid JSON (${(e as Error).message})` }]);
  }
  const parsed = anbRecordSchema.safeParse(json);
  if (!parsed.success) {
    return err(
      parsed.error.issues.map((i) => ({
        file,
        path: i.path.join('.'),
        message: i.code === 'invalid_type' && 'received' in i ? `${i.message}` : i.message,
      })),
    );
  }
  const r = parsed.data;
  const arch = fromAnbConfig(r.architecture);
  if (!arch.ok) return err([{ file, path: `architecture.${arch.error.path}`, message: arch.error.message }]);
  const perf = {} as Record<DeviceMetricName, Measurement>;
  for (const { name, kind } of DEVICE_METRICS) {
    const entry = r.platform_perf[name] as Record<string, number | null>;
    perf[name] = { mean: entry[`${kind}_mean`], std: entry[`${kind}_std`] };
  }
  return ok({
    file,
    resultId: Number(match[1]),
    code: formatArchitectureCode(arch.value),
    architecture: arch.value,
    valTop1: r.metrics.val_top1,
    valTop5: r.metrics.val_top5,
    trainTime: r.metrics.train_time,
    macs: r.model_info.macs,
    params: r.model_info.params,
    perf,
  });
}
