// A device metric's value for each stored record, whether it is one of ANB's eight (the measured
// value) or a profiled device's (#12: the stored profile's prediction for the record's architecture,
// fitted with core/profile/fitDeviceProfile, the same fit the browser and the CLI use). The compare
// services read every device metric through it, so /compare's matrix, rank flips, scatter and gene
// effects take a profiled device with no second copy of the fit in the client. The profile is read
// on every call: a deleted profile is a not_found at once, never a cached answer.
import 'server-only';
import { z } from 'zod';
import { predictProfiled } from '@/core/profile/fitDeviceProfile';
import { parseProfiledMetricName, profiledMetricSpec, type ProfiledMetricName } from '@/core/profile/profiledMetric';
import { parseArchitectureCode } from '@/core/space/architectureCode';
import { DEVICE_METRIC_NAMES, isDeviceMetricName, target, type DeviceMetricName, type Direction } from '@/core/targets';
import type { Database } from '../db/openDatabase';
import type { RecordRow } from '../db/schema';
import { metricValue } from './metricValue';
import { fittedProfile, rowById } from './deviceProfiles';
import { ServiceError } from './serviceError';

export type AnyDeviceMetric = DeviceMetricName | ProfiledMetricName;

/** ANB's eight names, or `<profile id>.latency|throughput`. */
export const anyDeviceMetricSchema = z
  .string()
  .refine((s) => isDeviceMetricName(s) || parseProfiledMetricName(s) !== null, {
    message: `not a device metric: one of ${DEVICE_METRIC_NAMES.join(', ')}, or a profiled device's <id>.latency / <id>.throughput (id: u and 12 hex digits)`,
  })
  .transform((s) => s as AnyDeviceMetric);

export interface DeviceMetricReader {
  name: AnyDeviceMetric;
  label: string;
  short: string;
  unit: string;
  direction: Direction;
  /** A profiled device: every value is its profile's prediction, none is a measurement. */
  profiled: boolean;
  value(record: RecordRow): number | null;
}

export async function deviceMetricReader(db: Database, name: AnyDeviceMetric): Promise<DeviceMetricReader> {
  if (isDeviceMetricName(name)) {
    const t = target(name);
    return {
      name,
      label: t.label,
      short: t.short,
      unit: t.unit,
      direction: t.direction,
      profiled: false,
      value: (r) => metricValue(r, name),
    };
  }
  const parsed = parseProfiledMetricName(name);
  if (!parsed) throw new ServiceError('bad_request', `${name} is not a device metric name`);
  const row = await rowById(db, parsed.id);
  const fit = fittedProfile(row).fitted.fits.find((f) => f.metric === parsed.metric);
  if (!fit)
    throw new ServiceError(
      'not_found',
      `Device profile ${parsed.id} (${row.name}) has no ${parsed.metric} measurements; use the metric it was profiled for.`,
    );
  const spec = profiledMetricSpec(parsed.id, row.name, parsed.metric, fit.batch);
  // 13 architectures have two records: one prediction per code.
  const byCode = new Map<string, number>();
  return {
    name,
    label: spec.label,
    short: spec.short,
    unit: spec.unit,
    direction: spec.direction,
    profiled: true,
    value: (r) => {
      let v = byCode.get(r.code);
      if (v === undefined) {
        const arch = parseArchitectureCode(r.code);
        if (!arch.ok) return null;
        v = predictProfiled(fit, arch.value).mean;
        byCode.set(r.code, v);
      }
      return v;
    },
  };
}
