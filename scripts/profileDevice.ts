// `npm run profile-device -- --name NAME [--metric latency|throughput|both] [--batch 8] [--samples 20]
//  [--held-out 50] [--threads T] [--rounds 16] [--repeats 3] [--seed 1] [--server URL] [--json FILE]`: profiles the machine it runs on
// with onnxruntime-node (#12). Times the 168 MBConv kernels and whole ANB networks (core/profile/runProfile,
// the same plan the browser runs), fits the kernel-level device model on the --samples calibration networks
// and reports how it predicts the held-out ones it never saw (Kendall τ, share within ±10%), beside the
// few-shot transfer model fitted on the same networks. Stores the profile in the database the server uses
// (PGlite folder or DATABASE_URL), or through a running server's POST /api/v1/devices with --server
// (a PGlite folder is locked by the server that has it open). Prints the delete token once; --json writes
// the timing and validation numbers to a file (npm run bench reads them).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { deviceProfileSchema, MAX_PROFILE_BATCH, MAX_PROFILE_ROUNDS, type ProfileMetric } from '@/core/profile/deviceProfile';
import { fitDeviceProfile, rankSimilarity } from '@/core/profile/fitDeviceProfile';
import { predictionQuality } from '@/core/profile/predictionQuality';
import { DEFAULT_REPEATS, DEFAULT_ROUNDS, kernelRoundsFor, ROUND_WARMUP, runProfile } from '@/core/profile/runProfile';
import { parseArchitectureCode } from '@/core/space/architectureCode';
import type { Architecture } from '@/core/space/searchSpace';
import { DEVICE_METRIC_NAMES, DEVICE_METRICS } from '@/core/targets';
import { fitFewShotDeviceModel } from '@/core/transfer/fewShotDeviceModel';
import { referenceFeatures } from '@/core/transfer/referenceFeatures';
import { openDatabase } from '@/server/db/openDatabase';
import { env } from '@/server/env';
import { createDeviceProfile } from '@/server/services/deviceProfiles';
import { createNodePredictor } from '@/surrogates/runtime/createNodePredictor';
import { timeOnnxModel } from './profile/timeOnnxModel';

const USAGE =
  'usage: npm run profile-device -- --name NAME [--metric latency|throughput|both] [--batch 8] [--samples 20] [--held-out 50] ' +
  '[--threads T] [--rounds 16] [--repeats 3] [--seed 1] [--server http://host:port] [--json FILE]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

function intOption(values: Record<string, string | boolean | undefined>, name: string, min: number, max: number): number {
  const v = Number(values[name]);
  if (!Number.isInteger(v) || v < min || v > max) fail(`--${name} must be an integer from ${min} to ${max}, got "${values[name]}"`);
  return v;
}

const archOf = (code: string): Architecture => {
  const r = parseArchitectureCode(code);
  if (!r.ok) throw new Error(`invalid code ${code}`);
  return r.value;
};

