// A nuqs parser for a device metric in the URL: one of ANB's eight (`latency_vck190`) or a profiled
// device's (`u3fa9c2d1e0ab.latency`, #12). Whether a profiled id exists is known only after asking the
// server; the view says so when it does not (components/devices/useProfiledMetric.ts).
import { createParser } from 'nuqs/server';
import { parseProfiledMetricName, type ProfiledMetricName } from '@/core/profile/profiledMetric';
import { isDeviceMetricName, type DeviceMetricName } from '@/core/targets';

export type AnyDeviceMetricName = DeviceMetricName | ProfiledMetricName;

export function parseDeviceMetric(raw: string): AnyDeviceMetricName | null {
  if (isDeviceMetricName(raw)) return raw;
  return parseProfiledMetricName(raw) ? (raw as ProfiledMetricName) : null;
}

export const parseAsDeviceMetric = createParser<AnyDeviceMetricName>({ parse: parseDeviceMetric, serialize: (v) => v });
