// Device profiles from the database, with what the dataset holds for each of their metrics.
import 'server-only';
import { measuredValue, target, type DeviceMetricName } from '@/core/targets';
import type { Database } from '../db/openDatabase';
import { getSnapshot, memo } from './datasetSnapshot';

export async function listDevices(db: Database) {
  const snap = await getSnapshot(db);
  return memo(snap, 'devices', () => ({
    devices: snap.devices.map((d) => ({
      id: d.id,
      origin: 'anb' as const,
      name: d.name,
      vendor: d.vendor,
      kind: d.kind,
      batchSize: d.batch_size,
      protocol: d.protocol,
      source: d.source,
      metrics: d.metrics.map((name: DeviceMetricName) => {
        const means = snap.records.map((r) => measuredValue(r, name)).filter((v): v is number => v !== null);
        const stds = snap.records.filter((r) => r[`${name}_std`] !== null).length;
        const spec = target(name);
        return {
          name,
          unit: d.units[name] ?? spec.unit,
          direction: spec.direction,
          measured: means.length,
          missing: snap.records.length - means.length,
          hasStd: stds > 0,
          min: means.length ? Math.min(...means) : null,
          max: means.length ? Math.max(...means) : null,
        };
      }),
    })),
  }));
}
