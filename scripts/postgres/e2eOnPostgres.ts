// Check (b) of `npm run test:postgres`: end-to-end journeys (Playwright, the production build) with the
// app itself on the cluster, and proof that it ran there: its database holds the imported dataset.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SERVER_BUNDLE } from '../process/productionServer';
import { runCommand } from '../process/runCommand';
import type { PostgresCheckContext, PostgresCheckResult } from './postgresCheck';

/**
 * The journeys that read or write through the database, one per server route family: records and their
 * filters and pages (data, tables), fronts (pareto), stored searches (searches-on-start) and a new one
 * written (search), proxy pairs (proxy), the REST API and its OpenAPI document (api-docs). The rest of
 * the suite (tour, layout at phone size, dark mode, editor, wheel zoom, 404 pages, ...) tests the browser
 * side on the same routes and runs once on PGlite in `npm test`; running all of it twice cost CI ~15 minutes.
 */
export const POSTGRES_E2E_SPECS = [
  'data.spec.ts',
  'tables.spec.ts',
  'pareto.spec.ts',
  'searches-on-start.spec.ts',
  'search.spec.ts',
  'proxy.spec.ts',
  'api-docs.spec.ts',
] as const;

/** `build`: rebuild even when a production build exists (`npm run test:postgres -- --build`). */
export async function e2eOnPostgres({ cluster, port }: PostgresCheckContext, { build }: { build: boolean }): Promise<PostgresCheckResult> {
  await cluster.query('postgres', 'create database anb_e2e');
  if (runCommand('npx', ['tsx', 'scripts/ensureChromium.ts']) !== 0) return { ok: false, detail: 'no Chromium' };
  if (build || !existsSync('.next/BUILD_ID') || !existsSync(SERVER_BUNDLE)) {
    if (runCommand('npm', ['run', 'build']) !== 0) return { ok: false, detail: 'npm run build failed' };
  }
  // A renamed or deleted spec must fail here, not silently drop out of the Postgres run.
  const missing = POSTGRES_E2E_SPECS.filter((f) => !existsSync(path.join('e2e', f)));
  if (missing.length)
    return { ok: false, detail: `POSTGRES_E2E_SPECS names missing files: ${missing.join(', ')} (scripts/postgres/e2eOnPostgres.ts)` };
  const report = path.join(cluster.root, 'playwright.json');
  const specs = POSTGRES_E2E_SPECS.map((f) => `e2e/${f}`);
  const status = runCommand('npx', ['playwright', 'test', '--reporter=list,json', ...specs], {
    env: { ...process.env, DATABASE_URL: cluster.url('anb_e2e'), E2E_PORT: String(await port()), PLAYWRIGHT_JSON_OUTPUT_NAME: report },
  });
  let detail = `playwright exit ${status}`;
  if (existsSync(report)) {
    const s = (
      JSON.parse(readFileSync(report, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }
    ).stats;
    detail = `${s.expected} passed, ${s.unexpected} failed, ${s.flaky} flaky, ${s.skipped} skipped`;
  }
  // The app really ran on Postgres: it imported the dataset into the e2e database.
  const v = await cluster
    .query('anb_e2e', 'select record_count from dataset_versions where is_current')
    .catch(() => ({ rows: [] as { record_count: number }[] }));
  const imported = v.rows[0]?.record_count === 5138;
  return { ok: status === 0 && imported, detail: `${detail}; the e2e database ${imported ? 'holds' : 'does NOT hold'} the 5,138 records` };
}
