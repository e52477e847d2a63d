// A fitted profile metric as plain data (#12): the kernel table, the calibration (line, per-layer and MACs terms), the floor and the
// residual spread, everything predictProfiled reads and nothing else. This is what the search worker is
// sent for a race against a profiled device; it is zod-checked on arrival (a worker message is an
// input like any other), so a bad table fails with the field's name instead of racing on NaN.
import { z } from 'zod';
import { PROFILE_METRICS } from './deviceProfile';
import type { MeasurementFit } from './fitDeviceProfile';
import { allKernels } from './kernelCatalog';

const KERNEL_KEYS = allKernels().map((k) => k.key);
const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const positiveMs = z.number().positive().max(60_000);

export const measurementFitMessageSchema = z.strictObject({
  metric: z.enum(PROFILE_METRICS),
  batch: z.int().min(1).max(256),
  intercept: finite,
  slope: finite,
  perLayer: finite,
  perGmac: finite,
  floorMs: positiveMs,
  logResidualStd: z.number().min(0).max(10),
  // Every one of the 168 kernels, by key: predictProfiled sums them through the network's layers.
  kernelMs: z.strictObject(Object.fromEntries(KERNEL_KEYS.map((k) => [k, positiveMs])) as Record<string, typeof positiveMs>),
});
export type MeasurementFitMessage = z.infer<typeof measurementFitMessageSchema>;

export function measurementFitToMessage(fit: MeasurementFit): MeasurementFitMessage {
  return {
    metric: fit.metric,
    batch: fit.batch,
    intercept: fit.intercept,
    slope: fit.slope,
    perLayer: fit.perLayer,
    perGmac: fit.perGmac,
    floorMs: fit.floorMs,
    logResidualStd: fit.logResidualStd,
    kernelMs: Object.fromEntries(fit.kernelMs),
  };
}

/** The fit predictProfiled needs, from a checked message; the held-out networks stay with the profile. */
export function measurementFitFromMessage(message: MeasurementFitMessage): MeasurementFit {
  return { ...message, kernelMs: new Map(Object.entries(message.kernelMs)), heldOut: [], validation: null };
}
