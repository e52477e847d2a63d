// `npm run test:soak [-- --seconds 60 --connections 200 --timeout 10 --warm-up 60]`: the production
// server under a steady mix of API, tRPC, page and static-file requests (autocannon from this process
// to 127.0.0.1 only), on its own PGlite folder, or on Postgres when DATABASE_URL is set. Passes when no
// request failed or answered non-2xx (warm-up included) and the server's resident memory levelled off:
// after the warm-up, the median RSS of the last third of the sampled window is within the slack of
// the first third's. Exit 1 otherwise.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import autocannon from 'autocannon';
import { memoryLevelled, rssMb } from './scale/memoryFlat';
import { freePort } from './process/freePort';
import { productionServerArgs, productionServerEnv, SERVER_BUNDLE } from './process/productionServer';
import { waitHealthy } from './process/waitHealthy';
import { routeLatency } from './soak/routeLatency';
import { SOAK_PATHS, staticChunk } from './soak/soakPaths';

process.env.NEXT_TELEMETRY_DISABLED = '1';

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < (name === 'port' ? 0 : 1) || v > (name === 'port' ? 65535 : Number.MAX_SAFE_INTEGER)) {
    console.error(
      `--${name} must be a positive integer (--port 0–65535); usage: npm run test:soak -- [--seconds 60] [--connections 200] [--timeout 10] [--warm-up 60] [--port 0]`,
    );
    process.exit(2);
  }
  return v;
}
const SECONDS = option('seconds', 60);
const CONNECTIONS = option('connections', 200);
/**
 * Seconds before autocannon counts a request as failed (autocannon's own default). At 200 connections
 * on a two-core machine requests queue (mean latency = connections / throughput, ~0.3 s here); before
 * the turn scheduler (server/http/turnScheduler.ts) the first requests of a connection burst waited up
 * to 25 s to be accepted, and a 30 s timeout was needed.
 */
const TIMEOUT = option('timeout', 10);
/**
 * Seconds of full load before RSS sampling starts, so the heap has grown to its working size: V8 grows
 * it in steps, and on Postgres RSS rose from 260 to ~480 MB over the first ~70 s, then stayed flat
 * for the next 110 s of a 180 s run. Measured from a cold start, that ramp would read as a leak.
 */
const WARM_UP_S = option('warm-up', 60);
/** Port of the server under test; 0 (the default) picks a free one. */
const PORT = option('port', 0);
const SAMPLE_MS = 3000;

/** Processes whose parent is `pid`, from /proc. */
function childPids(pid: number): number[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((name) => {
      try {
        // The command name in parentheses may hold spaces: the fields after its closing ')' are fixed.
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid;
      } catch {
        return false; // gone meanwhile
      }
    })
    .map(Number);
}

const cmdline = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ').trim();

