// The device-profiling figures of `npm run bench` (#12): how long profiling this machine takes with the
// CLI (onnxruntime-node) and how well the stored kernel-level model predicts the held-out networks it
// never saw; and the leave-one-device-out study of the few-shot transfer route on ANB's own data. Both
// run the project's own commands (`npm run profile-device -- --json`, `npm run devices:transfer-study`),
// the CLI against a scratch database so nothing is stored where the app keeps its data.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

export interface QualityRow {
  count: number;
  tau: number;
  within10: number;
  mape: number;
}
export interface CliProfileResult {
  name: string;
  threads: number;
  rounds: number;
  kernelRounds: number;
  repeats: number;
  samples: number;
  heldOut: number;
  seconds: number;
  cpu: string;
  metrics: { metric: string; batch: number; kernel: QualityRow | null; transfer?: QualityRow; mostLike: { name: string; tau: number }[] }[];
}
export interface TransferStudy {
  date: string;
  seeds: number;
  seconds: number;
  rows: { metric: string; measured: number; scores: { k: number; tauMedian: number; tauMin: number; mapeMedian: number }[] }[];
}

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync('npx', ['tsx', ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited with ${r.status}`);
}

/** The CLI profile, `runs` times one after another: one run's held-out numbers vary with what the machine does meanwhile. */
export function cliProfileBench(samples = 20, heldOut = 50, runs = 3): CliProfileResult[] {
  const dir = path.resolve('build/bench-devices');
  rmSync(dir, { recursive: true, force: true });
  return Array.from({ length: runs }, (_, i) => cliProfileOnce(dir, samples, heldOut, i + 1));
}

function cliProfileOnce(dir: string, samples: number, heldOut: number, nth: number): CliProfileResult {
  const out = path.join(dir, `cli-profile-${nth}.json`);
  run(
    [
      'scripts/profileDevice.ts',
      '--name',
      `bench: this machine (CLI, run ${nth})`,
      '--samples',
      String(samples),
      '--held-out',
      String(heldOut),
      '--json',
      out,
    ],
    {
      ANB_DB_DIR: path.join(dir, 'pglite'),
    },
  );
  return JSON.parse(readFileSync(out, 'utf8')) as CliProfileResult;
}

export function transferStudyBench(): TransferStudy {
  run(['scripts/deviceTransferStudy.ts']);
  return JSON.parse(readFileSync('bench/results/device-transfer.json', 'utf8')) as TransferStudy;
}
