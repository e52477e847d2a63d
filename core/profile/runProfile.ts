// One profile's measurements, run the same way by the CLI (onnxruntime-node) and the browser
// (onnxruntime-web in a worker): for each requested metric, the 168 kernels, then the calibration and
// held-out networks of the seeded plan, each timed by the engine's own `time` function. First one whole
// network is run unrecorded (the engine's thread pool, allocator and CPU clocks wake up on it: measured
// here, the first kernels timed without it came out up to 7× slow). Kernels and networks are each timed
// in PASSES passes and the pass with the smaller median is kept: other work on the machine (a busy
// neighbour of a virtual machine) only ever slows a run down, and rarely hits the same model in both
// passes; on this 2-core VM one pass gave held-out τ anywhere from 0.66 to 0.90 between runs. Progress says
// what is being measured and an estimate of the time left; a signal cancels between two timings; timings
// already made (a reload in the middle of a profile) are passed in as `known` and not repeated.
import { buildLayerModel, buildNetworkModel } from '../network/buildNetworkModel';
import type { OnnxModel } from '../onnx/encodeOnnxModel';
import { formatArchitectureCode } from '../space/architectureCode';
import type { ProfileMeasurement, ProfileMetric } from './deviceProfile';
import { profilePlan } from './profilePlan';

export interface Timing {
  medianMs: number;
  iqrMs: number;
}

export interface ProfileRequest {
  metrics: { metric: ProfileMetric; batch: number }[];
  /** Whole networks the kernel sum is calibrated on, and held-out ones that only test it. */
  calibration: number;
  heldOut: number;
  seed: number;
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

/** Passes over the kernels and over the networks; each model keeps the pass with the smallest median. */
export const PASSES = 2;

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
    for (let pass = 1; pass <= PASSES; pass++)
      for (const k of plan.kernels)
        steps.push({
          key: `${metric}:${batch}:kernel:${k.key}:pass${pass}`,
          kind: 'kernel',
          what: `${label} · kernel ${k.key} (pass ${pass} of ${PASSES})`,
          model: () => buildLayerModel(k.layer, { batch }),
        });
    for (let pass = 1; pass <= PASSES; pass++)
      for (const arch of [...plan.calibration, ...plan.heldOut]) {
        const code = formatArchitectureCode(arch);
        steps.push({
          key: `${metric}:${batch}:network:${code}:pass${pass}`,
          kind: 'network',
          what: `${label} · network ${code} (pass ${pass} of ${PASSES})`,
          model: () => buildNetworkModel(arch, { batch }),
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
    /** The pass with the smallest median. */
    const best = (key: string) =>
      Array.from({ length: PASSES }, (_, p) => timings.get(`${metric}:${batch}:${key}:pass${p + 1}`)!).reduce((a, b) =>
        b.medianMs < a.medianMs ? b : a,
      );
    const network = (arch: (typeof plan.calibration)[number]) => {
      const code = formatArchitectureCode(arch);
      const t = best(`network:${code}`);
      return { code: code as string, ms: t.medianMs, iqrMs: t.iqrMs };
    };
    return {
      metric,
      batch,
      kernels: Object.fromEntries(plan.kernels.map((k) => [k.key, best(`kernel:${k.key}`).medianMs])),
      calibrationNetworks: plan.calibration.map(network),
      heldOutNetworks: plan.heldOut.map(network),
    };
  });
}
