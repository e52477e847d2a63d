// The profiler worker's messages (#12), declared once for both ends as zod schemas: each side parses
// what it receives, so a message from a stale build or a broken worker is a coded error, never a
// half-read object. One profile runs at a time; `id` ties progress, timings and the end to the start.
import { z } from 'zod';
import { deviceProfileSchema, MAX_PROFILE_BATCH, PROFILE_METRICS } from '@/core/profile/deviceProfile';

export type ProfilerErrorCode =
  /** Cancel was pressed: the run stopped between two timings and nothing is kept for saving. */
  | 'cancelled'
  /** onnxruntime-web could not load, or could not create or run a session for a model. */
  | 'runtime_failed'
  /** The start message does not parse (a page and worker of different builds). */
  | 'invalid_request'
  /** The worker itself crashed or could not be started. */
  | 'worker_failed';

export interface ProfilerError {
  code: ProfilerErrorCode;
  message: string;
}

export const timingSchema = z.strictObject({ minMs: z.number().positive(), medianMs: z.number().positive(), iqrMs: z.number().min(0) });

export const profilerStartSchema = z.strictObject({
  kind: z.literal('start'),
  id: z.int().positive(),
  request: z.strictObject({
    metrics: z
      .array(z.strictObject({ metric: z.enum(PROFILE_METRICS), batch: z.int().min(1).max(MAX_PROFILE_BATCH) }))
      .min(1)
      .max(PROFILE_METRICS.length),
    calibration: z.int().min(3).max(500),
    heldOut: z.int().min(0).max(1000),
    seed: z
      .int()
      .min(1)
      .max(2 ** 31 - 1),
    // The stored protocol's bounds; required here (only profiles from before rounds lack them).
    rounds: deviceProfileSchema.shape.protocol.shape.rounds.unwrap(),
    kernelRounds: deviceProfileSchema.shape.protocol.shape.kernelRounds.unwrap(),
  }),
  warmup: deviceProfileSchema.shape.protocol.shape.warmup,
  repeats: deviceProfileSchema.shape.protocol.shape.repeats,
  /** Timings a reload interrupted, by runProfile's step key: reused, not measured again. */
  known: z.array(z.tuple([z.string().max(200), timingSchema])).max(10_000),
});

export const profilerRequestSchema = z.discriminatedUnion('kind', [
  profilerStartSchema,
  z.strictObject({ kind: z.literal('cancel'), id: z.int().positive() }),
]);
export type ProfilerRequest = z.infer<typeof profilerRequestSchema>;
export type ProfilerStart = z.infer<typeof profilerStartSchema>;

const runtimeSchema = deviceProfileSchema.shape.runtime;
export type ProfilerRuntime = z.infer<typeof runtimeSchema>;

export const profilerReplySchema = z.discriminatedUnion('kind', [
  /** The runtime chosen (WebGPU or wasm, threads), sent once it has loaded. */
  z.strictObject({ kind: z.literal('runtime'), id: z.int(), runtime: runtimeSchema }),
  z.strictObject({
    kind: z.literal('progress'),
    id: z.int(),
    progress: z.strictObject({
      done: z.int().min(0),
      total: z.int().min(1),
      what: z.string(),
      elapsedSeconds: z.number().min(0),
      leftSeconds: z.number().min(0).nullable(),
    }),
  }),
  /** One new timing, for the page to keep (a reload resumes from the kept ones). */
  z.strictObject({ kind: z.literal('timed'), id: z.int(), key: z.string(), timing: timingSchema }),
  z.strictObject({
    kind: z.literal('done'),
    id: z.int(),
    runtime: runtimeSchema,
    measurements: deviceProfileSchema.shape.measurements,
  }),
  z.strictObject({
    kind: z.literal('error'),
    id: z.int(),
    error: z.strictObject({ code: z.enum(['cancelled', 'runtime_failed', 'invalid_request', 'worker_failed']), message: z.string() }),
  }),
]);
export type ProfilerReply = z.infer<typeof profilerReplySchema>;
