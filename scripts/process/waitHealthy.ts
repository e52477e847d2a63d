// Waits for an app server a script started (scripts/start.ts in a child process) to answer
// /api/health with 200, and gives up early when that process has exited.
import type { ChildProcess } from 'node:child_process';

export interface WaitHealthyOptions {
  /** How the server is named in errors, e.g. "instance A". */
  name: string;
  /** The process serving it: its exit ends the wait with an error. */
  child?: ChildProcess;
  timeoutMs: number;
}

/** The health body once the server is healthy; throws when it exits first or the time runs out. */
export async function waitHealthy(base: string, { name, child, timeoutMs }: WaitHealthyOptions): Promise<Record<string, unknown>> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (child && child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    const res = await fetch(`${base}/api/health`).catch(() => null);
    if (res?.ok) return (await res.json()) as Record<string, unknown>;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${name} at ${base} did not become healthy in ${timeoutMs / 1000} s`);
}
