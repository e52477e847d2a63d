// The reference our surrogate query speed is compared with: Accel-NASBench's own surrogates, one
// XGBoost booster per target trained the ANB way, queried from Python (bench/xgboostQuery.py) with
// Debian's python3-xgboost, on the same machine and the same random architectures as
// surrogates/bench/nodePredict.ts (createPrng(seed) + sampleArchitecture, seed = repeat + 1).
// The boosters are trained once and cached in build/xgboost/, keyed by the data and split hashes and
// the XGBoost version. Without /usr/bin/python3 (or XGBOOST_PYTHON) or its xgboost module the bench
// returns { skipped } and the report says why.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createPrng } from '../core/random/prng';
import { packGeneIndex } from '../core/space/geneIndex';
import { sampleArchitecture } from '../core/space/sampleArchitecture';
import { TARGET_NAMES } from '../core/targets';
import { SPLIT_NAMES } from '../core/dataset/splitPaths';
import { readDataset } from '../server/dataset/readDataset';
import { resolveDataDir } from '../server/dataset/resolveDataDir';
import { loadTrainingSplits } from '../surrogates/pipeline/loadTrainingSplits';
import { targetValue } from '../surrogates/pipeline/targetValue';
import { summarize, type Summary } from './summarize';

const SCRIPT = 'bench/xgboostQuery.py';
const CACHE_ROOT = 'build/xgboost';

export interface XgboostQuality {
  target: string;
  nTest: number;
  rounds: number;
  r2: number;
  kendallTau: number;
  spearman: number;
  mae: number;
  /** Seconds to fit, or null when the booster came from the cache. */
  fitSeconds: number | null;
}

export interface XgboostRun {
  label: string;
  threads: number;
  calls: number;
  batch: number;
  singleP50Ms: Summary;
  singleP99Ms: Summary;
  batchMs: Summary;
  /** CPU time of the batch (all threads), to read the wall times on a busy machine. */
  batchCpuMs: Summary;
}

export interface XgboostBenchResult {
  python: string;
  xgboost: string;
  modelsDir: string;
  /** Boosting rounds summed over the 11 boosters (all kept, as ANB's early-stopped models predict). */
  trees: number;
  quality: XgboostQuality[];
  runs: XgboostRun[];
}

export type XgboostBench = XgboostBenchResult | { skipped: string };

interface QueryJson {
  xgboost: string;
  trees: number;
  single: { p50Ms: number; p99Ms: number };
  batch: { totalMs: number; cpuMs: number };
}

