// `npm run test:postgres [-- --build]`: the app on a real PostgreSQL server. Finds Debian's postgresql
// (installs it with apt-get when root and it is missing), starts a throw-away cluster in a temp folder
// on 127.0.0.1 with trust auth, and runs against it: (a) the unit tests that talk to a database, (b) the
// end-to-end suite with the app itself on Postgres, (c) two app instances sharing the one database, a
// dataset import through one's process side and a read through the other, plus a short load run.
// The cluster is stopped and removed at the end, also on failure or Ctrl-C. Exit 1 on any failure.
import { spawn, spawnSync, type ChildProcess, type SpawnSyncOptions } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { load, type LoadResult } from '@/bench/serverBench';
import { writeDatasetCopy } from '@/server/import/writeDatasetCopy';

process.env.NEXT_TELEMETRY_DISABLED = '1';
const DATA = path.resolve('../shared/accel-nasbench');
const isRoot = process.getuid?.() === 0;
const forceBuild = process.argv.includes('--build');

interface Step {
  name: string;
  ok: boolean;
  detail: string;
}
const steps: Step[] = [];
const record = (name: string, ok: boolean, detail: string) => {
  steps.push({ name, ok, detail });
  console.log(`\n[test:postgres] ${ok ? 'PASS' : 'FAIL'} ${name}: ${detail}\n`);
};

function run(cmd: string, args: string[], opts: SpawnSyncOptions = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.error) throw r.error;
  return r.status ?? 1;
}

