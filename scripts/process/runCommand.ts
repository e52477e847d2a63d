// Runs a command to completion with the script's own terminal (stdio inherited).
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';

/** Its exit status (1 when a signal ended it); throws when it could not be started at all. */
export function runCommand(cmd: string, args: string[], opts: SpawnSyncOptions = {}): number {
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  if (r.error) throw r.error;
  return r.status ?? 1;
}
