// Prediction latency of the trained surrogates in Node, printed as JSON: one architecture at a time
// (all targets, mean and std; 10,000 calls after a warm-up) and one batch of 100,000 random
// architectures, on onnxruntime-node or (--runtime wasm) onnxruntime-web's wasm build, the browser
// worker's engine. Run: tsx surrogates/bench/nodePredict.ts [--models DIR] [--calls N] [--batch N]
//   [--seed N] [--threads N] [--runtime node|wasm]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { quantile } from '../../core/metrics/quantile';
import { createPrng } from '../../core/random/prng';
import { sampleArchitecture } from '../../core/space/sampleArchitecture';
import { encodeFeatureBatch, FEATURE_COUNT } from '../runtime/encodeFeatures';
import { createNodePredictor } from '../runtime/createNodePredictor';
import { MANIFEST_FILE, parseSurrogateManifest, type SurrogateManifest } from '../runtime/manifestSchema';

interface BenchPredictor {
  manifest: SurrogateManifest;
  predictFeatures(features: Float32Array, rows: number): Promise<unknown>;
  release(): Promise<void>;
}

/** onnxruntime-web's wasm build run in Node (single-threaded unless `threads` > 1), no manifest checks. */
async function createWasmPredictor(modelDir: string, threads: number): Promise<BenchPredictor> {
  const parsed = parseSurrogateManifest(JSON.parse(readFileSync(path.join(modelDir, MANIFEST_FILE), 'utf8')));
  if (!parsed.ok) throw new Error(parsed.error.message);
  const ort = await import('onnxruntime-web/wasm');
  ort.env.wasm.numThreads = threads;
  const session = await ort.InferenceSession.create(readFileSync(path.join(modelDir, parsed.value.model.file)));
  return {
    manifest: parsed.value,
    predictFeatures: (features, rows) => session.run({ features: new ort.Tensor('float32', features, [rows, FEATURE_COUNT]) }),
    release: () => session.release(),
  };
}

const round = (v: number) => Math.round(v * 1000) / 1000;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      models: { type: 'string', default: 'public/models' },
      calls: { type: 'string', default: '10000' },
      batch: { type: 'string', default: '100000' },
      seed: { type: 'string', default: '1' },
      threads: { type: 'string', default: '0' },
      runtime: { type: 'string', default: 'node' },
    },
  });
  const calls = Number(values.calls);
  const batch = Number(values.batch);
  const threads = Number(values.threads);
  const modelDir = path.resolve(values.models!);
  const predictor: BenchPredictor =
    values.runtime === 'wasm'
      ? await createWasmPredictor(modelDir, Math.max(1, threads))
      : await createNodePredictor(modelDir, threads > 0 ? { threads } : {});
  const rng = createPrng(Number(values.seed));

  const singles = Array.from({ length: Math.min(calls, 1000) }, () => sampleArchitecture(rng));
  for (let i = 0; i < 200; i++) await predictor.predictFeatures(encodeFeatureBatch([singles[i % singles.length]]), 1);
  const times: number[] = [];
  for (let i = 0; i < calls; i++) {
    const start = performance.now();
    await predictor.predictFeatures(encodeFeatureBatch([singles[i % singles.length]]), 1);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);

  const archs = Array.from({ length: batch }, () => sampleArchitecture(rng));
  const t0 = performance.now();
  const features = encodeFeatureBatch(archs);
  const t1 = performance.now();
  const cpu = process.cpuUsage();
  await predictor.predictFeatures(features, archs.length);
  const t2 = performance.now();
  const cpuUsed = process.cpuUsage(cpu);
  await predictor.release();

  console.log(
    JSON.stringify(
      {
        runtime: values.runtime,
        threads: threads || 'default',
        model: {
          file: predictor.manifest.model.file,
          bytes: predictor.manifest.model.bytes,
          versionHash: predictor.manifest.versionHash,
          targets: predictor.manifest.targets.length,
        },
        single: {
          calls,
          p50Ms: round(quantile(times, 0.5)),
          p99Ms: round(quantile(times, 0.99)),
          meanMs: round(times.reduce((s, t) => s + t, 0) / calls),
        },
        batch: {
          archs: batch,
          encodeMs: round(t1 - t0),
          predictMs: round(t2 - t1),
          predictCpuMs: round((cpuUsed.user + cpuUsed.system) / 1000),
          totalMs: round(t2 - t0),
          archsPerSecond: Math.round(batch / ((t2 - t0) / 1000)),
        },
      },
      null,
      2,
    ),
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
