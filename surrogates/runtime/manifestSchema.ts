// The contract between a trained surrogate and whoever loads it (Node predictor, browser worker):
// `manifest.json` beside the ONNX file, parsed with zod before any session is created.
import { z } from 'zod';
import { err, ok, type Result } from '../../core/result';
import { TARGET_NAMES } from '../../core/targets';

export const MANIFEST_FILE = 'manifest.json';
// 2: the `edge` output, `domain`, per-target `edgeScale` and `trainingRange`, the split's `heldOut`.
// 3: the `members` output; per target the run-to-run noise and the difference floor
//    (runtime/predictedDifference.ts), and the test pairs' difference coverage.
export const MANIFEST_SCHEMA_VERSION = 3;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex sha256');
const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const nonNegative = finite.refine((v) => v >= 0, 'must be ≥ 0');
const share = finite.refine((v) => v >= 0 && v <= 1, 'must be a share in [0, 1]');

const metricsSchema = z.strictObject({
  n_train: z.number().int().nonnegative(),
  n_test: z.number().int().nonnegative(),
  r2: finite,
  kendall_tau: finite,
  spearman: finite,
  mae: nonNegative,
  coverage90: finite.refine((v) => v >= 0 && v <= 1, 'must be a share in [0, 1]'),
  /** Mean width of the 90% interval (2·1.645·std), target unit. */
  width90: nonNegative,
  /** Share of test points that runtime/outOfDistributionLevel.ts flags (level not `in`). */
  ood_flag_rate: finite.refine((v) => v >= 0 && v <= 1, 'must be a share in [0, 1]'),
  /** Pairs of test points by genes apart: how often the predicted difference's interval (plus run noise) holds the measured one. */
  difference_coverage90: z.array(
    z.strictObject({
      min_distance: z.number().int().min(1),
      max_distance: z.number().int().min(1),
      pairs: z.number().int().nonnegative(),
      coverage90: share.nullable(),
      /** Share of those pairs whose predicted difference is within noise (not 'clear'). */
      within_noise: share.nullable(),
    }),
  ),
});

const targetSchema = z.strictObject({
  name: z.enum(TARGET_NAMES),
  unit: z.string().min(1),
  /** Column of this target in the `mean` and `std` outputs. */
  column: z.number().int().nonnegative(),
  transform: z.enum(['identity', 'log']),
  baseLink: z.enum(['none', 'additive', 'log', 'negLog']),
  members: z.number().int().positive(),
  uncertainty: z.strictObject({
    level: z.literal(0.9),
    varianceScale: nonNegative,
    varianceFloor: nonNegative,
    rho: nonNegative,
    noise: nonNegative,
    conformal: nonNegative,
    /** G: model-space variance added per squared edge score s(x)² (runtime/edgeScore.ts). */
    edgeScale: nonNegative,
    /** Out-of-fold tail points G was calibrated on. */
    edgePoints: z.number().int().nonnegative(),
    /** N: model-space variance of one training run or measurement around its expected value (pipeline/runNoise.ts). */
    runNoise: nonNegative,
    runNoiseSource: z.enum(['proxified-seeds', 'repeated-records']),
    /** Degrees of freedom behind runNoise. */
    runNoiseDof: z.number().int().nonnegative(),
    /** F: model-error variance per architecture a difference keeps (pipeline/differenceFloor.ts). */
    differenceFloor: nonNegative,
    /** Validation pairs F was calibrated on. */
    differencePairs: z.number().int().nonnegative(),
  }),
  /** Smallest and largest measured value of the training split (target unit): beyond is extrapolation. */
  trainingRange: z.strictObject({ min: finite, max: finite }),
  test: metricsSchema.nullable(),
});

export const surrogateManifestSchema = z
  .strictObject({
    schemaVersion: z.literal(MANIFEST_SCHEMA_VERSION),
    /** sha256 over the ONNX bytes followed by this manifest's JSON without `versionHash`. */
    versionHash: sha256,
    model: z.strictObject({
      file: z.string().regex(/^[A-Za-z0-9._-]+\.onnx$/, 'must be a plain file name ending in .onnx'),
      sha256,
      bytes: z.number().int().positive(),
      input: z.literal('features'),
      outputs: z.tuple([z.literal('mean'), z.literal('std'), z.literal('edge'), z.literal('members')]),
      opsets: z.array(z.strictObject({ domain: z.string(), version: z.number().int().positive() })),
    }),
    featureEncoding: z.strictObject({
      version: z.string().min(1),
      description: z.string().min(1),
      count: z.number().int().positive(),
      names: z.array(z.string().min(1)),
    }),
    outputs: z.strictObject({ mean: z.string().min(1), std: z.string().min(1), edge: z.string().min(1), members: z.string().min(1) }),
    /** The training split's per-feature box (feature order), which the edge score is measured against. */
    domain: z.strictObject({ min: z.array(finite), max: z.array(finite) }),
    targets: z.array(targetSchema).min(1),
    training: z.strictObject({
      learner: z.string().min(1),
      seed: z.number().int().nonnegative(),
      dataContentHash: sha256,
      split: z.strictObject({
        kind: z.enum(['paper', 'directory', 'random']),
        seed: z.number().int().nonnegative().nullable(),
        /** A held-out-extremes split (split.json of pipeline/writeExtremesSplit.ts): what its test holds. */
        heldOut: z
          .strictObject({
            measure: z.string().min(1),
            share: finite,
            tails: z.enum(['both', 'low', 'high']),
          })
          .nullable(),
        hash: sha256,
        counts: z.strictObject({
          train: z.number().int().nonnegative(),
          val: z.number().int().nonnegative(),
          test: z.number().int().nonnegative(),
        }),
      }),
    }),
  })
  .superRefine((m, ctx) => {
    if (m.featureEncoding.names.length !== m.featureEncoding.count) {
      ctx.addIssue({
        code: 'custom',
        path: ['featureEncoding', 'names'],
        message: `lists ${m.featureEncoding.names.length} names for ${m.featureEncoding.count} features`,
      });
    }
    for (const side of ['min', 'max'] as const)
      if (m.domain[side].length !== m.featureEncoding.count)
        ctx.addIssue({
          code: 'custom',
          path: ['domain', side],
          message: `lists ${m.domain[side].length} values for ${m.featureEncoding.count} features`,
        });
    const seen = new Set<string>();
    m.targets.forEach((t, i) => {
      if (seen.has(t.name)) ctx.addIssue({ code: 'custom', path: ['targets', i, 'name'], message: `${t.name} is listed twice` });
      seen.add(t.name);
      if (t.column !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['targets', i, 'column'],
          message: `is ${t.column}; targets must be listed in column order (expected ${i})`,
        });
    });
  });

export type SurrogateManifest = z.infer<typeof surrogateManifestSchema>;
export type SurrogateTestMetrics = z.infer<typeof metricsSchema>;

export interface ManifestError {
  code: 'invalid_manifest';
  message: string;
}

/** Parses a manifest; the error names every offending field, e.g. `targets.3.transform: …`. */
export function parseSurrogateManifest(json: unknown): Result<SurrogateManifest, ManifestError> {
  const parsed = surrogateManifestSchema.safeParse(json);
  if (parsed.success) return ok(parsed.data);
  const issues = parsed.error.issues.map((i) => `${i.path.length > 0 ? i.path.join('.') : '(root)'}: ${i.message}`);
  return err({ code: 'invalid_manifest', message: `Invalid surrogate manifest: ${issues.join('; ')}` });
}
