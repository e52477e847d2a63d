// Response shapes of the API, as zod schemas: they type the services, validate nothing at run time
// on the hot path, and generate the OpenAPI document.
import { z } from 'zod';
import { DEVICE_METRIC_NAMES, TARGET_NAMES, type DeviceMetricName } from '@/core/targets';

export const measurementSchema = z.object({
  mean: z.number().nullable().describe('Mean over the measurement runs; null where the dataset has no value.'),
  std: z.number().nullable().describe('Standard deviation over the runs; null where not published (all FPGA metrics).'),
  unit: z.string(),
});

export const blockSchema = z.object({
  e: z.number().describe('Expansion ratio: 1, 4 or 6'),
  k: z.number().describe('Depthwise kernel size: 3 or 5'),
  l: z.number().describe('Layers in the stage: 1–3 (block 5: 1–4)'),
  se: z.boolean().describe('Squeeze-excite on/off'),
});

// Every device metric as a named property (a record keyed by an enum would leave the OpenAPI document's
// `required` names undefined as properties, which the linters flag).
const measurementsSchema = z.object(
  Object.fromEntries(DEVICE_METRIC_NAMES.map((name) => [name, measurementSchema])) as Record<DeviceMetricName, typeof measurementSchema>,
);

export const recordSchema = z.object({
  resultId: z.int().describe('N of result_N.json'),
  file: z.string(),
  code: z.string().describe('Architecture code: 7 groups of "e k l se" digits'),
  split: z.enum(['train', 'val', 'test']).nullable(),
  valTop1: z.number().describe('ImageNet validation top-1 (%) after proxy training'),
  valTop5: z.number(),
  trainTime: z.number().describe('Proxy training time in seconds'),
  macs: z.number().describe('Millions of MACs at 224×224'),
  params: z.number().describe('Millions of parameters'),
  measurements: measurementsSchema,
});
export type ApiRecord = z.infer<typeof recordSchema>;

export const architectureListSchema = z.object({
  total: z.int().describe('Records matching the filters (all pages)'),
  items: z.array(recordSchema),
  nextCursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page'),
});

export const repeatedMeasurementSchema = z.object({
  trainings: z.int(),
  /** |difference| between the two trainings per metric: the seed-to-seed noise of the benchmark. */
  absDifference: z.record(z.string(), z.number().nullable()),
});

export const architectureDetailSchema = z.object({
  code: z.string(),
  blocks: z.array(blockSchema).length(7),
  macs: z.number().describe('Dataset MACs (millions)'),
  params: z.number().describe('Dataset params (millions)'),
  analytic: z.object({ macs: z.number(), params: z.number() }).describe('MACs/params computed from the genes by ANB Explorer'),
  records: z.array(recordSchema).min(1),
  repeated: repeatedMeasurementSchema.nullable().describe('Present when the architecture was trained more than once'),
});

export const metricSummarySchema = z.object({
  name: z.string(),
  unit: z.string(),
  count: z.int(),
  missing: z.int(),
  min: z.number().nullable(),
  max: z.number().nullable(),
  mean: z.number().nullable(),
  median: z.number().nullable(),
});

export const datasetStatsSchema = z.object({
  version: z.string().describe('sha256 of the dataset files'),
  importedAt: z.string(),
  records: z.int(),
  architectures: z.int(),
  repeatedArchitectures: z.int(),
  splits: z.object({ train: z.int(), val: z.int(), test: z.int(), none: z.int() }),
  proxyRuns: z.int(),
  devices: z.int(),
  metrics: z.array(metricSummarySchema),
  repeats: z.object({
    pairs: z.array(z.object({ code: z.string(), resultIds: z.array(z.int()), valTop1: z.array(z.number()), absDiffTop1: z.number() })),
    maxAbsDiffTop1: z.number().nullable(),
    meanAbsDiffTop1: z.number().nullable(),
  }),
  macsParamsCheck: z.object({ count: z.int(), exact: z.int(), maxAbsErrorMacs: z.number(), maxAbsErrorParams: z.number() }),
});

