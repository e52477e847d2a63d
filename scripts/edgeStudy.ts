// `npm run surrogates:edge-study -- [--extremes macs,params,layers,block5_l] [--random 101,202]
//   [--workers 2] [--out build/edge-study]`: trains the surrogates on held-out-extremes splits
// (surrogates/pipeline/writeExtremesSplit.ts; a gene measure holds out its largest value) and on
// random 80/10/10 splits, and writes per split and target: coverage90 and mean 90% width with the
// edge term and without it (the method before, same model with G = 0), the OOD flag rate on the
// test split, the winner's-curse counts on 20,000 random architectures, and the training time, to
// <out>.json / <out>.md; each split's report goes to <out>/<split>.json (for compareXgboostSplit.ts).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Z90 } from '../core/metrics/normalQuantile';
import { createPrng } from '../core/random/prng';
import { sampleArchitecture } from '../core/space/sampleArchitecture';
import { TARGETS, type TargetName } from '../core/targets';
import { readDataset } from '../server/dataset/readDataset';
import { resolveDataDir } from '../server/dataset/resolveDataDir';
import { loadTrainingSplits } from '../surrogates/pipeline/loadTrainingSplits';
import { targetValue } from '../surrogates/pipeline/targetValue';
import { trainSurrogates, type SplitSource } from '../surrogates/pipeline/trainSurrogates';
import { winnersCurse, type WinnersCurseRow } from '../surrogates/pipeline/winnersCurse';
import { writeExtremesSplit } from '../surrogates/pipeline/writeExtremesSplit';
import { encodeFeatureBatch } from '../surrogates/runtime/encodeFeatures';
import { evaluateSurrogate } from '../surrogates/runtime/evaluateSurrogate';
import { oodReferenceFromManifest } from '../surrogates/runtime/oodReferenceFromManifest';

const { values: args } = parseArgs({
  options: {
    extremes: { type: 'string', default: 'macs,params,layers,block5_l' },
    random: { type: 'string', default: '101,202' },
    workers: { type: 'string', default: '2' },
    out: { type: 'string', default: 'build/edge-study' },
    data: { type: 'string' },
  },
  strict: true,
});
const GENE = /^block\d_[eklse]+$/;
const dataset = await readDataset(args.data ? path.resolve(args.data) : resolveDataDir());
const out = path.resolve(args.out!);
mkdirSync(out, { recursive: true });

const splits: { name: string; source: SplitSource }[] = [];
for (const measure of args.extremes!.split(',').filter(Boolean)) {
  const tails = GENE.test(measure) ? 'high' : 'both';
  const dir = path.resolve(`build/splits/extremes-${measure}-${tails}`);
  writeExtremesSplit(dir, dataset.records, { measure, share: 0.05, tails, seed: 1 });
  splits.push({ name: `extremes-${measure}`, source: { kind: 'directory', dir } });
}
for (const seed of args.random!.split(',').filter(Boolean).map(Number))
  splits.push({ name: `random-${seed}`, source: { kind: 'random', seed, dir: path.resolve(`build/splits/random-${seed}`) } });

// Measured range of every target over the whole dataset: "beyond every measured value".
const measured = {} as Record<TargetName, { min: number; max: number }>;
for (const t of TARGETS) {
  const v = dataset.records.map((r) => targetValue(r, t.name)).filter((x): x is number => x !== null);
  measured[t.name] = { min: Math.min(...v), max: Math.max(...v) };
}
const rng = createPrng(20_000);
const pool = Array.from({ length: 20_000 }, () => sampleArchitecture(rng));
const poolFeatures = encodeFeatureBatch(pool);

interface TargetRow {
  coverage90: number;
  coverage90Before: number;
  width90: number;
  width90Before: number;
  oodFlagRate: number;
  r2: number;
  kendallTau: number;
  edgeScale: number;
}
const study: {
  split: string;
  test: number;
  trainingSeconds: number;
  targets: Record<string, TargetRow>;
  winnersCurse: WinnersCurseRow[];
}[] = [];

