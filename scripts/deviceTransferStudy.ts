// `npm run devices:transfer-study [-- --seeds 10]`: the leave-one-device-out validation of the few-shot
// device model (#12, core/transfer/). For each of ANB's eight device metrics in turn, pretend it is a new
// device: its reference features are the other seven metrics as the built surrogates predict them, log
// MACs and log params (what the app has for any architecture); the model gets k = 10, 20, 50 measured
// architectures of the held-out metric and ranks all its other measured ones. The held-out metric's own
// surrogate is never used. Writes bench/results/device-transfer.{json,md}.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { kendallTauB } from '@/core/metrics/rankCorrelation';
import { DEVICE_METRIC_NAMES, target, type DeviceMetricName } from '@/core/targets';
import { leaveOneDeviceOut, type TransferScore } from '@/core/transfer/leaveOneDeviceOut';
import { referenceFeatures } from '@/core/transfer/referenceFeatures';
import { noiseCeilingTau, relativeNoiseFromPairs } from '@/core/transfer/noiseCeiling';
import { formatArchitectureCode } from '@/core/space/architectureCode';
import { readDataset } from '@/server/dataset/readDataset';
import { resolveDataDir } from '@/server/dataset/resolveDataDir';
import { env } from '@/server/env';
import { createNodePredictor } from '@/surrogates/runtime/createNodePredictor';

const KS = [10, 20, 50] as const;
const GOAL_TAU_AT_20 = 0.9;

async function main() {
  const { values } = parseArgs({ options: { seeds: { type: 'string', default: '10' } } });
  const seeds = Number(values.seeds);
  if (!Number.isInteger(seeds) || seeds < 1 || seeds > 1000)
    throw new Error(`--seeds must be an integer from 1 to 1000, got "${values.seeds}"`);
  const t0 = performance.now();
  const dataset = await readDataset(resolveDataDir());
  if (dataset.issues.length) throw new Error(`${dataset.dir} has ${dataset.issues.length} problems; run npm run import to see them`);
  const modelDir = path.resolve(env.ANB_MODEL_DIR ?? 'public/models');
  const predictor = await createNodePredictor(modelDir);
  const records = dataset.records;
  const predicted = await predictor.predict(records.map((r) => r.architecture));
  const width = predictor.targets.length;
  const column = (m: DeviceMetricName) => predictor.targets.indexOf(m);
  const testFiles = new Set(dataset.splits.test);
  // Architectures the dataset measured twice: their two measurements give each metric's repeatability.
  const byCode = new Map<string, number[]>();
  records.forEach((r, i) =>
    byCode.set(formatArchitectureCode(r.architecture), [...(byCode.get(formatArchitectureCode(r.architecture)) ?? []), i]),
  );
  const repeated = [...byCode.values()].filter((v) => v.length === 2);

  const rows = DEVICE_METRIC_NAMES.map((metric) => {
    const others = DEVICE_METRIC_NAMES.filter((m) => m !== metric);
    const measuredIdx = records.flatMap((r, i) => (r.perf[metric].mean != null && r.perf[metric].mean > 0 ? [i] : []));
    const reference = measuredIdx.map((i) =>
      referenceFeatures(
        others.map((m) => predicted.mean[i * width + column(m)]),
        records[i].architecture,
      ),
    );
    const scores = leaveOneDeviceOut({ reference, measured: measuredIdx.map((i) => records[i].perf[metric].mean!) }, KS, seeds);
    // For scale: the metric's own surrogate, trained on ~4,000 of its measurements, on the paper's test split.
    const test = measuredIdx.filter((i) => testFiles.has(records[i].file));
    const fullDataTau = kendallTauB(
      test.map((i) => predicted.mean[i * width + column(metric)]),
      test.map((i) => records[i].perf[metric].mean!),
    );
    const pairs = repeated.flatMap(([a, b]) => {
      const x = records[a].perf[metric].mean;
      const y = records[b].perf[metric].mean;
      return x && y ? [[x, y] as const] : [];
    });
    const relativeNoise = relativeNoiseFromPairs(pairs);
    const ceilingTau = noiseCeilingTau(
      measuredIdx.map((i) => records[i].perf[metric].mean!),
      relativeNoise,
    );
    const featureNames = [...others, 'macs', 'params'];
    return {
      metric,
      measured: measuredIdx.length,
      fullDataSurrogateTauOnTestSplit: fullDataTau,
      repeatedPairs: pairs.length,
      relativeNoise,
      ceilingTau,
      scores: scores.map((s) => ({
        ...s,
        chosen: Object.fromEntries(Object.entries(s.chosen).map(([k, n]) => [k === 'all' ? 'all' : featureNames[Number(k)], n])),
      })),
    };
  });
  await predictor.release();

  const out = path.resolve('bench/results/device-transfer');
  mkdirSync(path.dirname(out), { recursive: true });
  const study = {
    date: new Date().toISOString(),
    surrogateVersion: predictor.manifest.versionHash,
    seeds,
    ks: KS,
    goal: `Kendall τ ≥ ${GOAL_TAU_AT_20} at k = 20 for every device metric`,
    seconds: Math.round((performance.now() - t0) / 100) / 10,
    rows,
  };
  writeFileSync(`${out}.json`, `${JSON.stringify(study, null, 2)}\n`);
  const cell = (s: TransferScore) => `${s.tauMedian.toFixed(3)} (${s.tauMin.toFixed(3)}) · ${s.mapeMedian.toFixed(1)}%`;
  const met = rows.filter((r) => r.scores[1].tauMedian >= GOAL_TAU_AT_20).length;
  const md = [
    `# Few-shot device model, leave one device out (${study.date.slice(0, 10)})`,
    '',
    `\`npm run devices:transfer-study\`, surrogate ${study.surrogateVersion.slice(0, 12)}, ${seeds} random samples per k, ${study.seconds} s.`,
    'Each ANB device metric in turn is treated as a new device: the model (core/transfer/fewShotDeviceModel.ts) sees k of its',
    'measured architectures and ranks all the others. Features: the other seven metrics as the surrogates predict them,',
    'log MACs, log params. Cells: Kendall τ median (worst) over the samples · median MAPE on the architectures not sampled.',
    'Ceiling: the τ a perfect predictor would reach against these measurements, given their repeatability (relative noise',
    'from the architectures the dataset measured twice; core/transfer/noiseCeiling.ts).',
    '',
    '| device metric | measured | k = 10 | k = 20 | k = 50 | own surrogate, ~4,000 samples (τ, test split) | repeat noise (pairs) | ceiling τ | settings chosen at k = 20 |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${target(r.metric).label} | ${r.measured.toLocaleString('en-US')} | ${r.scores.map(cell).join(' | ')} | ${r.fullDataSurrogateTauOnTestSplit.toFixed(3)} | ${(100 * r.relativeNoise).toFixed(2)}% (${r.repeatedPairs}) | ${r.ceilingTau.toFixed(3)} | ${Object.entries(
          r.scores[1].chosen,
        )
          .map(([k, n]) => `${k} ×${n}`)
          .join(', ')} |`,
    ),
    '',
    `Goal (#12): τ ≥ ${GOAL_TAU_AT_20} at k = 20 for every device metric: met by ${met} of ${rows.length} (median over samples).`,
    '',
  ].join('\n');
  writeFileSync(`${out}.md`, md);
  console.log(md);
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exit(1);
});
