// The HTTP server under load (autocannon, from this process to 127.0.0.1 only): REST, tRPC and a
// static file served by the same server as the ceiling, at 50 and 200 connections.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import autocannon from 'autocannon';
import { productionServerArgs, productionServerEnv } from '@/scripts/process/productionServer';
import { waitHealthy } from '@/scripts/process/waitHealthy';

export interface LoadResult {
  path: string;
  connections: number;
  seconds: number;
  /** Distribution of the per-second request counts over the run. */
  requestsPerSecond: { median: number; mean: number; p2_5: number; p97_5: number; min: number; max: number };
  latencyMs: { p50: number; p99: number };
  errors: number;
  non2xx: number;
  /**
   * The server process's CPU time (user + system) per request answered, in ms: unlike requests/s it
   * hardly depends on what else the shared machine runs. Null where /proc is missing (not Linux).
   */
  serverCpuMsPerRequest?: number | null;
  /** The 1-minute load average at the end of the row (2 cores: above 2 means other work competed). */
  loadAverage?: number;
}

/** CPU time (user + system) of process `pid` in ms, from /proc (clock ticks of 10 ms); null off Linux. */
function cpuMs(pid: number | undefined): number | null {
  try {
    // Fields after the command name (which may hold spaces, so split after its closing parenthesis).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

export async function startServer(port: number, env: Record<string, string> = {}): Promise<{ base: string; child: ChildProcess }> {
  const child = spawn(process.execPath, productionServerArgs(), {
    env: productionServerEnv({ PORT: String(port), HOSTNAME: '127.0.0.1', ANB_DB_DIR: 'build/bench-pglite', ...env }),
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  await waitHealthy(base, { name: 'the server', child, timeoutMs: 300_000 });
  return { base, child };
}

export async function load(base: string, path: string, connections: number, seconds: number, serverPid?: number): Promise<LoadResult> {
  const cpu0 = cpuMs(serverPid);
  const r = await autocannon({ url: `${base}${path}`, connections, duration: seconds, pipelining: 1 });
  const cpu1 = cpuMs(serverPid);
  const rq = r.requests;
  return {
    path,
    connections,
    seconds,
    requestsPerSecond: { median: rq.p50, mean: rq.average, p2_5: rq.p2_5, p97_5: rq.p97_5, min: rq.min, max: rq.max },
    latencyMs: { p50: r.latency.p50, p99: r.latency.p99 },
    errors: r.errors + r.timeouts,
    non2xx: r.non2xx,
    serverCpuMsPerRequest: cpu0 !== null && cpu1 !== null && rq.total > 0 ? (cpu1 - cpu0) / rq.total : null,
    loadAverage: os.loadavg()[0],
  };
}