for (const { name, source } of splits) {
  console.log(`${name}: training…`);
  const result = await trainSurrogates({ dataset, split: source, seed: 1, workers: Number(args.workers) });
  writeFileSync(path.join(out, `${name}.json`), `${JSON.stringify(result.report, null, 2)}\n`);
  const test = loadTrainingSplits(dataset, source.kind === 'paper' ? undefined : source.dir).records.test;
  const before = evaluateSurrogate(result.model, encodeFeatureBatch(test.map((r) => r.architecture)), test.length, { ignoreEdge: true });
  const targets: Record<string, TargetRow> = {};
  TARGETS.forEach((t, j) => {
    let covered = 0;
    let width = 0;
    let n = 0;
    test.forEach((r, i) => {
      const y = targetValue(r, t.name);
      if (y === null) return;
      const k = i * TARGETS.length + j;
      n++;
      if (Math.abs(y - before.mean[k]) <= Z90 * before.std[k]) covered++;
      width += 2 * Z90 * before.std[k];
    });
    const m = result.report[t.name];
    targets[t.name] = {
      coverage90: m.coverage90,
      coverage90Before: covered / n,
      width90: m.width90,
      width90Before: width / n,
      oodFlagRate: m.ood_flag_rate,
      r2: m.r2,
      kendallTau: m.kendall_tau,
      edgeScale: result.model.targets[j].edgeScale,
    };
  });
  const predicted = evaluateSurrogate(result.model, poolFeatures, pool.length);
  const curse = winnersCurse(oodReferenceFromManifest(result.manifest), poolFeatures, predicted.mean, pool.length, measured);
  const trainingSeconds = Math.round(result.timings.training / 100) / 10;
  study.push({ split: name, test: test.length, trainingSeconds, targets, winnersCurse: curse });
  const worst = Math.min(...Object.values(targets).map((r) => r.coverage90));
  console.log(`${name}: min coverage90 ${worst.toFixed(3)}, training ${trainingSeconds} s`);
  writeFileSync(`${out}.json`, `${JSON.stringify(study, null, 2)}\n`);
}

const f3 = (v: number) => v.toFixed(3);
const lines = [
  `| target | ${study.map((s) => s.split).join(' | ')} |`,
  `|---|${study.map(() => '---').join('|')}|`,
  ...TARGETS.map(
    (t) =>
      `| ${t.name} | ${study.map((s) => `${f3(s.targets[t.name].coverage90)} (${f3(s.targets[t.name].coverage90Before)})`).join(' | ')} |`,
  ),
  `| width vs before (mean over targets) | ${study
    .map((s) => {
      const rows = Object.values(s.targets);
      return `${((rows.reduce((a, r) => a + r.width90 / r.width90Before, 0) / rows.length - 1) * 100).toFixed(1)}%`;
    })
    .join(' | ')} |`,
  `| OOD flag rate (test) | ${study.map((s) => f3(s.targets.val_top1.oodFlagRate)).join(' | ')} |`,
  `| winner's curse: front points beyond measured, flagged | ${study
    .map((s) => {
      const b = s.winnersCurse.reduce((a, r) => a + r.beyondMeasured, 0);
      const f = s.winnersCurse.reduce((a, r) => a + r.beyondFlagged, 0);
      const all = s.winnersCurse.reduce((a, r) => a + r.front, 0);
      return `${f}/${b} (of ${all})`;
    })
    .join(' | ')} |`,
  `| training (s) | ${study.map((s) => s.trainingSeconds).join(' | ')} |`,
  `| test records | ${study.map((s) => s.test).join(' | ')} |`,
];
const md = `coverage90 with the edge term (before it, G = 0, in parentheses)\n\n${lines.join('\n')}\n`;
writeFileSync(`${out}.md`, md);
console.log(md);
