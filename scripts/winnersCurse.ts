// `tsx scripts/winnersCurse.ts [--models public/models] [--count 20000] [--seed 20000]`: the winner's-curse
// check on the real predictor (onnxruntime-node): predicts random architectures, takes the predicted
// Pareto front of top-1 against each device metric, and counts the front points predicted beyond
// every measured value and how many of those the OOD definition flags (surrogates/pipeline/winnersCurse.ts).
// Exits 1 if one such point is not flagged.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createPrng } from '../core/random/prng';
import { sampleArchitecture } from '../core/space/sampleArchitecture';
import { TARGETS, type TargetName } from '../core/targets';
import { readDataset } from '../server/dataset/readDataset';
import { resolveDataDir } from '../server/dataset/resolveDataDir';
import { targetValue } from '../surrogates/pipeline/targetValue';
import { winnersCurse } from '../surrogates/pipeline/winnersCurse';
import { createNodePredictor } from '../surrogates/runtime/createNodePredictor';
import { encodeFeatureBatch } from '../surrogates/runtime/encodeFeatures';
import { oodReferenceFromManifest } from '../surrogates/runtime/oodReferenceFromManifest';

const { values: args } = parseArgs({
  options: {
    models: { type: 'string', default: 'public/models' },
    count: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '20000' },
  },
  strict: true,
});
const dataset = await readDataset(resolveDataDir());
const measured = {} as Record<TargetName, { min: number; max: number }>;
for (const t of TARGETS) {
  const v = dataset.records.map((r) => targetValue(r, t.name)).filter((x): x is number => x !== null);
  measured[t.name] = { min: Math.min(...v), max: Math.max(...v) };
}
const rng = createPrng(Number(args.seed));
const archs = Array.from({ length: Number(args.count) }, () => sampleArchitecture(rng));
const features = encodeFeatureBatch(archs);
const predictor = await createNodePredictor(path.resolve(args.models!));
const { mean } = await predictor.predictFeatures(features, archs.length);
const rows = winnersCurse(oodReferenceFromManifest(predictor.manifest), features, mean, archs.length, measured);
await predictor.release();
console.log('metric              front  beyond measured  of those flagged  front flagged');
for (const r of rows)
  console.log(
    `${r.metric.padEnd(20)}${String(r.front).padStart(5)}${String(r.beyondMeasured).padStart(17)}${String(r.beyondFlagged).padStart(18)}${String(r.flagged).padStart(15)}`,
  );
const missed = rows.reduce((a, r) => a + r.beyondMeasured - r.beyondFlagged, 0);
console.log(
  missed === 0
    ? 'Every front point beyond the measured values is flagged.'
    : `${missed} front point(s) beyond the measured values are not flagged.`,
);
process.exit(missed === 0 ? 0 : 1);
