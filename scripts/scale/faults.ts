// The three faults test:scale injects while its soak runs through nginx, each returning when it began
// and ended (a FaultWindow for scaleSummary.ts) and the checks only a live probe can make.
import { spawn } from 'node:child_process';
import type { Cluster } from '../postgres/startCluster';
import { killInstance, startInstance, type AppInstance } from '../process/appInstance';
import { waitHealthy } from '../process/waitHealthy';
import { hasStackTrace } from './requestRecorder';
import type { FaultWindow } from './scaleSummary';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** nginx keeps an instance that failed max_fails times out of rotation this long (deploy/nginx/nginx.conf). */
export const FAIL_TIMEOUT_MS = 10_000;

export interface FaultRun {
  window: FaultWindow;
  checks: [string, boolean][];
}

async function health(i: AppInstance): Promise<{ status: number; body: string; retryAfter: boolean }> {
  try {
    const res = await fetch(`${i.base}/api/health`, { signal: AbortSignal.timeout(5000) });
    return { status: res.status, body: await res.text(), retryAfter: res.headers.has('retry-after') };
  } catch {
    return { status: 0, body: '', retryAfter: false };
  }
}

/**
 * SIGKILL `victim` (its whole process group), start it again on the same port `downMs` later and wait
 * until it is healthy. Returns the replacement instance too.
 */
export async function killInstanceFault(
  victim: AppInstance,
  env: Record<string, string>,
  downMs = 10_000,
): Promise<FaultRun & { restarted: AppInstance; readyAtMs: number }> {
  const fromMs = Date.now();
  await killInstance(victim);
  await sleep(downMs);
  const restartAtMs = Date.now();
  const restarted = startInstance(victim.name, victim.port, env);
  let ready = true;
  try {
    await waitHealthy(restarted.base, { name: `instance ${victim.name} (restarted)`, child: restarted.child, timeoutMs: 120_000 });
  } catch {
    ready = false;
  }
  const readyAtMs = Date.now();
  // nginx may still hold the instance out of rotation for fail_timeout after its last failed try.
  const toMs = readyAtMs + FAIL_TIMEOUT_MS;
  return {
    restarted,
    readyAtMs,
    window: {
      fault: 'kill-instance',
      fromMs,
      toMs,
      details: { instance: victim.name, downS: (restartAtMs - fromMs) / 1000, readyAfterRestartS: (readyAtMs - restartAtMs) / 1000 },
    },
    checks: [
      [`the killed instance ${victim.name} was healthy again ${((readyAtMs - restartAtMs) / 1000).toFixed(1)} s after its restart`, ready],
    ],
  };
}

/**
 * Stops PostgreSQL (fast shutdown: every connection cut), starts it `downMs` later on the same data, and
 * watches the instances' /api/health throughout: 503 (with Retry-After, no stack trace) while it is down,
 * 200 again by themselves afterwards, the same processes.
 */
export async function restartPostgresFault(cluster: Cluster, instances: AppInstance[], downMs = 10_000): Promise<FaultRun> {
  const pids = instances.map((i) => i.child.pid);
  const fromMs = Date.now();
  await cluster.halt();
  const seen = new Map(instances.map((i) => [i.name, { unavailable: 0, badBodies: 0, other: 0 }]));
  while (Date.now() - fromMs < downMs) {
    for (const i of instances) {
      const h = await health(i);
      const s = seen.get(i.name)!;
      if (h.status === 503 && h.retryAfter) s.unavailable++;
      else s.other++;
      if (hasStackTrace(h.body)) s.badBodies++;
    }
    await sleep(250);
  }
  const resumeAtMs = Date.now();
  await cluster.resume();
  const back = new Map<string, number>();
  while (back.size < instances.length && Date.now() - resumeAtMs < 30_000) {
    for (const i of instances) if (!back.has(i.name) && (await health(i)).status === 200) back.set(i.name, Date.now() - resumeAtMs);
    await sleep(100);
  }
  const reconnectedAtMs = Date.now();
  const same = instances.every((i, k) => i.child.pid === pids[k] && i.child.exitCode === null && i.child.signalCode === null);
  const health503 = Object.fromEntries([...seen].map(([name, s]) => [name, s.unavailable]));
  return {
    window: {
      fault: 'restart-postgres',
      fromMs,
      // A few seconds for requests sent just before the instances were healthy again.
      toMs: reconnectedAtMs + 3000,
      details: {
        downS: (resumeAtMs - fromMs) / 1000,
        health503,
        reconnectedAfterS: Object.fromEntries([...back].map(([n, ms]) => [n, ms / 1000])),
        restarted: same ? 0 : instances.length,
      },
    },
    checks: [
      [
        `/api/health answered 503 with Retry-After on every instance while PostgreSQL was down (${JSON.stringify(Object.fromEntries(seen))})`,
        [...seen.values()].every((s) => s.unavailable > 0 && s.other === 0 && s.badBodies === 0),
      ],
      [
        `every instance reconnected by itself (healthy again after ${JSON.stringify(Object.fromEntries(back))} ms)`,
        back.size === instances.length,
      ],
      ['no instance was restarted (same processes before and after)', same],
    ],
  };
}

interface Stats {
  version: string;
  records: number;
}

async function stats(i: AppInstance): Promise<Stats | null> {
  const res = await fetch(`${i.base}/api/v1/stats`, { signal: AbortSignal.timeout(5000) }).catch(() => null);
  return res?.ok ? ((await res.json()) as Stats) : null;
}

/** `npm run import -- --data DIR` as a separate process (not blocking this one's load generator). */
function runImport(dir: string, databaseUrl: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', 'import', '--', '--data', dir], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

/**
 * Imports a new dataset version (the CLI, on the side of no instance in particular) and waits until every
 * instance serves it. Returns when that happened, for the check that nothing old was served after.
 */
export async function importFault(
  instances: AppInstance[],
  copyDir: string,
  expectedRecords: number,
  databaseUrl: string,
): Promise<FaultRun & { before: string; after: string | null; convergedAtMs: number }> {
  const before = (await stats(instances[0]))?.version ?? '?';
  const fromMs = Date.now();
  const exit = await runImport(copyDir, databaseUrl);
  const importedAtMs = Date.now();
  let now: (Stats | null)[] = [];
  while (Date.now() - importedAtMs < 15_000) {
    now = await Promise.all(instances.map(stats));
    if (now.every((s) => s && s.version !== before)) break;
    await sleep(50);
  }
  const convergedAtMs = Date.now();
  const after = now[0]?.version ?? null;
  const served = now.every((s) => s && s.version === after && s.version !== before && s.records === expectedRecords);
  return {
    before,
    after,
    convergedAtMs,
    window: {
      fault: 'import',
      fromMs,
      toMs: convergedAtMs + 2000,
      details: {
        records: expectedRecords,
        versionBefore: before.slice(0, 12),
        versionAfter: (after ?? '?').slice(0, 12),
        importS: (importedAtMs - fromMs) / 1000,
        allServingAfterMs: convergedAtMs - importedAtMs,
      },
    },
    checks: [
      [`npm run import of the new version exited 0 (${exit}) in ${((importedAtMs - fromMs) / 1000).toFixed(1)} s`, exit === 0],
      [
        `every instance served the new version (${expectedRecords} records) ${convergedAtMs - importedAtMs} ms after the import (${now.map((s) => (s ? `${s.version.slice(0, 12)}/${s.records}` : 'no answer')).join(', ')})`,
        served,
      ],
    ],
  };
}
