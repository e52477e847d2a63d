// The tRPC caller for server components: same procedures as the HTTP API, no network hop.
import 'server-only';
import { getDb } from '@/server/db/getDb';
import { createCaller } from '@/server/trpc/appRouter';

export async function serverCaller() {
  const { db } = await getDb();
  return createCaller({ db });
}
