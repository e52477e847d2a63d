// Liveness and readiness: answers 200 once the database is open and a dataset version is current.
import { getDb } from '@/server/db/getDb';
import { DATABASE_RETRY_AFTER_S, databaseUnavailableError } from '@/server/services/databaseUnavailableError';
import { currentVersion } from '@/server/services/datasetSnapshot';

export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    const { db, kind } = await getDb();
    const version = await currentVersion(db);
    return Response.json({ status: 'ok', database: kind, datasetVersion: version.hash, records: version.record_count });
  } catch (e) {
    // A database outage says so without the failed query's SQL; the instance reconnects by itself.
    const outage = databaseUnavailableError(e);
    return Response.json(
      { status: 'unavailable', message: outage?.message ?? (e as Error).message },
      { status: 503, headers: outage ? { 'Retry-After': String(DATABASE_RETRY_AFTER_S) } : {} },
    );
  }
}
