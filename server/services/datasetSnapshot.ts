// The whole current dataset in memory (5,138 rows is small), reloaded only when the current dataset
// version changes: statistics, correlations and Pareto fronts are computed from it.
import 'server-only';
import { asc } from 'drizzle-orm';
import { currentVersion as storedVersion } from '../db/currentVersion';
import { deviceProfiles, proxyFidelityRuns, records, type DatasetVersion, type DeviceProfileRow, type ProxyFidelityRunRow, type RecordRow } from '../db/schema';
import type { Database } from '../db/openDatabase';
import { ApiError } from '../rest/apiError';

export interface DatasetSnapshot {
  version: DatasetVersion;
  records: RecordRow[];
  devices: DeviceProfileRow[];
  proxyRuns: ProxyFidelityRunRow[];
  /** Derived values computed once per snapshot, keyed by name. */
  memo: Map<string, unknown>;
}

let cached: DatasetSnapshot | null = null;
let loading: Promise<DatasetSnapshot> | null = null;

export async function currentVersion(db: Database): Promise<DatasetVersion> {
  const version = await storedVersion(db);
  if (!version) throw new ApiError(503, 'internal', 'No dataset has been imported yet: run `npm run import` (npm start does it on first start).');
  return version;
}

async function load(db: Database, version: DatasetVersion): Promise<DatasetSnapshot> {
  const [rows, devices, proxyRuns] = await Promise.all([
    db.select().from(records).orderBy(asc(records.result_id)),
    db.select().from(deviceProfiles).orderBy(asc(deviceProfiles.position)),
    db.select().from(proxyFidelityRuns),
  ]);
  return { version, records: rows, devices, proxyRuns, memo: new Map() };
}

export async function getSnapshot(db: Database): Promise<DatasetSnapshot> {
  const version = await currentVersion(db);
  if (cached && cached.version.hash === version.hash) return cached;
  if (!loading) {
    loading = load(db, version).then(
      (s) => {
        cached = s;
        loading = null;
        return s;
      },
      (e) => {
        loading = null;
        throw e;
      },
    );
  }
  return loading;
}

/** Computes a derived value once per snapshot. */
export function memo<T>(snapshot: DatasetSnapshot, key: string, compute: () => T): T {
  if (!snapshot.memo.has(key)) snapshot.memo.set(key, compute());
  return snapshot.memo.get(key) as T;
}
