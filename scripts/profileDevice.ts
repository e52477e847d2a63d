// `npm run profile-device -- --name NAME [--calibration 20] [--held-out 50] [--threads T] [--repeats 10]`:
// profiles the machine it runs on with onnxruntime-node (#12). Times the 168 MBConv kernels and whole ANB
// networks at batch 1 (latency), fits the kernel-level device model on the calibration networks and
// reports how it predicts the held-out ones it never saw (Kendall τ, share within ±10%), beside the
// few-shot transfer model fitted on the same networks. Writes the profile to build/profiles/<name>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { macsParams } from '@/core/metrics/macsParams';
import { buildLayerModel, buildNetworkModel } from '@/core/network/buildNetworkModel';
import { deviceProfileSchema } from '@/core/profile/deviceProfile';
import { fitKernelDeviceModel } from '@/core/profile/kernelDeviceModel';
import { predictionQuality } from '@/core/profile/predictionQuality';
import { profilePlan } from '@/core/profile/profilePlan';
import { formatArchitectureCode } from '@/core/space/architectureCode';
import type { Architecture } from '@/core/space/searchSpace';
import { DEVICE_METRIC_NAMES } from '@/core/targets';
import { fitFewShotDeviceModel } from '@/core/transfer/fewShotDeviceModel';
import { env } from '@/server/env';
import { createNodePredictor } from '@/surrogates/runtime/createNodePredictor';
import { timeOnnxModel } from './profile/timeOnnxModel';

function intOption(values: Record<string, string | boolean | undefined>, name: string, min: number, max: number): number {
  const v = Number(values[name]);
  if (!Number.isInteger(v) || v < min || v > max) {
    console.error(`--${name} must be an integer from ${min} to ${max}, got "${values[name]}"`);
    process.exit(2);
  }
  return v;
}