async function main(): Promise<number> {
  if (!existsSync(SERVER_BUNDLE) || !existsSync('.next/BUILD_ID')) {
    console.log('No production build: running `npm run build` first…');
    if (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status !== 0) return 1;
  }
  const port = PORT || (await freePort());
  const base = `http://127.0.0.1:${port}`;
  // Own database folder and process group. The compiled server, one process, as `npm start` runs it.
  const child = spawn(process.execPath, productionServerArgs(), {
    env: productionServerEnv({ PORT: String(port), HOSTNAME: '127.0.0.1', ANB_DB_DIR: 'build/soak-pglite' }),
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('SIGINT', () => (stop(), process.exit(130)));
  try {
    const health = await waitHealthy(base, { name: 'the server', child, timeoutMs: 300_000 });
    const pid = child.pid!;
    // DATABASE_URL in the environment wins over the PGlite folder: the same soak runs on Postgres.
    const serverCommand = cmdline(pid);
    console.log(`[soak] server pid ${pid}: ${serverCommand}, database ${health.database}`);
    // #14: production is the compiled bundle in one process, no TypeScript loader, no child server.
    const compiledAlone = serverCommand.includes(SERVER_BUNDLE) && !/\btsx\b/.test(serverCommand) && childPids(pid).length === 0;
    const paths = [...SOAK_PATHS, ...staticChunk()];
    const requests = paths.map((path) => ({ method: 'GET' as const, path }));
    // One autocannon run for warm-up and measurement: the same 200 connections throughout. Two runs
    // opened 200 new connections when sampling began, and their buffers showed up as RSS steps of up
    // to ~90 MB in the first seconds of the measured window (read as growth by the check below).
    const loadBefore = loadavg()[0];
    const samples: { t: number; rssMb: number }[] = [];
    const t0 = Date.now();
    const sample = () => {
      const t = (Date.now() - t0) / 1000 - WARM_UP_S;
      if (t >= 0) samples.push({ t: Math.round(t), rssMb: rssMb(pid) });
    };
    const timer = setInterval(sample, SAMPLE_MS);
    console.log(
      `[soak] ${WARM_UP_S} s warm-up then ${SECONDS} s sampled, ${CONNECTIONS} connections (the same ones throughout), ${paths.length} routes round-robin per connection:\n  ${paths.join('\n  ')}`,
    );
    const byRoute = routeLatency();
    const r = await autocannon({
      url: base,
      connections: CONNECTIONS,
      duration: WARM_UP_S + SECONDS,
      timeout: TIMEOUT,
      requests,
      setupClient: byRoute.setupClient,
    });
    clearInterval(timer);
    sample();

    const { first, last, allowed, ok: levelled } = memoryLevelled(samples.map((s) => ({ atMs: s.t * 1000, mb: s.rssMb })));
    // autocannon's errors include its timeouts.
    const errors = r.errors;
    const healthy = await fetch(`${base}/api/health`).then(
      (x) => x.ok,
      () => false,
    );
    console.log(
      `\n[soak] ${r.requests.total.toLocaleString('en-US')} requests in ${WARM_UP_S + SECONDS} s (warm-up included): ${r.requests.average.toFixed(0)} req/s mean (median ${r.requests.p50}, min ${r.requests.min}, max ${r.requests.max})`,
    );
    console.log(`[soak] latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, max ${r.latency.max} ms; by route:`);
    console.log(byRoute.report());
    // 503s are the scheduler shedding overload (server/http/turnScheduler.ts); any other non-2xx is a fault.
    const statusCounts = (r as unknown as { statusCodeStats?: Record<string, { count: number }> }).statusCodeStats ?? {};
    const shed = statusCounts['503']?.count ?? 0;
    console.log(
      `[soak] served ${(r.requests.total - shed - r.errors).toLocaleString('en-US')}, shed (503 overloaded) ${shed}; errors ${r.errors} (of which timeouts > ${TIMEOUT} s: ${r.timeouts}), other non-2xx ${r.non2xx - shed}; healthy afterwards: ${healthy}`,
    );
    console.log(
      `[soak] machine: ${cpus().length} CPUs, load average ${loadBefore.toFixed(1)} before the run, ${loadavg()[0].toFixed(1)} after (this process and the server included)`,
    );
    console.log(`[soak] RSS (MB) every ${SAMPLE_MS / 1000} s: ${samples.map((s) => `${s.t}s ${s.rssMb.toFixed(0)}`).join(', ')}`);
    console.log(
      `[soak] RSS median first third ${first.toFixed(0)} MB, last third ${last.toFixed(0)} MB (growth ${(last - first).toFixed(0)} MB, allowed ${allowed.toFixed(0)} MB)`,
    );

    const checks: [string, boolean][] = [
      // The warm-up counts too: its 200 connections arrive in one burst on an idle server.
      ['no errors or timeouts (warm-up included)', errors === 0],
      ['no non-2xx responses (warm-up included; the load stays under the shedding bound)', r.non2xx === 0],
      ['RSS levelled off', levelled],
      ['healthy afterwards', healthy],
      [`the server is one node process running ${SERVER_BUNDLE} (no tsx, no child process)`, compiledAlone],
    ];
    for (const [name, ok] of checks) console.log(`  ${ok ? 'PASS' : 'FAIL'}  ${name}`);
    const failed = checks.filter(([, ok]) => !ok).length;
    console.log(`\n${checks.length - failed} passed, ${failed} failed`);
    return failed === 0 ? 0 : 1;
  } finally {
    stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`[soak] ${(e as Error).message}`);
    process.exit(1);
  },
);
