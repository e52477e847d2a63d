// Test helper: the tRPC API (createCaller) over a test database with the real dataset imported
// (importedTestDatabase), set up once per test file or describe block and closed after it.
import { afterAll, beforeAll } from 'vitest';
import type { Dataset } from '@/core/dataset/dataset';
import { readDataset } from '@/server/dataset/readDataset';
import { importedTestDatabase, TEST_DATA_DIR } from '@/server/db/importedTestDatabase';
import type { OpenedDatabase } from '@/server/db/openDatabase';
import { createCaller } from './appRouter';

export interface ImportedTestApi {
  opened: OpenedDatabase;
  api: ReturnType<typeof createCaller>;
  /** The dataset as read from the files (only with `{ dataset: true }`): what the API must agree with. */
  data: Dataset;
}

/** Registers beforeAll/afterAll hooks; the returned object's fields are set once beforeAll has run. */
export function importedTestApi(options: { dataset?: boolean } = {}): ImportedTestApi {
  const fixture = {} as ImportedTestApi;
  beforeAll(async () => {
    fixture.opened = await importedTestDatabase();
    fixture.api = createCaller({ db: fixture.opened.db });
    if (options.dataset) fixture.data = await readDataset(TEST_DATA_DIR);
  });
  afterAll(() => fixture.opened?.close());
  return fixture;
}
