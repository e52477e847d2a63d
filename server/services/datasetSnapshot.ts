// The whole current dataset in memory (5,138 rows is small), reloaded only when the current dataset
// version changes: statistics, correlations and Pareto fronts are computed from it.
import 'server-only';
import { asc } from 'drizzle-orm';
import { isVersionStable, currentVersion as storedVersion } from '../db/currentVersion';
import { isDatabaseUnavailable } from '../db/databaseUnavailable';
import {
  deviceProfiles,
  proxyFidelityRuns,
  records,
  type DatasetVersion,
  type DeviceProfileRow,
  type ProxyFidelityRunRow,
  type RecordRow,
} from '../db/schema';
import type { Database } from '../db/openDatabase';
import { ServiceError } from './serviceError';

export interface DatasetSnapshot {
  version: DatasetVersion;
  records: RecordRow[];
  devices: DeviceProfileRow[];
  proxyRuns: ProxyFidelityRunRow[];
  /** Derived values computed once per snapshot, keyed by name. */
  memo: Map<string, unknown>;
}

// On globalThis, not in module variables: the server's direct API handler (server/http/directApiHandler.ts,
// bundled with the server) and Next's route handlers load their own copies of this module, and must
// share one snapshot, one version query in flight and one stable version (as getDb shares the database).
const shared = globalThis as typeof globalThis & {
  __anbSnapshot?: {
    cached: DatasetSnapshot | null;
    loading: Promise<DatasetSnapshot> | null;
    inFlight: WeakMap<Database, Promise<DatasetVersion | null>>;
    stable: WeakMap<Database, DatasetVersion>;
  };
};
const state = (shared.__anbSnapshot ??= { cached: null, loading: null, inFlight: new WeakMap(), stable: new WeakMap() });

/**
 * The version query in flight per database, shared by every request that arrives while it runs. A
 * request may get a read that started up to one query's time before it arrived (another instance's
 * import still shows within milliseconds), but 200 concurrent requests cost one query instead of 200:
 * on the embedded, single-threaded PGlite that query (~4 ms under load) was the API's ceiling.
 */
const inFlight = state.inFlight;
/** The server's own PGlite (isVersionStable): its version, read once. */
const stable = state.stable;

function sharedVersionQuery(db: Database): Promise<DatasetVersion | null> {
  const known = stable.get(db);
  if (known) return Promise.resolve(known);
  let query = inFlight.get(db);
  if (!query) {
    query = storedVersion(db).finally(() => inFlight.delete(db));
    inFlight.set(db, query);
    if (isVersionStable(db))
      void query.then(
        (v) => v && stable.set(db, v),
        () => {},
      );
  }
  return query;
}

export async function currentVersion(db: Database): Promise<DatasetVersion> {
  const version = await sharedVersionQuery(db);
  if (!version)
    throw new ServiceError('unavailable', 'No dataset has been imported yet: run `npm run import` (npm start does it on first start).');
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

/**
 * The current version's snapshot. When the database cannot be reached (PostgreSQL restarting), the
 * snapshot already loaded is served: it is one complete, immutable version, the newest this instance
 * saw, and an import that may have happened meanwhile is picked up on the first request after the
 * database is back. /api/health still reads the database and says 503 meanwhile.
 */
export async function getSnapshot(db: Database): Promise<DatasetSnapshot> {
  let version: DatasetVersion;
  try {
    version = await currentVersion(db);
  } catch (e) {
    if (state.cached && isDatabaseUnavailable(e)) return state.cached;
    throw e;
  }
  if (state.cached && state.cached.version.hash === version.hash) return state.cached;
  if (!state.loading) {
    state.loading = load(db, version).then(
      (s) => {
        state.cached = s;
        state.loading = null;
        return s;
      },
      (e) => {
        state.loading = null;
        throw e;
      },
    );
  }
  return state.loading;
}

/** Computes a derived value once per snapshot. */
export function memo<T>(snapshot: DatasetSnapshot, key: string, compute: () => T): T {
  if (!snapshot.memo.has(key)) snapshot.memo.set(key, compute());
  return snapshot.memo.get(key) as T;
}
