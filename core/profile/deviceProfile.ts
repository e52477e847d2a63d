// A device profile as data (#12): what was measured where and how — the 168 kernel times and whole
// networks, for latency (batch 1) and/or throughput (a stated batch) — and nothing derived. The fit and
// its validation are computed from these measurements by fitDeviceProfile, the same code in the browser,
// the CLI and the server, so a stored profile can never carry numbers its measurements do not give.
// Validated at every boundary (the CLI before it stores, the write route before it stores): sizes
// bounded, every time finite and in a sane range, codes real architectures, the 168 kernels all there.
import { z } from 'zod';
import { displayNameSchema } from '../displayName';
import { parseArchitectureCode } from '../space/architectureCode';
import { allKernels } from './kernelCatalog';

const KERNEL_KEYS = allKernels().map((k) => k.key);
export const PROFILE_METRICS = ['latency', 'throughput'] as const;
export type ProfileMetric = (typeof PROFILE_METRICS)[number];
export const MAX_PROFILE_BATCH = 256;
/** Rounds over all models a profile may run (runProfile); each costs one timing of every model. */
export const MAX_PROFILE_ROUNDS = 50;

/** A timed run of one network or kernel, ms: above 0, at most a minute (a slower run is a broken measurement). */
const ms = z.number().positive().max(60_000);
const code = z
  .string()
  .refine(
    (s) => parseArchitectureCode(s).ok,
    'not an architecture code of the ANB space (7 blocks e k l se, e.g. 1311-6321-6521-6331-6531-6541-6311)',
  );
/** One whole network timed: the median run and the interquartile range of the runs, ms per run of `batch` images. */
export const profiledNetworkSchema = z.strictObject({ code, ms, iqrMs: z.number().min(0).max(60_000) });

export const profileMeasurementSchema = z
  .strictObject({
    metric: z.enum(PROFILE_METRICS),
    /** Images per run: 1 for latency; throughput is batch × 1000 / ms images per second. */
    batch: z.int().min(1).max(MAX_PROFILE_BATCH),
    // Every kernel is a required field: a missing one is named by its key, an unknown one refused.
    kernels: z.strictObject(Object.fromEntries(KERNEL_KEYS.map((k) => [k, ms])) as Record<string, typeof ms>),
    calibrationNetworks: z.array(profiledNetworkSchema).min(3).max(500),
    heldOutNetworks: z.array(profiledNetworkSchema).max(1000),
  })
  .superRefine((m, ctx) => {
    if (m.metric === 'latency' && m.batch !== 1)
      ctx.addIssue({ code: 'custom', path: ['batch'], message: `latency is measured at batch 1, got batch ${m.batch}` });
    const seen = new Set<string>();
    for (const [list, nets] of [
      ['calibrationNetworks', m.calibrationNetworks],
      ['heldOutNetworks', m.heldOutNetworks],
    ] as const)
      nets.forEach((n, i) => {
        if (seen.has(n.code))
          ctx.addIssue({
            code: 'custom',
            path: [list, i, 'code'],
            message: `${n.code} is timed twice; calibration and held-out networks must all differ (held-out ones are the fit's test)`,
          });
        seen.add(n.code);
      });
  });
export type ProfileMeasurement = z.infer<typeof profileMeasurementSchema>;

export const deviceProfileSchema = z.strictObject({
  name: displayNameSchema('the device'),
  createdAt: z.iso.datetime(),
  runtime: z.strictObject({
    engine: z.enum(['onnxruntime-node', 'onnxruntime-web']),
    backend: z.enum(['cpu', 'wasm', 'webgpu']),
    threads: z.int().min(1).max(256),
    /** Node's version or the browser's user agent. */
    agent: z.string().max(400),
    /** The CPU as the OS names it when known ('' in a browser, which does not say). */
    cpu: z.string().max(200),
    cores: z.int().min(1).max(1024),
  }),
  protocol: z.strictObject({
    warmup: z.int().min(0).max(100),
    /** Timed runs per model in each round (runs per model in total without `rounds`). */
    repeats: z.int().min(3).max(1000),
    /**
     * Rounds over all networks, each model's fastest run per round kept (runProfile); the first
     * `kernelRounds` of them time the kernels too. Both are absent in profiles measured before rounds:
     * those timed every model in two passes and kept the pass with the smaller median.
     */
    rounds: z.int().min(2).max(MAX_PROFILE_ROUNDS).optional(),
    kernelRounds: z.int().min(2).max(MAX_PROFILE_ROUNDS).optional(),
    seed: z
      .int()
      .min(1)
      .max(2 ** 31 - 1),
  }),
  /** Wall time of the whole profile, s. */
  seconds: z.number().positive().max(86_400),
  measurements: z
    .array(profileMeasurementSchema)
    .min(1)
    .max(PROFILE_METRICS.length)
    .refine((ms) => new Set(ms.map((m) => m.metric)).size === ms.length, 'each metric (latency, throughput) at most once'),
});
export type DeviceProfile = z.infer<typeof deviceProfileSchema>;
export type DeviceProfileInput = z.input<typeof deviceProfileSchema>;