export const deviceSchema = z.object({
  id: z.string(),
  name: z.string(),
  vendor: z.string(),
  kind: z.enum(['GPU', 'TPU', 'FPGA']),
  metrics: z.array(
    z.object({
      name: z.enum(DEVICE_METRIC_NAMES),
      unit: z.string(),
      direction: z.enum(['max', 'min']),
      measured: z.int(),
      missing: z.int(),
      hasStd: z.boolean(),
      min: z.number().nullable(),
      max: z.number().nullable(),
    }),
  ),
  batchSize: z.int().nullable(),
  protocol: z.string(),
  source: z.string(),
});
const qualitySchema = z.object({
  count: z.int(),
  tau: z.number().describe('Kendall τ-b between predicted and measured on the held-out networks'),
  within10: z.number().describe('Share (0–1) of held-out predictions within ±10% of the measurement'),
  mape: z.number().describe('Mean absolute percentage error on the held-out networks, %'),
});
/** A profiled device as listed: who measured what, how, and each metric's validation (server/services/deviceProfiles.ts). */
export const userDeviceSchema = z.object({
  id: z.string().describe('Content hash of the profile: u and 12 hex digits'),
  name: z.string(),
  origin: z.enum(['browser', 'cli']).describe('Measured in a browser (onnxruntime-web) or by npm run profile-device (onnxruntime-node)'),
  createdAt: z.string(),
  runtime: z.object({
    engine: z.enum(['onnxruntime-node', 'onnxruntime-web']),
    backend: z.enum(['cpu', 'wasm', 'webgpu']),
    threads: z.int(),
    agent: z.string(),
    cpu: z.string(),
    cores: z.int(),
  }),
  protocol: z
    .object({ warmup: z.int(), repeats: z.int(), seed: z.int() })
    .describe('Warm-up and timed runs per network (median taken), plan seed'),
  seconds: z.number().describe('Wall time of the whole profile'),
  metrics: z.array(
    z.object({
      name: z.string().describe('The metric as views and routes name it: <id>.latency or <id>.throughput'),
      label: z.string(),
      short: z.string(),
      unit: z.string(),
      kind: z.enum(['latency', 'throughput']),
      direction: z.enum(['max', 'min']),
      metric: z.enum(['latency', 'throughput']),
      batch: z.int(),
      intercept: z.number().describe('Whole-network ms ≈ intercept + slope × Σ kernel ms + perLayer × layers + perGmac × GMACs'),
      slope: z.number(),
      perLayer: z.number(),
      perGmac: z.number().describe('ms per billion multiply-accumulates (the analytic count); 0 with fewer than 8 calibration networks'),
      logResidualStd: z.number().describe('Spread of log(measured / predicted); a prediction’s std is its value × this'),
      calibrationNetworks: z.int(),
      validation: qualitySchema.nullable().describe('On the held-out networks the fit never saw; null with fewer than 2'),
    }),
  ),
});
export const deviceListSchema = z.object({
  devices: z.array(deviceSchema.extend({ origin: z.literal('anb').describe('Measured by Accel-NASBench') })),
  profiles: z.array(userDeviceSchema).describe('Devices profiled by users of this server, newest first'),
});

export const rankCorrelationSchema = z.object({
  metrics: z.array(z.string()),
  spearman: z.array(z.array(z.number())),
  kendall: z.array(z.array(z.number())),
  n: z.array(z.array(z.int())).describe('Records with both values present'),
  note: z.string(),
});

export const paretoPointSchema = z.object({ resultId: z.int(), code: z.string(), x: z.number(), y: z.number() });
export const measuredParetoSchema = z.object({
  metric: z.string(),
  accuracy: z.enum(['val_top1', 'val_top5']),
  xDirection: z.enum(['max', 'min']),
  points: z.int().describe('Records with both values'),
  front: z.array(paretoPointSchema),
});

const agreementSchema = z.object({ n: z.int(), kendallTau: z.number(), spearman: z.number(), meanAbsDiff: z.number() });
export const proxyFidelitySchema = z.object({
  seeds: z.array(z.int()),
  architectures: z.int(),
  perSeed: z.array(agreementSchema.extend({ seed: z.int(), costRatio: z.number() })),
  pooledMeans: agreementSchema,
  pooledPairs: agreementSchema,
  seedToSeed: z.array(agreementSchema.extend({ recipe: z.enum(['fewproxy', 'proxified']), seeds: z.array(z.int()) })),
  costRatio: z.number(),
  pairs: z.array(
    z.object({
      code: z.string(),
      fewproxy: z.record(z.string(), z.number()),
      proxified: z.record(z.string(), z.number()),
      fewproxyMean: z.number(),
      proxifiedMean: z.number(),
      fewproxyTrainTimeS: z.number(),
      proxifiedTrainTimeS: z.number(),
    }),
  ),
});

export const targetNameSchema = z.enum(TARGET_NAMES);

const predictionSchema = z.record(z.string(), z.object({ mean: z.number(), std: z.number(), unit: z.string() }));
const oodSchema = z.object({
  nearestTrainDistance: z.int().describe('Genes (of 28) differing from the nearest training architecture'),
  percentile: z.number().describe('Share of test-split architectures at most this far from the training split'),
  level: z
    .enum(['in', 'edge', 'far'])
    .describe(
      "'in': descriptors inside the training data's box and every prediction inside its target's training range; 'edge': " +
        "some descriptor or prediction beyond them; 'far': edge score ≥ 0.25, a prediction beyond its range by ≥ 10% of it, " +
        'or genes further from the training split than 99% of test architectures (surrogates/runtime/outOfDistributionLevel.ts)',
    ),
  edge: z
    .number()
    .describe("Edge score s(x): summed excess of the 60 descriptors beyond the training split's [min, max], in units of each range"),
  reasons: z
    .array(
      z.discriminatedUnion('kind', [
        z.object({
          kind: z.literal('descriptor'),
          feature: z.string(),
          value: z.number(),
          min: z.number(),
          max: z.number(),
          excess: z.number().describe('Beyond [min, max] in units of max − min'),
        }),
        z.object({
          kind: z.literal('prediction'),
          target: targetNameSchema,
          value: z.number(),
          min: z.number(),
          max: z.number(),
          excess: z.number().describe("Beyond the target's training range in units of that range"),
        }),
        z.object({ kind: z.literal('genes'), percentile: z.number() }),
      ]),
    )
    .describe('Why the level is not in: descriptors (most extreme first), predictions beyond their training range, gene distance'),
  nearestMeasured: z.array(z.object({ code: z.string(), resultId: z.int(), distance: z.int(), valTop1: z.number() })),
});
export const predictResponseSchema = z.object({
  surrogateVersion: z.string().describe('versionHash of the surrogate manifest'),
  datasetVersion: z.string(),
  predictions: predictionSchema.optional().describe('With exactly one arch: its predictions per target (mean, std, unit)'),
  outOfDistribution: oodSchema.optional().describe('With exactly one arch: how far it is from the training data'),
  results: z.array(z.object({ arch: z.string(), predictions: predictionSchema, outOfDistribution: oodSchema })),
});