async function main() {
  const { values } = parseArgs({
    options: {
      name: { type: 'string' },
      calibration: { type: 'string', default: '20' },
      'held-out': { type: 'string', default: '50' },
      threads: { type: 'string', default: String(Math.max(1, cpus().length)) },
      repeats: { type: 'string', default: '10' },
      seed: { type: 'string', default: '1' },
    },
  });
  const name = deviceProfileSchema.shape.name.safeParse(values.name ?? '');
  if (!name.success) {
    console.error(
      `--name: ${name.error.issues[0].message}\n` +
        'usage: npm run profile-device -- --name NAME [--calibration 20] [--held-out 50] [--threads T] [--repeats 10] [--seed 1]',
    );
    process.exit(2);
  }
  const calibration = intOption(values, 'calibration', 3, 500);
  const heldOut = intOption(values, 'held-out', 0, 1000);
  const threads = intOption(values, 'threads', 1, 256);
  const repeats = intOption(values, 'repeats', 3, 1000);
  const seed = intOption(values, 'seed', 1, 2 ** 31 - 1);
  const plan = profilePlan(calibration, heldOut, seed);
  const timing = { threads, batch: 1, warmup: 3, repeats };
  const t0 = performance.now();
  const total = plan.kernels.length + plan.calibration.length + plan.heldOut.length;
  let done = 0;
  const progress = (what: string) => {
    done += 1;
    const elapsed = (performance.now() - t0) / 1000;
    if (done % 10 === 0 || done === total) {
      const left = (elapsed / done) * (total - done);
      console.log(`  ${done}/${total} ${what} · ${elapsed.toFixed(0)} s, about ${left.toFixed(0)} s left (estimate)`);
    }
  };

  console.log(
    `Profiling "${name.data}": ${plan.kernels.length} kernels, ${calibration} + ${heldOut} networks, ${threads} thread(s), batch 1…`,
  );
  const kernelMs = new Map<string, number>();
  for (const k of plan.kernels) {
    kernelMs.set(k.key, (await timeOnnxModel(buildLayerModel(k.layer), timing)).medianMs);
    progress(`kernel ${k.key}`);
  }
  const timeNetworks = async (archs: Architecture[], label: string) => {
    const out: { arch: Architecture; measuredMs: number; iqrMs: number }[] = [];
    for (const arch of archs) {
      const t = await timeOnnxModel(buildNetworkModel(arch), timing);
      out.push({ arch, measuredMs: t.medianMs, iqrMs: t.iqrMs });
      progress(`${label} ${formatArchitectureCode(arch)}`);
    }
    return out;
  };
  const calibrated = await timeNetworks(plan.calibration, 'network');
  const held = await timeNetworks(plan.heldOut, 'held-out network');
  const seconds = (performance.now() - t0) / 1000;

  const kernelModel = fitKernelDeviceModel(kernelMs, calibrated);
  // The few-shot transfer route on the same networks, for comparison: reference features from the
  // surrogates' predictions of ANB's eight device metrics.
  const predictor = await createNodePredictor(path.resolve(env.ANB_MODEL_DIR ?? 'public/models'));
  const reference = async (archs: Architecture[]) => {
    const p = await predictor.predict(archs);
    const w = predictor.targets.length;
    return archs.map((a, i) => {
      const mp = macsParams(a);
      return [
        ...DEVICE_METRIC_NAMES.map((m) => Math.log(p.mean[i * w + predictor.targets.indexOf(m)])),
        Math.log(mp.macs),
        Math.log(mp.params),
      ];
    });
  };
  const transfer = fitFewShotDeviceModel(
    await reference(calibrated.map((c) => c.arch)),
    calibrated.map((c) => Math.log(c.measuredMs)),
  );
  const heldReference = await reference(held.map((h) => h.arch));
  await predictor.release();

  const measured = held.map((h) => h.measuredMs);
  const quality =
    held.length >= 2
      ? {
          kernel: predictionQuality(
            held.map((h) => kernelModel.predictMs(h.arch)),
            measured,
          ),
          transfer: predictionQuality(
            heldReference.map((r) => Math.exp(transfer.predictLog(r))),
            measured,
          ),
        }
      : null;
  const profile = {
    name: name.data,
    createdAt: new Date().toISOString(),
    runtime: {
      engine: 'onnxruntime-node',
      backend: 'cpu',
      threads,
      node: process.version,
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
    },
    metric: 'latency',
    batch: 1,
    protocol: { warmup: timing.warmup, repeats, statistic: 'median of the timed runs', seed },
    seconds: Math.round(seconds * 10) / 10,
    kernels: Object.fromEntries(kernelMs),
    calibration: { intercept: kernelModel.intercept, slope: kernelModel.slope },
    calibrationNetworks: calibrated.map((c) => ({ code: formatArchitectureCode(c.arch), ms: c.measuredMs, iqrMs: c.iqrMs })),
    heldOutNetworks: held.map((h) => ({ code: formatArchitectureCode(h.arch), ms: h.measuredMs, iqrMs: h.iqrMs })),
    validation: quality,
  };
  // The same validation the server's write route applies: a profile that would be refused is not written.
  const checked = deviceProfileSchema.safeParse(profile);
  if (!checked.success) {
    console.error(
      `The profile is not valid, nothing written:\n${checked.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`,
    );
    process.exit(1);
  }
  const out = path.resolve('build/profiles', `${name.data.replace(/[^\p{L}\p{N}._-]+/gu, '_')}.json`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(checked.data, null, 2)}\n`);
  console.log(
    `\nProfiled in ${seconds.toFixed(0)} s. Kernel model: network ms ≈ ${kernelModel.intercept.toFixed(2)} + ${kernelModel.slope.toFixed(3)} × Σ kernels.`,
  );
  if (quality) {
    const line = (name: string, q: typeof quality.kernel) =>
      `  ${name}: τ ${q.tau.toFixed(3)}, ${(100 * q.within10).toFixed(0)}% within ±10%, MAPE ${q.mape.toFixed(1)}% on ${q.count} held-out networks`;
    console.log(line('kernel-level (nn-Meter)', quality.kernel));
    console.log(line(`few-shot transfer (HELP, k = ${calibration})`, quality.transfer));
  }
  console.log(`Written to ${path.relative(process.cwd(), out)}`);
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exit(1);
});
