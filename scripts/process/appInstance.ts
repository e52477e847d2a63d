// An app instance as the multi-instance checks run it: the production bundle (`npm start`'s) on a port
// of 127.0.0.1, in its own process group so that stopping it stops anything it started.
import { spawn, type ChildProcess } from 'node:child_process';
import { productionServerArgs, productionServerEnv } from './productionServer';

export interface AppInstance {
  name: string;
  port: number;
  base: string;
  child: ChildProcess;
}

/** Starts an instance; `env` adds to the production environment (DATABASE_URL, ANB_TRUSTED_PROXIES, …). */
export function startInstance(name: string, port: number, env: Record<string, string>): AppInstance {
  const child = spawn(process.execPath, productionServerArgs(), {
    env: productionServerEnv({ PORT: String(port), HOSTNAME: '127.0.0.1', ...env }),
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  // Said on the test's terminal: an instance that dies by a signal (a crash, the OOM killer) prints nothing itself.
  child.on('exit', (code, signal) => console.error(`[instance ${name} :${port}] pid ${child.pid} exited (${signal ?? `code ${code}`})`));
  return { name, port, base: `http://127.0.0.1:${port}`, child };
}

const exited = (i: AppInstance) => i.child.exitCode !== null || i.child.signalCode !== null;

/** SIGTERM to its process group, SIGKILL after 10 s; resolves once it exited. */
export async function stopInstance(i: AppInstance): Promise<void> {
  if (exited(i)) return;
  const gone = new Promise((r) => i.child.once('exit', r));
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
  await gone;
  clearTimeout(timer);
}

/** SIGKILL to its process group, as a crash or the OOM killer would: no shutdown, in-flight requests cut. */
export async function killInstance(i: AppInstance): Promise<void> {
  if (exited(i)) return;
  const gone = new Promise((r) => i.child.once('exit', r));
  process.kill(-i.child.pid!, 'SIGKILL');
  await gone;
}
