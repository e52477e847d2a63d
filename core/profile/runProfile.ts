// One profile's measurements, run the same way by the CLI (onnxruntime-node) and the browser
// (onnxruntime-web in a worker): for each requested metric, the 168 kernels and the calibration and
// held-out networks of the seeded plan, each timed by the engine's own `time` function. First one whole
// network is run unrecorded (the engine's thread pool, allocator and CPU clocks wake up on it: measured
// here, the first kernels timed without it came out up to 7× slow). Then `rounds` rounds, each timing
// every network once (and, in the first `kernelRounds`, every kernel) in its own seeded order; a round
// keeps a model's fastest run (other work on the machine only ever slows a run down), and combineRounds
// divides out each round's level and takes the median over rounds. Why the counts differ: on this 2-core
// VM, in a 12-round run, kernels from only 2 rounds changed held-out τ by < 0.005 while held-out
// networks from only 2 rounds cost 0.03 (the measured networks are the noisy side); in a 24-round run
// one window of 3 kernel rounds fell to τ 0.866, so kernels get 6. With rounds (and the MACs term of
// kernelDeviceModel) eleven CLI profiles gave held-out τ 0.889–0.931 with 94–100% within ±10%, where
// two passes timed in blocks (calibration networks, then held-out ones) gave τ 0.57–0.91 and 10–98%.
// Progress says what is being measured and an estimate of the time left; a signal cancels between two
// timings; timings already made (a reload in the middle of a profile) are passed in as `known` and not
// repeated.
import { buildLayerModel, buildNetworkModel } from '../network/buildNetworkModel';
import type { OnnxModel } from '../onnx/encodeOnnxModel';
import { formatArchitectureCode } from '../space/architectureCode';
import { MAX_PROFILE_ROUNDS, type ProfileMeasurement, type ProfileMetric } from './deviceProfile';
import { createPrng } from '../random/prng';
import { combineRounds } from './combineRounds';
import { profilePlan } from './profilePlan';

/** One model's timed runs in one round (after its warm-up runs), ms. */
export interface Timing {
  /** The fastest run: what the model costs when nothing else gets in its way; the round's value. */
  minMs: number;
  medianMs: number;
  iqrMs: number;
}

export interface ProfileRequest {
  metrics: { metric: ProfileMetric; batch: number }[];
  /** Whole networks the kernel sum is calibrated on, and held-out ones that only test it. */
  calibration: number;
  heldOut: number;
  seed: number;
  /** Rounds over all networks (≥ 2, so a round's level can be divided out). */
  rounds: number;
  /** The first this many rounds also time every kernel (2 ≤ kernelRounds ≤ rounds). */
  kernelRounds: number;
}

export interface ProfileProgress {
  done: number;
  total: number;
  /** What was just timed: "latency · kernel s3.first.e6k5se", "throughput (batch 8) · network 1311-…". */
  what: string;
  elapsedSeconds: number;
  /** Estimate from the times so far per kind (kernel, network); null until one of each kind is timed. */
  leftSeconds: number | null;
}

export interface RunProfileOptions {
  /** Times one model (its input's batch dimension is already the batch to time). */
  time: (model: OnnxModel) => Promise<Timing>;
  onProgress?: (p: ProfileProgress) => void;
  /** Timings made before, by step key (`latency:1:kernel:s0.first.e1k3`); reused, not re-run. */
  known?: ReadonlyMap<string, Timing>;
  /** Called after each new timing, to keep it (for a resume after a reload). */
  onTimed?: (key: string, t: Timing) => void;
  signal?: AbortSignal;
  now?: () => number;
}

/** Rounds when the caller does not choose. */
export const DEFAULT_ROUNDS = 16;
/** Rounds that also time the kernels, when the caller does not choose (at most `rounds`). */
export const DEFAULT_KERNEL_ROUNDS = 6;
/** The kernel rounds of a profile with `rounds` rounds, in the CLI and on /devices/new alike. */
export const kernelRoundsFor = (rounds: number) => Math.min(DEFAULT_KERNEL_ROUNDS, rounds);
/** Untimed runs of each model in each round (its session is new: the first runs allocate and pick kernels). */
export const ROUND_WARMUP = 2;
/** Timed runs of each model in each round, the fastest kept, when the caller does not choose. */
export const DEFAULT_REPEATS = 3;

interface Step {
  key: string;
  kind: 'warmup' | 'kernel' | 'network';
  what: string;
  model: () => OnnxModel;
}

export class ProfileCancelled extends Error {
  constructor() {
    super('the profile was cancelled; nothing was saved');
  }
}

