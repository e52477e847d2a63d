// Check (b) of `npm run test:postgres`: the end-to-end suite (Playwright, the production build) with
// the app itself on the cluster, and proof that it ran there: its database holds the imported dataset.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runCommand } from '../process/runCommand';
import type { PostgresCheckContext, PostgresCheckResult } from './postgresCheck';

/** `build`: rebuild even when a production build exists (`npm run test:postgres -- --build`). */
export async function e2eOnPostgres({ cluster, port }: PostgresCheckContext, { build }: { build: boolean }): Promise<PostgresCheckResult> {
  await cluster.query('postgres', 'create database anb_e2e');
  if (runCommand('npx', ['tsx', 'scripts/ensureChromium.ts']) !== 0) return { ok: false, detail: 'no Chromium' };
  if (build || !existsSync('.next/BUILD_ID')) {
    if (runCommand('npx', ['next', 'build']) !== 0) return { ok: false, detail: 'next build failed' };
  }
  const report = path.join(cluster.root, 'playwright.json');
  const status = runCommand('npx', ['playwright', 'test', '--reporter=list,json'], {
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
