// Check (c) of `npm run test:postgres`: two app instances (`npm start`) sharing one database on the
// cluster. Both start at once on an empty database; one is put under load; then a dataset import
// through one side (the CLI, a separate process) must be served by the other.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { load } from '@/bench/serverBench';
import { writeDatasetCopy } from '@/server/import/writeDatasetCopy';
import { startInstance, stopInstance, type AppInstance } from '../process/appInstance';
import { runCommand } from '../process/runCommand';
import { waitHealthy } from '../process/waitHealthy';
import type { PostgresCheck } from './postgresCheck';

const DATA = path.resolve('../shared/accel-nasbench');

async function getJson(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

export const twoInstancesOnPostgres: PostgresCheck = async ({ cluster, port, onCleanUp }) => {
  await cluster.query('postgres', 'create database anb_multi');
  const url = cluster.url('anb_multi');
  const [pa, pb] = [await port(), await port()];
  // Started at the same moment: both find the database empty and import; the import's advisory lock
  // lets one write and the other find the version already there.
  const [A, B] = [startInstance('A', pa, { DATABASE_URL: url }), startInstance('B', pb, { DATABASE_URL: url })];
  onCleanUp(() => Promise.all([A, B].map(stopInstance)).then(() => undefined));
  const healthy = (i: AppInstance) => waitHealthy(i.base, { name: `instance ${i.name}`, child: i.child, timeoutMs: 300_000 });
  const [ha, hb] = await Promise.all([healthy(A), healthy(B)]);
  const lines = [`A on :${pa} and B on :${pb} healthy on ${ha.database}/${hb.database}, version ${String(ha.datasetVersion).slice(0, 12)}`];
  let ok = ha.database === 'postgres' && hb.database === 'postgres' && ha.datasetVersion === hb.datasetVersion;
  const versions = await cluster.query('anb_multi', 'select count(*)::int as n from dataset_versions');
  lines.push(`${versions.rows[0].n} dataset version row(s) after the simultaneous start`);
  ok &&= versions.rows[0].n === 1;

  // One instance under load, on the full dataset, before the write below replaces it.
  if (!existsSync('.next/BUILD_ID')) throw new Error('no production build');
  for (const p of ['/api/v1/stats', '/api/v1/architectures?limit=50&sort=throughput_a100&order=desc']) {
    console.log(`[test:postgres] load: ${p}, 50 connections, 10 s, instance A`);
    const r = await load(A.base, p, 50, 10);
    lines.push(
      `load ${p}: ${r.requestsPerSecond.mean.toFixed(0)} req/s mean (median ${r.requestsPerSecond.median}), p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, errors ${r.errors}, non-2xx ${r.non2xx}`,
    );
    ok &&= r.errors === 0 && r.non2xx === 0;
  }

  // Write through one side, read through the other: a new dataset version imported by the CLI
  // (a separate process on A's side), then B must serve it: its snapshot cache checks the version per request.
  const before = await getJson(`${B.base}/api/v1/stats`);
  ok &&= before.body.records === 5138;
  const copy = path.join(cluster.root, 'copy-40');
  await writeDatasetCopy(DATA, copy, { records: 40 });
  const imported = runCommand('npm', ['run', '--silent', 'import', '--', '--data', copy], { env: { ...process.env, DATABASE_URL: url } });
  const t0 = Date.now();
  let seenAfter = -1;
  while (Date.now() - t0 < 10_000) {
    const s = await getJson(`${B.base}/api/v1/stats`);
    if (s.body.records === 40) {
      seenAfter = Date.now() - t0;
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const [na, nb] = [await getJson(`${A.base}/api/health`), await getJson(`${B.base}/api/health`)];
  lines.push(
    `import of a 40-record copy (exit ${imported}); B's /api/v1/stats went from ${before.body.records} to 40 records ${seenAfter >= 0 ? `${seenAfter} ms after the import ended` : 'NOT within 10 s'}; both healthy on version ${String(nb.body.datasetVersion).slice(0, 12)} (A: ${na.body.records} records, B: ${nb.body.records})`,
  );
  ok &&= imported === 0 && seenAfter >= 0 && na.body.datasetVersion === nb.body.datasetVersion && nb.body.records === 40;
  return { ok, detail: lines.join('\n  ') };
};
