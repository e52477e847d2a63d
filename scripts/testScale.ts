// `npm run test:scale [-- --ports N] [--connections 200] [--warm-up 60] [--warm-up-requests 25000] [--steady 60] [--tail 20]`: ANB
// Explorer as deployed for many users, under faults. A throwaway PostgreSQL cluster, two instances of the
// production bundle on it, nginx on loopback with the committed rules (deploy/nginx, on plain HTTP), then
// the soak's request mix THROUGH nginx while: one instance is SIGKILLed and restarted 10 s later;
// PostgreSQL is stopped and started again 10 s later; a new dataset version is imported with the CLI.
// Prints the numbers, writes build/test-scale.json ({ requests, failed, shed, faults: [...] }), exit 1
// when a goal is broken. Needs `npm run build`, `npm run postgres:install` and `npm run nginx:install`.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { quantile } from '@/core/metrics/quantile';
import { writeDatasetCopy } from '@/server/import/writeDatasetCopy';
import { findPostgresBin } from './postgres/findPostgresBin';
import { startCluster, type Cluster } from './postgres/startCluster';
import { startInstance, stopInstance, type AppInstance } from './process/appInstance';
import { freePort } from './process/freePort';
import { SERVER_BUNDLE } from './process/productionServer';
import { waitHealthy } from './process/waitHealthy';
import { parseAccessLog, servedBy } from './scale/accessLog';
import { importFault, killInstanceFault, restartPostgresFault, sleep } from './scale/faults';
import { findNginx, hasBrotliModule } from './scale/findNginx';
import { startLoad } from './scale/loadClients';
import { memoryLevelled, rssMb, type RssSample } from './scale/memoryFlat';
import { writeNginxConfig } from './scale/nginxConfig';
import { startNginx, type NginxProcess } from './scale/nginxProcess';
import { productionConfigCheck } from './scale/productionConfigCheck';
import { requestRecorder } from './scale/requestRecorder';
import { scaleSummary, type FaultWindow } from './scale/scaleSummary';
import { SOAK_PATHS, staticChunk } from './soak/soakPaths';

process.env.NEXT_TELEMETRY_DISABLED = '1';
const USAGE =
  'usage: npm run test:scale -- [--ports N] [--connections 200] [--warm-up 60] [--warm-up-requests 25000] [--steady 60] [--tail 20] [--timeout 10]';

function option(name: string, fallback: number, min: number, max: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < min || v > max) {
    console.error(`--${name} must be an integer from ${min} to ${max}, not ${process.argv[i + 1]}; ${USAGE}`);
    process.exit(2);
  }
  return v;
}
/** First of four consecutive ports (instances A and B, PostgreSQL, nginx); 0: any free ones. */
const PORTS = option('ports', 0, 0, 65532);
const CONNECTIONS = option('connections', 200, 1, 10_000);
/**
 * Load before the memory window, so V8 has grown each heap to its working size: at least this many
 * seconds and this many requests through nginx (at most 240 s more). By requests because the heap grows
 * with the work served, not the time: on the quiet machine RSS climbed for the first ~20,000 requests
 * (~60 s at ~330 req/s), and under a load average of 7 (~190 req/s) it was still climbing at 60 s.
 */
const WARM_UP_S = option('warm-up', 60, 0, 600);
const WARM_UP_REQUESTS = option('warm-up-requests', 25_000, 0, 10_000_000);
/**
 * Seconds of steady load (both instances up) before the faults: the memory window, checked as the soak
 * checks it (the median RSS of its last third within max(48 MB, 15%) of its first third's), per instance.
 * Only before the faults: the kill doubles the surviving instance's load (its RSS rose 460 → 628 MB across
 * it in one run) and the import loads a second dataset snapshot, so windows on either side of a fault
 * compare different working sets, not a leak.
 */
const STEADY_S = option('steady', 60, 9, 600);
/** Seconds of both instances up after the faults (the new version must reach every later request). */
const TAIL_S = option('tail', 20, 3, 600);
const TIMEOUT_S = option('timeout', 10, 1, 120);
const DATA = path.resolve('../shared/accel-nasbench');
const SOAK_CODE = '/api/v1/architectures/6310-4520-6330-6530-6520-1320-1320';

let nextPort = PORTS;
const port = () => freePort(nextPort ? nextPort++ : 0);
const cleanUps: (() => Promise<void> | void)[] = [];
async function cleanUp() {
  for (const stop of cleanUps.splice(0).reverse()) await stop();
}
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => void cleanUp().finally(() => process.exit(130)));
// A throw in a load-generator callback must not leave the instances, nginx and the cluster running.
process.on('uncaughtException', (e) => {
  console.error('[test:scale]', e);
  void cleanUp().finally(() => process.exit(1));
});

