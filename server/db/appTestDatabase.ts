// Test helper for tests that go through the app's own database (getDb(), which the route handlers
// call): points it at a database of the test file's own, in-memory PGlite, or a scratch database on
// the ANB_TEST_DATABASE_URL Postgres server (npm run test:postgres), which getDb() opens and fills
// from the data folder (../shared) on first use. Registers beforeAll/afterAll hooks: call it at the
// top of the file; the database is closed (and dropped) when the file is done.
import { afterAll, beforeAll } from 'vitest';
import { getDb } from './getDb';
import { MEMORY } from './databaseTarget';
import { createScratchDatabase, type ScratchDatabase } from './openTestDatabase';

export function appTestDatabase(): void {
  // Set before any getDb() call: getDb reads them (through server/env.ts) when it first opens.
  process.env.ANB_DB_DIR = MEMORY;
  delete process.env.DATABASE_URL;
  let scratch: ScratchDatabase | null = null;
  beforeAll(async () => {
    scratch = await createScratchDatabase();
    if (scratch) process.env.DATABASE_URL = scratch.url;
    await getDb();
  });
  afterAll(async () => {
    await (await getDb()).close();
    await scratch?.drop();
  });
}
