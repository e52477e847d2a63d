// A device profile as data (#12): what was measured where and how, the kernel times, the calibration
// and the validation on held-out networks. Validated at every boundary (the CLI before it writes, the
// write route before it stores): sizes bounded, every time finite and in a sane range, codes real
// architectures, the 168 kernels all there and no others.
import { z } from 'zod';
import { displayNameSchema } from '../displayName';
import { parseArchitectureCode } from '../space/architectureCode';
import { allKernels } from './kernelCatalog';

const KERNEL_KEYS = allKernels().map((k) => k.key);
/** A timed run of one network or kernel, ms: above 0, at most a minute (a slower run is a broken measurement). */
const ms = z.number().positive().max(60_000);
const code = z
  .string()
  .refine(
    (s) => parseArchitectureCode(s).ok,
    'not an architecture code of the ANB space (7 blocks e k l se, e.g. 1311-6321-6521-6331-6531-6541-6311)',
  );
const network = z.strictObject({ code, ms, iqrMs: z.number().min(0).max(60_000) });
const quality = z.strictObject({
  count: z.int().min(2).max(1000),
  tau: z.number().min(-1).max(1),
  within10: z.number().min(0).max(1),
  mape: z.number().min(0).max(1e6),
});

export const deviceProfileSchema = z.strictObject({
  name: displayNameSchema('the device'),
  createdAt: z.iso.datetime(),
  runtime: z.strictObject({
    engine: z.enum(['onnxruntime-node', 'onnxruntime-web']),
    backend: z.enum(['cpu', 'wasm', 'webgpu']),
    threads: z.int().min(1).max(256),
    /** Node's version or the browser's user agent, and the CPU as the OS names it when known. */
    agent: z.string().max(400),
    cpu: z.string().max(200),
    cores: z.int().min(1).max(1024),
  }),
  metric: z.literal('latency'),
  batch: z.literal(1),
  protocol: z.strictObject({
    warmup: z.int().min(0).max(100),
    repeats: z.int().min(3).max(1000),
    seed: z
      .int()
      .min(1)
      .max(2 ** 31 - 1),
  }),
  seconds: z.number().positive().max(86_400),
  // zod's record over an enum of keys requires every key: a missing kernel is named by its key.
  kernels: z.record(z.enum(KERNEL_KEYS as [string, ...string[]]), ms),
  calibration: z.strictObject({ intercept: z.number().min(-60_000).max(60_000), slope: z.number().positive().max(1000) }),
  calibrationNetworks: z.array(network).min(3).max(500),
  heldOutNetworks: z.array(network).max(1000),
  validation: z.strictObject({ kernel: quality, transfer: quality }).nullable(),
});
export type DeviceProfile = z.infer<typeof deviceProfileSchema>;