function run(python: string, args: string[]): { ok: true; stdout: string } | { ok: false; error: string } {
  const out = spawnSync(python, args, { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  if (out.error) return { ok: false, error: out.error.message };
  if (out.status !== 0) {
    const lines = (out.stderr || `exit ${out.status}`).trim().split('\n');
    return { ok: false, error: (lines.find((l) => /Error/.test(l)) ?? lines.slice(-3).join(' ')).trim() };
  }
  return { ok: true, stdout: out.stdout };
}

/**
 * Trains (once) and writes the train/val/test gene-index matrices and targets for the Python side;
 * `splitDir` (the paper's format) instead of the paper's split, e.g. to compare on a random split.
 */
export async function prepareModels(
  python: string,
  version: string,
  splitDir?: string,
): Promise<{ dir: string; quality: XgboostQuality[] }> {
  const splits = loadTrainingSplits(await readDataset(resolveDataDir()), splitDir);
  const dir = path.join(CACHE_ROOT, `${splits.dataContentHash.slice(0, 16)}-${splits.splitHash.slice(0, 8)}-xgb${version}`);
  mkdirSync(dir, { recursive: true });
  const data: Record<string, unknown> = { targets: TARGET_NAMES };
  for (const split of SPLIT_NAMES) {
    const records = splits.records[split];
    data[split] = {
      genes: records.map((r) => Array.from(packGeneIndex([r.architecture]))),
      y: Object.fromEntries(TARGET_NAMES.map((t) => [t, records.map((r) => targetValue(r, t))])),
    };
  }
  writeFileSync(path.join(dir, 'data.json'), JSON.stringify(data));
  if (!TARGET_NAMES.every((t) => existsSync(path.join(dir, `${t}.ubj`))))
    console.log(`surrogates: training ANB's 11 XGBoost boosters once into ${dir} (several minutes, far longer on a busy machine)…`);
  const out = run(python, [SCRIPT, 'train', '--data', dir, '--threads', '2']);
  if (!out.ok) throw new Error(`XGBoost training failed: ${out.error}`);
  return { dir, quality: (JSON.parse(out.stdout) as { quality: XgboostQuality[] }).quality };
}

/** The Python with xgboost (/usr/bin/python3, or XGBOOST_PYTHON) and its xgboost version, or why not. */
export function findXgboost(): { python: string; version: string } | { skipped: string } {
  const python = process.env.XGBOOST_PYTHON ?? '/usr/bin/python3';
  if (!existsSync(python)) return { skipped: `${python} not found (install Debian's python3-xgboost: apt-get install python3-xgboost)` };
  const probe = run(python, ['-c', 'import xgboost; print(xgboost.__version__)']);
  if (!probe.ok) return { skipped: `${python} cannot import xgboost (install Debian's python3-xgboost: apt-get install python3-xgboost)` };
  return { python, version: probe.stdout.trim() };
}

/**
 * ANB's query path (a DMatrix, then Booster.predict on each of the 11 boosters) timed like
 * nodePredict.ts: `calls` single architectures and one batch of `batch`, per repeat. One XGBoost
 * thread by default: the boosters hold ~80,000 trees (minutes per repeat), and on a shared 2-core
 * machine two OpenMP threads were slower still (one-architecture p50 ~4× worse than one thread).
 */
export async function xgboostBench(
  repeats: number,
  calls: number,
  batch: number,
  threadCounts: readonly number[] = [1],
): Promise<XgboostBench> {
  const found = findXgboost();
  if ('skipped' in found) return found;
  const { python, version } = found;
  let prepared: { dir: string; quality: XgboostQuality[] };
  try {
    prepared = await prepareModels(python, version);
  } catch (e) {
    return { skipped: e instanceof Error ? e.message : String(e) };
  }
  const { dir, quality } = prepared;

  const perConfig = new Map<string, QueryJson[]>();
  let trees = 0;
  for (let r = 0; r < repeats; r++) {
    // The same architectures nodePredict.ts draws for this seed: the singles first, then the batch.
    const rng = createPrng(r + 1);
    const singles = Array.from({ length: Math.min(calls, 1000) }, () => sampleArchitecture(rng));
    const archs = Array.from({ length: batch }, () => sampleArchitecture(rng));
    const singlesFile = path.join(dir, `singles-${r + 1}.u8`);
    const batchFile = path.join(dir, `batch-${r + 1}.u8`);
    writeFileSync(singlesFile, packGeneIndex(singles));
    writeFileSync(batchFile, packGeneIndex(archs));
    try {
      for (const threads of threadCounts) {
        const out = run(python, [
          SCRIPT,
          'query',
          '--models',
          dir,
          '--targets',
          TARGET_NAMES.join(','),
          '--singles',
          singlesFile,
          '--batch',
          batchFile,
          '--calls',
          String(calls),
          '--threads',
          String(threads),
        ]);
        if (!out.ok) throw new Error(`XGBoost query failed: ${out.error}`);
        const json = JSON.parse(out.stdout) as QueryJson;
        trees = json.trees;
        perConfig.set(String(threads), [...(perConfig.get(String(threads)) ?? []), json]);
      }
    } finally {
      rmSync(singlesFile, { force: true });
      rmSync(batchFile, { force: true });
    }
  }
  const runs: XgboostRun[] = threadCounts.map((threads) => {
    const results = perConfig.get(String(threads)) ?? [];
    return {
      label: `ANB's XGBoost surrogates (Python, xgboost ${version}), ${threads} thread${threads > 1 ? 's' : ''}`,
      threads,
      calls,
      batch,
      singleP50Ms: summarize(results.map((x) => x.single.p50Ms)),
      singleP99Ms: summarize(results.map((x) => x.single.p99Ms)),
      batchMs: summarize(results.map((x) => x.batch.totalMs)),
      batchCpuMs: summarize(results.map((x) => x.batch.cpuMs)),
    };
  });
  return { python, xgboost: version, modelsDir: dir, trees, quality, runs };
}
