// `npm start`: imports the dataset into the database on first start (or when the data changed), stores
// the default proxy searches when the current surrogates have none, then serves the production build on
// PORT (default 3000) with scripts/startup/serve.ts and prints the URL. One process, plain JavaScript:
// `npm run build` compiles this file and what it imports to .next/anb-server/start.mjs
// (scripts/buildServer.ts), and `npm start` runs that with node (building first when it is missing).
import { existsSync } from 'node:fs';
import { formatDatasetIssue } from '@/core/dataset/datasetIssue';
import { resolveDataDir } from '@/server/dataset/resolveDataDir';
import { openDatabase } from '@/server/db/openDatabase';
import { parseEnv, type Env } from '@/server/env';
import { ensureImported } from '@/server/import/ensureImported';
import { serve } from './startup/serve';
import { storeMissingSearches } from './startup/storeMissingSearches';

process.env.NEXT_TELEMETRY_DISABLED = '1';

// The start-up check: every variable at once (a bad PUBLIC_URL included, which would otherwise only
// surface when the first page renders), before anything is built, imported or served.
let env: Env;
try {
  env = parseEnv();
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
const { PORT, HOSTNAME } = env;

async function importData() {
  const dir = resolveDataDir();
  // The database is opened, brought up to date and closed again before the server starts:
  // PGlite allows one process per data folder.
  const opened = await openDatabase();
  try {
    const t0 = performance.now();
    const result = await ensureImported(opened.db, dir);
    if (!result.ok) {
      const issues = 'issues' in result.error ? result.error.issues : [];
      console.error(`Import of ${dir} failed: ${result.error.message}`);
      for (const i of issues.slice(0, 50)) console.error(`  ${formatDatasetIssue(i)}`);
      if (issues.length > 50) console.error(`  … and ${issues.length - 50} more`);
      console.error('Fix the data, or run `npm run import -- --skip-invalid` to import the valid records only.');
      process.exit(1);
    }
    const v = result.value.version;
    const what = result.value.status === 'unchanged' ? 'is up to date' : 'imported';
    console.log(
      `Dataset ${v.hash.slice(0, 12)} ${what} (${v.record_count} records, ${opened.kind} at ${opened.location}) in ${Math.round(performance.now() - t0)} ms`,
    );
    // Before the server listens, not after: PGlite allows one process per folder, and storing takes
    // 23 s (measured, 2 busy cores) once per surrogate version, on a first start that has just spent
    // minutes building the app and training the surrogates; a second start costs one count query.
    await storeMissingSearches(opened.db);
  } finally {
    await opened.close();
  }
}

async function main() {
  if (!existsSync('.next/BUILD_ID')) {
    console.error('No production build in .next: run `npm run build` (or `npm start`, which builds when the build is missing).');
    process.exit(2);
  }
  await importData();
  // Next's handler behind a turn scheduler (server/http/turnScheduler.ts), in this process.
  await serve(env);
  const host = HOSTNAME === '0.0.0.0' ? 'localhost' : HOSTNAME;
  console.log(`\n  ANB Explorer is running at http://${host}:${PORT}\n`);
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exit(1);
});
