// Check (a) of `npm run test:postgres`: the unit tests that talk to a database, each test file in a
// scratch database of its own on the cluster (ANB_TEST_DATABASE_URL, server/db/openTestDatabase.ts).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runCommand } from '../process/runCommand';
import type { PostgresCheck } from './postgresCheck';

const DATABASE_TESTS = [
  'server/import/importDataset.postgres.test.ts',
  'server/db/openDatabase.postgres.test.ts',
  'server/routers/appRouter.test.ts',
  'server/rest/restApi.test.ts',
  'server/rest/apiFuzz.test.ts',
  // The in-memory list against the SQL it replaced, and the write route, on Postgres too.
  'server/services/listArchitecturesFromSnapshot.test.ts',
  'server/rest/searchWrite.test.ts',
];

export const unitTestsOnPostgres: PostgresCheck = async ({ cluster }) => {
  await cluster.query('postgres', 'create database anb_unit');
  const report = path.join(cluster.root, 'vitest.json');
  const status = runCommand(
    'npx',
    ['vitest', 'run', ...DATABASE_TESTS, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    {
      env: { ...process.env, ANB_TEST_DATABASE_URL: cluster.url('anb_unit') },
    },
  );
  let detail = `vitest exit ${status}`;
  let ok = status === 0;
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8')) as {
      numTotalTests: number;
      numPassedTests: number;
      numFailedTests: number;
      numPendingTests: number;
    };
    detail = `${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped of ${r.numTotalTests} in ${DATABASE_TESTS.length} files`;
    // A skipped Postgres test means it did not see the server.
    ok &&= r.numFailedTests === 0 && r.numPendingTests === 0 && r.numPassedTests > 0;
  }
  return { ok, detail };
};
