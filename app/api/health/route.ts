// Liveness and readiness: answers 200 once the database is open and a dataset version is current.
import { getDb } from '@/server/db/getDb';
import { currentVersion } from '@/server/services/datasetSnapshot';

export const dynamic = 'force-dynamic';

export async function GET() {
  try {
    const { db, kind } = await getDb();
    const version = await currentVersion(db);
    return Response.json({ status: 'ok', database: kind, datasetVersion: version.hash, records: version.record_count });
  } catch (e) {
    return Response.json({ status: 'unavailable', message: (e as Error).message }, { status: 503 });
  }
}
