// Experiment (issue #13), kept in history only: fits the member network to the trained trees and compares test
// metrics with ANB's XGBoost. Run: tsx surrogates/bench/memberNetworkExperiment.ts H1 H2 POOL EPOCHS BATCH LR
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import v8 from 'node:v8';
import { readDataset } from '../../server/dataset/readDataset';
import { resolveDataDir } from '../../server/dataset/resolveDataDir';
import { trainSurrogates } from '../pipeline/trainSurrogates';
import { loadTrainingSplits } from '../pipeline/loadTrainingSplits';
import { encodeFeatureBatch } from '../runtime/encodeFeatures';
import { evaluateSurrogate } from '../runtime/evaluateSurrogate';
import { fitMemberNetwork } from '../pipeline/fitMemberNetwork';
import { testMetrics } from '../pipeline/testMetrics';
import { targetValue } from '../pipeline/targetValue';
import { TARGETS } from '../../core/targets';
import { REFERENCE_XGBOOST } from '../runtime/referenceXgboost';
import type { SurrogateModel } from '../runtime/surrogateModel';
const split = process.env.SPLIT; // directory or undefined = paper
const cache = `/tmp/anb-model-${split ? split.replace(/\W/g, '_') : 'paper'}.bin`;
const dataset = await readDataset(resolveDataDir());
let model: SurrogateModel;
if (existsSync(cache)) model = v8.deserialize(readFileSync(cache));
else {
  const r = await trainSurrogates({ dataset, split: split ? { kind: 'directory', dir: split } : { kind: 'paper' }, seed: 1, workers: 2 });
  model = r.model; writeFileSync(cache, v8.serialize(model)); console.log('trained', Math.round(r.timings.total));
}
const splits = loadTrainingSplits(dataset, split);
const trainX = encodeFeatureBatch(splits.records.train.map((r) => r.architecture));
const [h1, h2, pool, epochs, batch, lr] = process.argv.slice(2).map(Number);
const fit = await fitMemberNetwork(model, trainX, splits.records.train.length, { hidden: h2 ? [h1, h2] : [h1], poolSize: pool, checkSize: 3000, epochs, batchSize: batch, learningRate: lr }, 1);
console.log('fit ms', Math.round(fit.milliseconds), 'checkR2', fit.checkR2.map((v) => v.toFixed(4)).join(' '));
const testX = encodeFeatureBatch(splits.records.test.map((r) => r.architecture));
const n = splits.records.test.length;
const score = (m: SurrogateModel) => {
  const p = evaluateSurrogate(m, testX, n);
  let wins = 0; const rows: string[] = [];
  TARGETS.forEach((t, j) => {
    const idx = splits.records.test.map((r, i) => (targetValue(r, t.name) === null ? -1 : i)).filter((i) => i >= 0);
    const y = Float64Array.from(idx, (i) => targetValue(splits.records.test[i], t.name)!);
    const met = testMetrics(0, y, Float64Array.from(idx, (i) => p.mean[i * TARGETS.length + j]), Float64Array.from(idx, (i) => p.std[i * TARGETS.length + j]), idx.map(() => false));
    const ref = REFERENCE_XGBOOST[t.name];
    const w = [met.r2 > ref.r2, met.kendall_tau > ref.kendall_tau, met.spearman > ref.spearman, met.mae < ref.mae];
    wins += w.filter(Boolean).length;
    rows.push(`${t.name} r2 ${met.r2.toFixed(4)} tau ${met.kendall_tau.toFixed(4)} sp ${met.spearman.toFixed(4)} mae ${met.mae.toPrecision(4)} cov ${met.coverage90.toFixed(3)} ${w.map((b) => (b ? '+' : '-')).join('')}`);
  });
  return { wins, rows };
};
const a = score(model), b = score({ ...model, memberNetwork: fit.network });
console.log('trees wins', a.wins, 'network wins', b.wins);
for (let i = 0; i < a.rows.length; i++) console.log(a.rows[i], ' || ', b.rows[i]);
