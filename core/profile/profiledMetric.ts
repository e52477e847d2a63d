// A profiled device's metric as the views name it (#12): `<profile id>.<latency|throughput>`, e.g.
// `u3fa9c2d1e0ab.latency`, next to ANB's own `latency_vck190`. The id is the profile's content hash
// (server/services/deviceProfiles.ts); the spec has the shape of a target row (label, unit,
// direction) so tables and axes show a profiled metric like any other.
import type { Direction, TargetKind } from '../targets';
import { PROFILE_METRICS, type ProfileMetric } from './deviceProfile';

/** `u` and 12 hex digits of the profile's sha256. */
export const PROFILE_ID_PATTERN = /^u[0-9a-f]{12}$/;
export type ProfiledMetricName = `u${string}.${ProfileMetric}`;

export function isProfileId(s: string): boolean {
  return PROFILE_ID_PATTERN.test(s);
}

export function profiledMetricName(id: string, metric: ProfileMetric): ProfiledMetricName {
  if (!isProfileId(id)) throw new Error(`profiledMetricName: ${id} is not a profile id (u and 12 hex digits)`);
  return `${id}.${metric}` as ProfiledMetricName;
}

/** `u3fa9c2d1e0ab.latency` → its profile id and metric; null for anything else (ANB's names included). */
export function parseProfiledMetricName(s: string): { id: string; metric: ProfileMetric } | null {
  const dot = s.indexOf('.');
  if (dot < 0) return null;
  const id = s.slice(0, dot);
  const metric = s.slice(dot + 1);
  if (!isProfileId(id) || !(PROFILE_METRICS as readonly string[]).includes(metric)) return null;
  return { id, metric: metric as ProfileMetric };
}

export interface ProfiledMetricSpec {
  name: ProfiledMetricName;
  label: string;
  short: string;
  unit: string;
  kind: Extract<TargetKind, 'latency' | 'throughput'>;
  direction: Direction;
}

/** The target-shaped row of a profiled metric: "Latency Lab laptop (profiled)", ms, lower is better. */
export function profiledMetricSpec(id: string, deviceName: string, metric: ProfileMetric, batch: number): ProfiledMetricSpec {
  const latency = metric === 'latency';
  return {
    name: profiledMetricName(id, metric),
    label: `${latency ? 'Latency' : 'Throughput'} ${deviceName} (profiled${latency ? '' : `, batch ${batch}`})`,
    short: `${deviceName} ${latency ? 'lat.' : 'thr.'}`,
    unit: latency ? 'ms' : 'img/s',
    kind: metric,
    direction: latency ? 'min' : 'max',
  };
}
