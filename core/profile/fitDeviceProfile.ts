// The device model a profile's measurements give (#12): per measured metric, the kernel-level model
// (Σ kernel times through the network's layers, calibrated to whole networks by a line) and how well it
// predicts the held-out networks the fit never saw. One function for the browser, the CLI and the
// server: a stored profile holds measurements only, and everything shown about it is derived here.
import { kendallTauB } from '../metrics/rankCorrelation';
import { parseArchitectureCode } from '../space/architectureCode';
import type { Architecture } from '../space/searchSpace';
import type { DeviceProfile, ProfileMeasurement, ProfileMetric } from './deviceProfile';
import { fitKernelDeviceModel, gmacs } from './kernelDeviceModel';
import { predictionQuality, type PredictionQuality } from './predictionQuality';

export interface HeldOutPoint {
  code: string;
  measured: number;
  predicted: number;
}

export interface MeasurementFit {
  metric: ProfileMetric;
  batch: number;
  /** Whole-network ms per run ≈ intercept + slope × Σ kernel ms + perLayer × layers + perGmac × GMACs (kernelDeviceModel.ts). */
  intercept: number;
  slope: number;
  perLayer: number;
  perGmac: number;
  kernelMs: ReadonlyMap<string, number>;
  /** Predicted ms are clamped to at least this (a line extrapolated towards zero must not cross it). */
  floorMs: number;
  /**
   * Spread of log(measured / predicted): on the held-out networks when there are at least 5 (an honest
   * out-of-sample figure), else on the calibration networks. A prediction's std is value × this.
   */
  logResidualStd: number;
  /** The held-out networks, measured and predicted in the metric's unit (ms or img/s). */
  heldOut: HeldOutPoint[];
  /** τ, share within ±10% and MAPE on the held-out networks; null with fewer than 2. */
  validation: PredictionQuality | null;
}

const archOf = (code: string): Architecture => {
  const r = parseArchitectureCode(code);
  if (!r.ok) throw new Error(`fitDeviceProfile: ${code} is not an architecture code (${r.error})`);
  return r.value;
};

/** A run's ms as the metric's value: latency is the ms itself, throughput images per second. */
export function msToMetric(metric: ProfileMetric, batch: number, ms: number): number {
  return metric === 'latency' ? ms : (batch * 1000) / ms;
}

/** Whole-network ms below this share of the fastest measured network are clamped (a line extrapolated below zero). */
const MIN_MS_SHARE = 0.1;

function fitMeasurement(m: ProfileMeasurement): MeasurementFit {
  const kernelMs = new Map(Object.entries(m.kernels));
  const calibration = m.calibrationNetworks.map((n) => ({ arch: archOf(n.code), measuredMs: n.ms }));
  const model = fitKernelDeviceModel(kernelMs, calibration);
  const floor = MIN_MS_SHARE * Math.min(...m.calibrationNetworks.map((n) => n.ms));
  const predictMs = (arch: Architecture) => Math.max(floor, model.predictMs(arch));
  const heldOut = m.heldOutNetworks.map((n) => ({
    code: n.code,
    measured: msToMetric(m.metric, m.batch, n.ms),
    predicted: msToMetric(m.metric, m.batch, predictMs(archOf(n.code))),
  }));
  const residualsOf = (nets: readonly { code: string; ms: number }[]) => nets.map((n) => Math.log(n.ms / predictMs(archOf(n.code))));
  const residuals = m.heldOutNetworks.length >= 5 ? residualsOf(m.heldOutNetworks) : residualsOf(m.calibrationNetworks);
  const mean = residuals.reduce((s, r) => s + r, 0) / residuals.length;
  const logResidualStd = Math.sqrt(residuals.reduce((s, r) => s + (r - mean) ** 2, 0) / Math.max(1, residuals.length - 1));
  return {
    metric: m.metric,
    batch: m.batch,
    intercept: model.intercept,
    slope: model.slope,
    perLayer: model.perLayer,
    perGmac: model.perGmac,
    kernelMs,
    floorMs: floor,
    logResidualStd,
    heldOut,
    validation:
      heldOut.length >= 2
        ? predictionQuality(
            heldOut.map((h) => h.predicted),
            heldOut.map((h) => h.measured),
          )
        : null,
  };
}

export interface FittedDeviceProfile {
  profile: DeviceProfile;
  fits: MeasurementFit[];
}

export function fitDeviceProfile(profile: DeviceProfile): FittedDeviceProfile {
  return { profile, fits: profile.measurements.map(fitMeasurement) };
}

/** The fit's prediction for one architecture in the metric's unit, with its std (value × residual spread). */
export function predictProfiled(fit: MeasurementFit, arch: Architecture): { mean: number; std: number } {
  let sum = 0;
  let layers = 0;
  // Inline kernelSum without the map of counts: this runs for every point of a 100,000-point cloud.
  for (let b = 0; b < 7; b++) {
    const { e, k, l, se } = arch[b];
    const tail = `e${e}k${k}${se ? 'se' : ''}`;
    sum += fit.kernelMs.get(`s${b}.first.${tail}`) ?? Number.NaN;
    if (l > 1) sum += (l - 1) * (fit.kernelMs.get(`s${b}.repeat.${tail}`) ?? Number.NaN);
    layers += l;
  }
  const macsTerm = fit.perGmac === 0 ? 0 : fit.perGmac * gmacs(arch);
  const ms = Math.max(fit.floorMs, fit.intercept + fit.slope * sum + fit.perLayer * layers + macsTerm);
  const mean = msToMetric(fit.metric, fit.batch, ms);
  return { mean, std: mean * fit.logResidualStd };
}

/**
 * Which of the reference metrics ranks the profiled networks most like the device does: Kendall τ of
 * the measured values against each reference's values on the same networks, best first. A
 * reference whose better direction is opposite (throughput against latency) is compared negated, so
 * τ = 1 always means "ranks them the same, better to worse".
 */
export function rankSimilarity(
  measured: readonly number[],
  measuredDirection: 'min' | 'max',
  references: readonly { name: string; direction: 'min' | 'max'; values: readonly number[] }[],
): { name: string; tau: number }[] {
  return references
    .map((r) => ({
      name: r.name,
      tau: kendallTauB(measured, r.direction === measuredDirection ? r.values : r.values.map((v) => -v)),
    }))
    .sort((a, b) => b.tau - a.tau);
}
