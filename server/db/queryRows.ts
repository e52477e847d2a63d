// Rows of a raw SQL query, on either driver. `Database.execute` is typed per driver (its result is
// `unknown` on the shared type), but PGlite and node-postgres both answer with `{ rows }`.
import type { SQL } from 'drizzle-orm';
import type { Database } from './openDatabase';

export async function queryRows<T extends Record<string, unknown>>(db: Pick<Database, 'execute'>, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as { rows?: T[] };
  if (!Array.isArray(result.rows)) throw new Error('the database driver returned no rows array');
  return result.rows;
}