async function main() {
  const { values } = parseArgs({
    options: {
      name: { type: 'string' },
      metric: { type: 'string', default: 'latency' },
      batch: { type: 'string', default: '8' },
      samples: { type: 'string', default: '20' },
      'held-out': { type: 'string', default: '50' },
      threads: { type: 'string', default: String(Math.max(1, cpus().length)) },
      rounds: { type: 'string', default: String(DEFAULT_ROUNDS) },
      repeats: { type: 'string', default: String(DEFAULT_REPEATS) },
      seed: { type: 'string', default: '1' },
      server: { type: 'string' },
      json: { type: 'string' },
    },
  });
  const name = deviceProfileSchema.shape.name.safeParse(values.name ?? '');
  if (!name.success) fail(`--name: ${name.error.issues[0].message}`);
  if (!['latency', 'throughput', 'both'].includes(values.metric!))
    fail(`--metric must be latency, throughput or both, got "${values.metric}"`);
  const samples = intOption(values, 'samples', 3, 500);
  const heldOut = intOption(values, 'held-out', 0, 1000);
  const threads = intOption(values, 'threads', 1, 256);
  const rounds = intOption(values, 'rounds', 2, MAX_PROFILE_ROUNDS);
  const kernelRounds = kernelRoundsFor(rounds);
  const repeats = intOption(values, 'repeats', 3, 1000);
  const seed = intOption(values, 'seed', 1, 2 ** 31 - 1);
  const batch = intOption(values, 'batch', 2, MAX_PROFILE_BATCH);
  let server: URL | null = null;
  if (values.server !== undefined) {
    try {
      server = new URL('/api/v1/devices', values.server);
    } catch {
      fail(`--server must be the server's address, e.g. http://127.0.0.1:3000, got "${values.server}"`);
    }
  }
  const metrics: { metric: ProfileMetric; batch: number }[] = [];
  if (values.metric !== 'throughput') metrics.push({ metric: 'latency', batch: 1 });
  if (values.metric !== 'latency') metrics.push({ metric: 'throughput', batch });

  const warmup = ROUND_WARMUP;
  console.log(
    `Profiling "${name.data}": ${metrics.map((m) => (m.metric === 'latency' ? 'latency (batch 1)' : `throughput (batch ${m.batch})`)).join(' and ')}; ` +
      `168 kernels, ${samples} calibration + ${heldOut} held-out networks each; ${threads} thread(s); ${rounds} rounds over the networks (the first ${kernelRounds} over the kernels too), ${warmup} warm-up and ${repeats} timed runs per model in each…`,
  );
  const t0 = performance.now();
  const measurements = await runProfile(
    { metrics, calibration: samples, heldOut, seed, rounds, kernelRounds },
    {
      time: (model) => timeOnnxModel(model, { threads, warmup, repeats }),
      onProgress: (p) => {
        if (p.done % 20 === 0 || p.done === p.total)
          console.log(
            `  ${p.done}/${p.total} ${p.what} · ${p.elapsedSeconds.toFixed(0)} s` +
              (p.leftSeconds === null ? '' : `, about ${Math.ceil(p.leftSeconds)} s left`),
          );
      },
    },
  );
  const seconds = Math.round(((performance.now() - t0) / 1000) * 10) / 10;
  const profile = {
    name: name.data,
    createdAt: new Date().toISOString(),
    runtime: {
      engine: 'onnxruntime-node',
      backend: 'cpu',
      threads,
      agent: `Node.js ${process.version} (${process.platform} ${process.arch})`,
      cpu: cpus()[0]?.model ?? '',
      cores: cpus().length,
    },
    protocol: { warmup, repeats, rounds, kernelRounds, seed },
    seconds,
    measurements,
  };
  // The same validation the server's write route applies: a profile that would be refused is not stored.
  const checked = deviceProfileSchema.safeParse(profile);
  if (!checked.success) {
    console.error(
      `The profile is not valid, nothing stored:\n${checked.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`,
    );
    process.exit(1);
  }

  // The validation numbers, and the few-shot transfer route on the same networks for comparison (its
  // features: the surrogate's predictions of ANB's eight device metrics, MACs and params).
  const predictor = await createNodePredictor(path.resolve(env.ANB_MODEL_DIR ?? 'public/models'));
  const w = predictor.targets.length;
  const reference = async (archs: Architecture[]) => {
    const p = await predictor.predict(archs);
    return {
      features: archs.map((a, i) =>
        referenceFeatures(
          DEVICE_METRIC_NAMES.map((m) => p.mean[i * w + predictor.targets.indexOf(m)]),
          a,
        ),
      ),
      column: (metric: string) =>
        archs.map((_, i) => p.mean[i * w + predictor.targets.indexOf(metric as (typeof predictor.targets)[number])]),
    };
  };
  console.log(`\nProfiled in ${seconds.toFixed(0)} s.`);
  const fitted = fitDeviceProfile(checked.data);
  const report: Record<string, unknown>[] = [];
  for (const [i, fit] of fitted.fits.entries()) {
    const m = checked.data.measurements[i];
    const unit = fit.metric === 'latency' ? 'ms' : 'img/s';
    console.log(
      `${fit.metric}${fit.metric === 'throughput' ? ` (batch ${fit.batch})` : ''}: network ms ≈ ${fit.intercept.toFixed(2)} + ${fit.slope.toFixed(3)} × Σ kernels ${fit.perLayer < 0 ? '−' : '+'} ${Math.abs(fit.perLayer).toFixed(3)} × layers ${fit.perGmac < 0 ? '−' : '+'} ${Math.abs(fit.perGmac).toFixed(2)} × GMACs`,
    );
    const cal = await reference(m.calibrationNetworks.map((n) => archOf(n.code)));
    const all = await reference([...m.calibrationNetworks, ...m.heldOutNetworks].map((n) => archOf(n.code)));
    const like = rankSimilarity(
      [...m.calibrationNetworks, ...m.heldOutNetworks].map((n) => n.ms),
      'min',
      DEVICE_METRICS.map((t) => ({ name: t.name, direction: t.direction, values: all.column(t.name) })),
    );
    const row: Record<string, unknown> = { metric: fit.metric, batch: fit.batch, mostLike: like.slice(0, 3), kernel: fit.validation };
    report.push(row);
    console.log(`  ranks most like ${like[0].name} (τ ${like[0].tau.toFixed(3)}), then ${like[1].name} (τ ${like[1].tau.toFixed(3)})`);
    if (fit.validation) {
      const held = await reference(m.heldOutNetworks.map((n) => archOf(n.code)));
      const transfer = fitFewShotDeviceModel(
        cal.features,
        m.calibrationNetworks.map((n) => Math.log(n.ms)),
      );
      const tq = predictionQuality(
        held.features.map((f) => {
          const ms = Math.exp(transfer.predictLog(f));
          return fit.metric === 'latency' ? ms : (fit.batch * 1000) / ms;
        }),
        fit.heldOut.map((h) => h.measured),
      );
      const line = (label: string, q: { tau: number; within10: number; mape: number; count: number }) =>
        `  ${label}: τ ${q.tau.toFixed(3)}, ${(100 * q.within10).toFixed(0)}% within ±10%, MAPE ${q.mape.toFixed(1)}% on ${q.count} held-out networks (${unit})`;
      row.transfer = tq;
      console.log(line('kernel-level model (stored)', fit.validation));
      console.log(line(`few-shot transfer (HELP, k = ${samples}), for comparison`, tq));
    }
  }
  await predictor.release();
  if (values.json) {
    mkdirSync(path.dirname(path.resolve(values.json)), { recursive: true });
    writeFileSync(
      path.resolve(values.json),
      `${JSON.stringify({ name: name.data, threads, rounds, kernelRounds, repeats, samples, heldOut, seconds, cpu: cpus()[0]?.model ?? '', metrics: report }, null, 2)}\n`,
    );
  }

  let stored: { created: boolean; device: { id: string }; deleteToken: string | null };
  if (server) {
    const res = await fetch(server, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ origin: 'cli', profile: checked.data }),
    });
    const body = (await res.json()) as { error?: { message: string } } & typeof stored;
    if (!res.ok) {
      console.error(`The server refused the profile (HTTP ${res.status}): ${body.error?.message ?? 'no message'}`);
      process.exit(1);
    }
    stored = body;
  } else {
    const opened = await openDatabase();
    try {
      stored = await createDeviceProfile(opened.db, { origin: 'cli', profile: checked.data });
    } finally {
      await opened.close();
    }
  }
  console.log(`\nStored as device ${stored.device.id} (${server ? server.origin : 'local database'}).`);
  console.log(
    stored.deleteToken
      ? `Delete token (shown once, keep it): ${stored.deleteToken}\n  delete with: curl -X DELETE -H 'X-Delete-Token: ${stored.deleteToken}' <server>/api/v1/devices/${stored.device.id}`
      : 'The same profile was stored before; its delete token went to whoever stored it first.',
  );
  console.log(`Use it: /pareto?metric=${stored.device.id}.${metrics[0].metric} · /devices/${stored.device.id}`);
}

main().catch((e) => {
  console.error((e as Error).message);
  process.exit(1);
});