function prerequisites(): string[] {
  const missing: string[] = [];
  if (!existsSync(SERVER_BUNDLE) || !existsSync('.next/BUILD_ID')) missing.push('the production build: run `npm run build`');
  if (!findPostgresBin()) missing.push("PostgreSQL's server binaries: run `npm run postgres:install` (as root)");
  if (!findNginx() || !hasBrotliModule()) missing.push('nginx and its brotli module: run `npm run nginx:install` (as root)');
  if (!existsSync(DATA)) missing.push(`the dataset at ${DATA}`);
  return missing;
}

async function main(): Promise<number> {
  const missing = prerequisites();
  if (missing.length > 0) {
    console.error(`[test:scale] missing ${missing.join('; ')}.`);
    return 1;
  }
  const t0 = Date.now();
  const root = mkdtempSync(path.join(tmpdir(), 'anb-scale-'));
  cleanUps.push(() => rmSync(root, { recursive: true, force: true }));
  const checks: [string, boolean][] = [];
  const say = (s: string) => console.log(`[test:scale] ${((Date.now() - t0) / 1000).toFixed(0).padStart(3)} s  ${s}`);

  mkdirSync(path.join(root, 'production'));
  const production = productionConfigCheck(path.join(root, 'production'));
  checks.push([production.detail, production.ok]);

  const [pa, pb, pp, pn] = [await port(), await port(), await port(), await port()];
  const cluster: Cluster = await startCluster(findPostgresBin()!, pp);
  cleanUps.push(() => cluster.stop());
  await cluster.query('postgres', 'create database anb_scale');
  const databaseUrl = cluster.url('anb_scale');
  // nginx connects from 127.0.0.1: the instances believe its X-Forwarded-For (server/http/clientAddress.ts).
  const env = { DATABASE_URL: databaseUrl, ANB_TRUSTED_PROXIES: '127.0.0.1' };
  const instances: AppInstance[] = [startInstance('A', pa, env), startInstance('B', pb, env)];
  cleanUps.push(() => Promise.all(instances.map(stopInstance)).then(() => undefined));
  await Promise.all(instances.map((i) => waitHealthy(i.base, { name: `instance ${i.name}`, child: i.child, timeoutMs: 300_000 })));
  say(`instances A (:${pa}) and B (:${pb}) healthy on PostgreSQL :${pp}`);

  const nginxDir = path.join(root, 'nginx');
  const files = writeNginxConfig({ dir: nginxDir, port: pn, upstreams: instances.map((i) => `127.0.0.1:${i.port}`) });
  const nginx: NginxProcess = await startNginx(files.conf, pn);
  cleanUps.push(() => nginx.stop());
  say(`nginx on 127.0.0.1:${pn} (config ${files.conf}, rules from deploy/nginx)`);

  // The new dataset version, written before the load starts: every record but the last file's, keeping
  // the one the soak requests by code, so every route still answers 200 after the import.
  const before = (await (await fetch(`${instances[0].base}/api/v1/stats`)).json()) as { records: number };
  const soakRecords = ((await (await fetch(`${instances[0].base}${SOAK_CODE}`)).json()) as { records: { file: string }[] }).records.map(
    (r) => r.file,
  );
  const copyDir = path.join(root, 'dataset-copy');
  const copied = await writeDatasetCopy(DATA, copyDir, { records: before.records - 1 });
  checks.push([
    `the new version (${copied.length} records) keeps ${soakRecords.join(', ')}, requested by the soak`,
    soakRecords.length > 0 && soakRecords.every((f) => copied.includes(f)),
  ]);

  const paths = [...SOAK_PATHS, ...staticChunk()];
  // One request per route on each instance first, as a deployment's smoke check would: the first render
  // of a page or a memoised statistic costs seconds of CPU, and 100 connections arriving at once on a
  // cold instance timed out 50 requests (> 10 s) in a run on this 2-core machine at load average 9.
  await Promise.all(
    instances.map(async (i) => {
      for (const p of paths) await fetch(`${i.base}${p}`, { signal: AbortSignal.timeout(60_000) }).then((r) => r.arrayBuffer());
    }),
  );
  const recorder = requestRecorder();
  // Both instances' RSS every 3 s, by name (B's process changes at the kill; only the steady window is checked).
  const rss: Record<string, RssSample[]> = { A: [], B: [] };
  const sampler = setInterval(() => {
    for (const i of instances) rss[i.name].push({ atMs: Date.now(), mb: rssMb(i.child.pid!) });
  }, 3000);
  say(`soak through nginx: ${CONNECTIONS} connections, ${paths.length} routes round-robin, ${TIMEOUT_S} s timeout`);
  const load = startLoad({ origin: nginx.base, connections: CONNECTIONS, paths, timeoutMs: TIMEOUT_S * 1000, recorder });
  const loadFromMs = Date.now();

  await sleep(WARM_UP_S * 1000);
  const warmUpCap = Date.now() + 240_000;
  while (recorder.events.length < WARM_UP_REQUESTS && Date.now() < warmUpCap) await sleep(1000);
  say(`warm-up done: ${recorder.events.length.toLocaleString('en-US')} requests; ${STEADY_S} s of steady load for the memory check`);
  const steady: [number, number] = [Date.now(), Date.now() + STEADY_S * 1000];
  await sleep(STEADY_S * 1000);

  say('fault 1: SIGKILL instance B, restart it 10 s later');
  const kill = await killInstanceFault(instances[1], env);
  instances[1] = kill.restarted;
  say(`B healthy again; waiting out nginx's fail_timeout`);
  await sleep(Math.max(0, kill.window.toMs - Date.now()) + 2000);

  say('fault 2: stop PostgreSQL, start it 10 s later');
  const postgres = await restartPostgresFault(cluster, instances);
  say('instances reconnected');
  await sleep(Math.max(0, postgres.window.toMs - Date.now()) + 2000);

  say(`fault 3: npm run import of a new dataset version (${copied.length} records)`);
  const imported = await importFault(instances, copyDir, copied.length, databaseUrl);
  await sleep(2000);
  await sleep(TAIL_S * 1000);
  const sent = await load.stop();
  clearInterval(sampler);
  const latencies = recorder.events.map((e) => e.endMs - e.startMs).sort((a, b) => a - b);
  const pct = (q: number) => (latencies.length ? quantile(latencies, q).toFixed(0) : '–');
  say(
    `soak done: ${recorder.events.length.toLocaleString('en-US')} requests, ${(recorder.events.length / ((Date.now() - loadFromMs) / 1000)).toFixed(0)} req/s mean, p50 ${pct(0.5)} ms, p99 ${pct(0.99)} ms, max ${latencies.at(-1) ?? '–'} ms`,
  );

  const log = parseAccessLog(readFileSync(files.accessLog, 'utf8'));
  const windows: FaultWindow[] = [kill.window, postgres.window, imported.window];
  const bAddress = `127.0.0.1:${instances[1].port}`;
  const byRestarted = log.entries.filter((e) => e.atMs > kill.readyAtMs && servedBy(e) === bAddress).length;
  const cut = log.entries.filter(
    (e) =>
      e.atMs >= kill.window.fromMs &&
      e.atMs <= kill.window.toMs &&
      e.upstreams.some((u, k) => u === bAddress && e.upstreamStatuses[k] === null),
  ).length;
  kill.window.details = { ...kill.window.details, triesOnKilledWithoutAnswer: cut, servedByRestarted: byRestarted };
  const { result, goals } = scaleSummary(recorder.events, log.entries, windows);
  const staleAfter = recorder.events.filter(
    (e) => e.stats && e.startMs > imported.convergedAtMs && e.stats.version === imported.before,
  ).length;
  const memory = (['A', 'B'] as const).map((name) => ({ name, ...memoryLevelled(rss[name], steady) }));
  // nginx's own record, kept for reading after a failed run (build/ is not committed).
  mkdirSync('build/test-scale-nginx', { recursive: true });
  for (const f of [files.accessLog, files.errorLog])
    if (existsSync(f)) copyFileSync(f, path.join('build/test-scale-nginx', path.basename(f)));
  for (const name of ['A', 'B'])
    console.log(
      `[test:scale] instance ${name}'s RSS (MB) every 3 s: ${rss[name].map((r) => `${((r.atMs - t0) / 1000).toFixed(0)}s ${r.mb.toFixed(0)}`).join(', ')}`,
    );

  checks.push(
    ...goals,
    ...kill.checks,
    [`the restarted instance B took traffic again (nginx sent it ${byRestarted} requests after it was healthy)`, byRestarted > 0],
    ...postgres.checks,
    ...imported.checks,
    [`no request sent after every instance served the new version got the old one (${staleAfter})`, staleAfter === 0],
    ...memory.map((m): [string, boolean] => [
      `instance ${m.name}'s memory levelled off in the ${STEADY_S} s before the faults: median RSS ${m.first.toFixed(0)} MB in its first third, ${m.last.toFixed(0)} MB in its last (allowed growth ${m.allowed.toFixed(0)} MB, ${m.samples} samples)`,
      m.ok,
    ]),
    [
      `nginx's access log is in the anb format (${log.skipped} other lines; ${log.entries.length} requests)`,
      log.skipped === 0 && log.entries.length > 0,
    ],
    [`every request sent got an outcome (${sent} sent, ${recorder.events.length} recorded)`, sent === recorder.events.length],
  );

  mkdirSync('build', { recursive: true });
  writeFileSync('build/test-scale.json', `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\n[test:scale] build/test-scale.json:\n${JSON.stringify(result, null, 2)}\n`);
  for (const [name, ok] of checks) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${name}`);
  const failed = checks.filter(([, ok]) => !ok).length;
  console.log(`\n${checks.length - failed} passed, ${failed} failed (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
  return failed === 0 ? 0 : 1;
}

main()
  .catch((e) => {
    console.error(`[test:scale] ${(e as Error).stack ?? e}`);
    return 1;
  })
  .then(async (code) => {
    await cleanUp();
    process.exit(code);
  });