function must(cmd: string, args: string[], opts: SpawnSyncOptions = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr || r.stdout}`);
  return r.stdout as string;
}

// ---- the server binaries ------------------------------------------------------------------

function findPostgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(path.join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? path.join(root, versions[0], 'bin') : null;
}

function ensurePostgres(): string {
  const found = findPostgresBin();
  if (found) return found;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (!isRoot || !hasApt) {
    throw new Error("PostgreSQL's server binaries were not found in /usr/lib/postgresql/*/bin. Install them with:\n\n    sudo apt-get update && sudo apt-get install -y postgresql\n");
  }
  console.log("PostgreSQL not found: installing Debian's postgresql with apt-get (one time)…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (run('apt-get', ['update'], { env }) !== 0 || run('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], { env }) !== 0) {
    throw new Error('apt-get install postgresql failed');
  }
  const bin = findPostgresBin();
  if (!bin) throw new Error('apt-get finished but /usr/lib/postgresql/*/bin/initdb is still missing');
  return bin;
}

// ---- the throw-away cluster ---------------------------------------------------------------

/**
 * `--ports N`: take the ports (cluster, e2e server, two instances) from N, N+1, … (each checked free)
 * instead of letting the OS pick, for machines where only a range of ports may be used.
 */
const portsAt = process.argv.indexOf('--ports');
let nextPort = portsAt >= 0 ? Number(process.argv[portsAt + 1]) : 0;
if (portsAt >= 0 && !(Number.isInteger(nextPort) && nextPort >= 1024 && nextPort <= 65531)) {
  console.error('--ports must be a port number from 1024 to 65531 (the first of four consecutive ports); usage: npm run test:postgres -- [--build] [--ports 3290]');
  process.exit(2);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(nextPort ? nextPort++ : 0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

interface Cluster {
  root: string;
  port: number;
  url: (db: string) => string;
  stop(): void;
}

/** initdb refuses to run as root: as root the cluster belongs to the postgres user. */
function asOwner(bin: string, args: string[]): [string, string[]] {
  return isRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
}

async function startCluster(bin: string): Promise<Cluster> {
  const root = mkdtempSync(path.join(tmpdir(), 'anb-postgres-'));
  const data = path.join(root, 'data');
  if (isRoot) {
    const uid = Number(must('id', ['-u', 'postgres']).trim());
    const gid = Number(must('id', ['-g', 'postgres']).trim());
    chownSync(root, uid, gid);
  }
  let started = false;
  const cluster: Cluster = {
    root,
    port: 0,
    url: (db) => `postgres://postgres@127.0.0.1:${cluster.port}/${db}`,
    stop() {
      if (started) spawnSync(...asOwner(path.join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']), { stdio: 'ignore' });
      started = false;
      rmSync(root, { recursive: true, force: true });
    },
  };
  try {
    must(...asOwner(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-locale', '--no-sync']));
    cluster.port = await freePort();
    // A scratch server: durability is not the point, speed is.
    const options = `-p ${cluster.port} -h 127.0.0.1 -k ${root} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
    started = true;
    must(...asOwner(path.join(bin, 'pg_ctl'), ['-D', data, '-l', path.join(root, 'server.log'), '-o', options, '-w', '-t', '60', 'start']));
    const version = await query(cluster.url('postgres'), 'show server_version');
    console.log(`[test:postgres] PostgreSQL ${version.rows[0].server_version} on 127.0.0.1:${cluster.port}, data in ${data}`);
    return cluster;
  } catch (e) {
    const log = path.join(root, 'server.log');
    if (existsSync(log)) console.error(readFileSync(log, 'utf8'));
    cluster.stop();
    throw e;
  }
}

async function query(url: string, text: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await client.query(text);
  } finally {
    await client.end();
  }
}

// ---- (a) unit tests -----------------------------------------------------------------------

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

function unitTests(cluster: Cluster) {
  const report = path.join(cluster.root, 'vitest.json');
  const status = run('npx', ['vitest', 'run', ...DATABASE_TESTS, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
    env: { ...process.env, ANB_TEST_DATABASE_URL: cluster.url('anb_unit') },
  });
  let detail = `vitest exit ${status}`;
  let ok = status === 0;
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8')) as { numTotalTests: number; numPassedTests: number; numFailedTests: number; numPendingTests: number };
    detail = `${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped of ${r.numTotalTests} in ${DATABASE_TESTS.length} files`;
    // A skipped Postgres test means it did not see the server.
    ok &&= r.numFailedTests === 0 && r.numPendingTests === 0 && r.numPassedTests > 0;
  }
  record('(a) unit tests against Postgres', ok, detail);
}

// ---- (b) end-to-end -----------------------------------------------------------------------

async function e2eTests(cluster: Cluster) {
  if (run('npx', ['tsx', 'scripts/ensureChromium.ts']) !== 0) return record('(b) e2e suite on Postgres', false, 'no Chromium');
  if (forceBuild || !existsSync('.next/BUILD_ID')) {
    if (run('npx', ['next', 'build']) !== 0) return record('(b) e2e suite on Postgres', false, 'next build failed');
  }
  const report = path.join(cluster.root, 'playwright.json');
  const status = run('npx', ['playwright', 'test', '--reporter=list,json'], {
    env: { ...process.env, DATABASE_URL: cluster.url('anb_e2e'), E2E_PORT: String(await freePort()), PLAYWRIGHT_JSON_OUTPUT_NAME: report },
  });
  let detail = `playwright exit ${status}`;
  if (existsSync(report)) {
    const s = (JSON.parse(readFileSync(report, 'utf8')) as { stats: { expected: number; unexpected: number; flaky: number; skipped: number } }).stats;
    detail = `${s.expected} passed, ${s.unexpected} failed, ${s.flaky} flaky, ${s.skipped} skipped`;
  }
  // The app really ran on Postgres: it imported the dataset into the e2e database.
  const v = await query(cluster.url('anb_e2e'), 'select record_count from dataset_versions where is_current').catch(() => ({ rows: [] as { record_count: number }[] }));
  const imported = v.rows[0]?.record_count === 5138;
  record('(b) e2e suite on Postgres', status === 0 && imported, `${detail}; the e2e database ${imported ? 'holds' : 'does NOT hold'} the 5,138 records`);
}

// ---- (c) two instances, one database ------------------------------------------------------

interface Instance {
  name: string;
  base: string;
  child: ChildProcess;
}

function startInstance(name: string, port: number, databaseUrl: string): Instance {
  // Own process group: scripts/start.ts runs scripts/serve.ts as a child, and both must go at the end.
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
    env: { ...process.env, PORT: String(port), HOSTNAME: '127.0.0.1', DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  return { name, base: `http://127.0.0.1:${port}`, child };
}

async function stopInstance(i: Instance) {
  if (i.child.exitCode !== null || i.child.signalCode !== null) return;
  const exited = new Promise((r) => i.child.once('exit', r));
  try {
    process.kill(-i.child.pid!, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-i.child.pid!, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 10_000);
  await exited;
  clearTimeout(timer);
}

async function getJson(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function waitHealthy(i: Instance, timeoutMs: number) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (i.child.exitCode !== null) throw new Error(`instance ${i.name} exited with ${i.child.exitCode}`);
    const r = await getJson(`${i.base}/api/health`).catch(() => null);
    if (r?.status === 200) return r.body;
    await new Promise((res) => setTimeout(res, 500));
  }
  throw new Error(`instance ${i.name} at ${i.base} did not become healthy in ${timeoutMs / 1000} s`);
}

let instances: Instance[] = [];
const loadResults: LoadResult[] = [];

async function twoInstances(cluster: Cluster) {
  const url = cluster.url('anb_multi');
  const [pa, pb] = [await freePort(), await freePort()];
  // Started at the same moment: both find the database empty and import; the import's advisory lock
  // lets one write and the other find the version already there.
  instances = [startInstance('A', pa, url), startInstance('B', pb, url)];
  const [A, B] = instances;
  const [ha, hb] = await Promise.all([waitHealthy(A, 300_000), waitHealthy(B, 300_000)]);
  const lines = [`A on :${pa} and B on :${pb} healthy on ${ha.database}/${hb.database}, version ${String(ha.datasetVersion).slice(0, 12)}`];
  let ok = ha.database === 'postgres' && hb.database === 'postgres' && ha.datasetVersion === hb.datasetVersion;
  const versions = await query(url, 'select count(*)::int as n from dataset_versions');
  lines.push(`${versions.rows[0].n} dataset version row(s) after the simultaneous start`);
  ok &&= versions.rows[0].n === 1;

  // One instance under load, on the full dataset, before the write below replaces it.
  if (!existsSync('.next/BUILD_ID')) throw new Error('no production build');
  for (const p of ['/api/v1/stats', '/api/v1/architectures?limit=50&sort=throughput_a100&order=desc']) {
    console.log(`[test:postgres] load: ${p}, 50 connections, 10 s, instance A`);
    const r = await load(A.base, p, 50, 10);
    loadResults.push(r);
    lines.push(`load ${p}: ${r.requestsPerSecond.mean.toFixed(0)} req/s mean (median ${r.requestsPerSecond.median}), p50 ${r.latencyMs.p50} ms, p99 ${r.latencyMs.p99} ms, errors ${r.errors}, non-2xx ${r.non2xx}`);
    ok &&= r.errors === 0 && r.non2xx === 0;
  }

  // Write through one side, read through the other: a new dataset version imported by the CLI
  // (a separate process on A's side), then B must serve it: its snapshot cache checks the version per request.
  const before = await getJson(`${B.base}/api/v1/stats`);
  ok &&= before.body.records === 5138;
  const copy = path.join(cluster.root, 'copy-40');
  await writeDatasetCopy(DATA, copy, { records: 40 });
  const imported = run('npm', ['run', '--silent', 'import', '--', '--data', copy], { env: { ...process.env, DATABASE_URL: url } });
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
  record('(c) two app instances on one Postgres', ok, lines.join('\n  '));
}

// ---- main ---------------------------------------------------------------------------------

let cluster: Cluster | null = null;

async function cleanUp() {
  await Promise.all(instances.map(stopInstance));
  instances = [];
  cluster?.stop();
  cluster = null;
}

for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    console.error(`\n[test:postgres] ${sig}: stopping the app instances and the cluster…`);
    void cleanUp().finally(() => process.exit(130));
  });
}

async function main(): Promise<number> {
  const t0 = performance.now();
  try {
    const bin = ensurePostgres();
    cluster = await startCluster(bin);
    for (const db of ['anb_unit', 'anb_e2e', 'anb_multi']) await query(cluster.url('postgres'), `create database ${db}`);
    for (const [name, step] of [
      ['(a) unit tests against Postgres', unitTests],
      ['(b) e2e suite on Postgres', e2eTests],
      ['(c) two app instances on one Postgres', twoInstances],
    ] as const) {
      try {
        await step(cluster);
      } catch (e) {
        record(name, false, (e as Error).message);
      }
    }
  } catch (e) {
    record('Postgres cluster', false, (e as Error).message);
  } finally {
    await cleanUp();
  }
  console.log(`\n[test:postgres] summary (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
  for (const s of steps) console.log(`  ${s.ok ? 'PASS' : 'FAIL'}  ${s.name}\n        ${s.detail.replace(/\n/g, '\n      ')}`);
  const failed = steps.filter((s) => !s.ok).length;
  console.log(`\n${steps.length - failed} passed, ${failed} failed`);
  return failed === 0 && steps.length > 0 ? 0 : 1;
}

process.exitCode = await main();
