// How well a device model's predictions match measurements the fit never saw: Kendall τ, the share of
// predictions within ±10% of the measurement (nn-Meter's headline number) and the mean absolute
// percentage error.
import { kendallTauB } from '../metrics/rankCorrelation';

export interface PredictionQuality {
  count: number;
  tau: number;
  /** Share (0–1) of predictions within ±10% of the measured value. */
  within10: number;
  /** Mean absolute percentage error, %. */
  mape: number;
}

export function predictionQuality(predicted: readonly number[], measured: readonly number[]): PredictionQuality {
  if (predicted.length !== measured.length || measured.length < 2) {
    throw new Error(`predictionQuality needs at least 2 pairs, got ${predicted.length} predictions and ${measured.length} measurements`);
  }
  const rel = measured.map((m, i) => Math.abs(predicted[i] - m) / m);
  return {
    count: measured.length,
    tau: kendallTauB(predicted, measured),
    within10: rel.filter((r) => r <= 0.1).length / rel.length,
    mape: (100 * rel.reduce((s, r) => s + r, 0)) / rel.length,
  };
}
