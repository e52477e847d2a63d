// `npm run test:postgres [-- --build] [--ports N]`: the app on a real PostgreSQL server. Starts a
// throw-away cluster on 127.0.0.1 (scripts/postgres/startCluster.ts) with Debian's server binaries
// (`npm run postgres:install` installs them; this script installs nothing) and runs against it:
// (a) the unit tests that talk to a database, (b) the end-to-end suite with the app itself on Postgres,
// (c) two app instances sharing the one database (scripts/postgres/*OnPostgres.ts). The cluster and
// whatever a check started are stopped at the end, also on failure or Ctrl-C. Exit 1 on any failure.
import { findPostgresBin } from './postgres/findPostgresBin';
import { e2eOnPostgres } from './postgres/e2eOnPostgres';
import type { PostgresCheck, PostgresCheckContext } from './postgres/postgresCheck';
import { startCluster } from './postgres/startCluster';
import { twoInstancesOnPostgres } from './postgres/twoInstancesOnPostgres';
import { unitTestsOnPostgres } from './postgres/unitTestsOnPostgres';
import { freePort } from './process/freePort';

process.env.NEXT_TELEMETRY_DISABLED = '1';
const forceBuild = process.argv.includes('--build');

/**
 * `--ports N`: take the ports (cluster, e2e server, two instances) from N, N+1, … (each checked free)
 * instead of letting the OS pick, for machines where only a range of ports may be used.
 */
const portsAt = process.argv.indexOf('--ports');
let nextPort = portsAt >= 0 ? Number(process.argv[portsAt + 1]) : 0;
if (portsAt >= 0 && !(Number.isInteger(nextPort) && nextPort >= 1024 && nextPort <= 65531)) {
  console.error(
    '--ports must be a port number from 1024 to 65531 (the first of four consecutive ports); usage: npm run test:postgres -- [--build] [--ports 3290]',
  );
  process.exit(2);
}
const port = () => freePort(nextPort ? nextPort++ : 0);

const CHECKS: [string, PostgresCheck][] = [
  ['(a) unit tests against Postgres', unitTestsOnPostgres],
  ['(b) the database e2e journeys on Postgres', (ctx) => e2eOnPostgres(ctx, { build: forceBuild })],
  ['(c) two app instances on one Postgres', twoInstancesOnPostgres],
];

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

/** Run last first: the checks' app instances before the cluster they use. */
let cleanUps: (() => Promise<void> | void)[] = [];

async function cleanUp() {
  const pending = cleanUps.reverse();
  cleanUps = [];
  for (const stop of pending) await stop();
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
    const bin = findPostgresBin();
    if (!bin)
      throw new Error(
        "PostgreSQL's server binaries were not found in /usr/lib/postgresql/*/bin: run `npm run postgres:install` (as root), or `sudo apt-get install -y postgresql`.",
      );
    const cluster = await startCluster(bin, await port());
    cleanUps.push(() => cluster.stop());
    const ctx: PostgresCheckContext = { cluster, port, onCleanUp: (stop) => cleanUps.push(stop) };
    for (const [name, check] of CHECKS) {
      try {
        const { ok, detail } = await check(ctx);
        record(name, ok, detail);
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