/** The steps of a request in the order they run, each with a stable key. */
export function profileSteps(req: ProfileRequest): Step[] {
  if (!Number.isInteger(req.rounds) || req.rounds < 2 || req.rounds > MAX_PROFILE_ROUNDS)
    throw new Error(`rounds must be an integer from 2 to ${MAX_PROFILE_ROUNDS}, got ${req.rounds}`);
  if (!Number.isInteger(req.kernelRounds) || req.kernelRounds < 2 || req.kernelRounds > req.rounds)
    throw new Error(`kernel rounds must be an integer from 2 to rounds (${req.rounds}), got ${req.kernelRounds}`);
  const plan = profilePlan(req.calibration, req.heldOut, req.seed);
  const steps: Step[] = [];
  for (const { metric, batch } of req.metrics) {
    const label = metric === 'latency' ? 'latency' : `throughput (batch ${batch})`;
    const first = plan.calibration[0];
    steps.push({
      key: `${metric}:${batch}:warmup`,
      kind: 'warmup',
      what: `${label} · warming up on network ${formatArchitectureCode(first)}`,
      model: () => buildNetworkModel(first, { batch }),
    });
    const kernels = plan.kernels.map((k) => ({
      id: `kernel:${k.key}`,
      kind: 'kernel' as const,
      model: () => buildLayerModel(k.layer, { batch }),
    }));
    const networks = [...plan.calibration, ...plan.heldOut].map((arch) => ({
      id: `network:${formatArchitectureCode(arch)}`,
      kind: 'network' as const,
      model: () => buildNetworkModel(arch, { batch }),
    }));
    for (let round = 1; round <= req.rounds; round++) {
      // Fisher–Yates with a seed per round: the order is the same on every run of the same request.
      const order = round <= req.kernelRounds ? [...kernels, ...networks] : [...networks];
      const rng = createPrng(req.seed * 1009 + round);
      for (let i = order.length - 1; i > 0; i--) {
        const j = rng.int(i + 1);
        [order[i], order[j]] = [order[j], order[i]];
      }
      for (const m of order)
        steps.push({
          key: `${metric}:${batch}:${m.id}:round${round}`,
          kind: m.kind,
          what: `${label} · ${m.id.replace(':', ' ')} (round ${round} of ${req.rounds})`,
          model: m.model,
        });
    }
  }
  return steps;
}

export async function runProfile(req: ProfileRequest, o: RunProfileOptions): Promise<ProfileMeasurement[]> {
  const now = o.now ?? (() => performance.now());
  const plan = profilePlan(req.calibration, req.heldOut, req.seed);
  const steps = profileSteps(req);
  const timings = new Map<string, Timing>();
  const spent = { warmup: { s: 0, n: 0 }, kernel: { s: 0, n: 0 }, network: { s: 0, n: 0 } };
  const t0 = now();
  for (let i = 0; i < steps.length; i++) {
    if (o.signal?.aborted) throw new ProfileCancelled();
    const step = steps[i];
    // The warm-up is about the engine's state, not data: it runs again after a resume and is never kept.
    let t = step.kind === 'warmup' ? undefined : o.known?.get(step.key);
    if (!t) {
      const start = now();
      t = await o.time(step.model());
      spent[step.kind].s += (now() - start) / 1000;
      spent[step.kind].n += 1;
      if (step.kind !== 'warmup') o.onTimed?.(step.key, t);
    }
    timings.set(step.key, t);
    if (o.onProgress) {
      const rest = steps.slice(i + 1);
      const avg = (k: Step['kind']) => (spent[k].n ? spent[k].s / spent[k].n : null);
      const kernelAvg = avg('kernel');
      // Until a network of the plan is timed, the warm-up network's time stands in for one.
      const networkAvg = avg('network') ?? avg('warmup');
      const leftSeconds =
        (rest.some((s) => s.kind === 'kernel') && kernelAvg === null) || (rest.some((s) => s.kind === 'network') && networkAvg === null)
          ? null
          : rest.reduce((s, r) => s + ((r.kind === 'kernel' ? kernelAvg : networkAvg) ?? 0), 0);
      o.onProgress({ done: i + 1, total: steps.length, what: step.what, elapsedSeconds: (now() - t0) / 1000, leftSeconds });
    }
  }
  return req.metrics.map(({ metric, batch }) => {
    const roundsOf = (id: string, n: number) =>
      Array.from({ length: n }, (_, r) => timings.get(`${metric}:${batch}:${id}:round${r + 1}`)!.minMs);
    const kernels = combineRounds(plan.kernels.map((k) => roundsOf(`kernel:${k.key}`, req.kernelRounds)));
    const archs = [...plan.calibration, ...plan.heldOut];
    const codes = archs.map((a) => formatArchitectureCode(a) as string);
    const networks = combineRounds(codes.map((code) => roundsOf(`network:${code}`, req.rounds))).map((t, i) => ({
      code: codes[i],
      ms: t.ms,
      iqrMs: t.iqrMs,
    }));
    return {
      metric,
      batch,
      kernels: Object.fromEntries(plan.kernels.map((k, i) => [k.key, kernels[i].ms])),
      calibrationNetworks: networks.slice(0, plan.calibration.length),
      heldOutNetworks: networks.slice(plan.calibration.length),
    };
  });
}
