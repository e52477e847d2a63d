// Per target, what the uncertainty of a predicted difference needs (runtime/predictedDifference.ts):
// the run-to-run noise N (pipeline/runNoise.ts), the floor F calibrated on the validation split's
// nearest pairs, and, on the test split's pairs, how often the resulting intervals hold measured
// differences (by genes apart) — the report's check, never used to fit anything.
import type { Dataset } from '../../core/dataset/dataset';
import type { MeasuredRecord } from '../../core/dataset/measuredRecord';
import { packGeneIndex } from '../../core/space/geneIndex';
import { TARGETS } from '../../core/targets';
import { edgeScore, inverseRange } from '../runtime/edgeScore';
import { encodeFeatureBatch, FEATURE_COUNT } from '../runtime/encodeFeatures';
import { memberValues } from '../runtime/evaluateSurrogate';
import type { DifferenceCalibration } from '../runtime/predictedDifference';
import type { SurrogateModel } from '../runtime/surrogateModel';
import { differenceCoverage, type DifferenceCoverageBin, type HeldOutPoints } from '../runtime/differenceCoverage';
import { differenceFloor } from './differenceFloor';
import { runNoise, type RunNoise } from './runNoise';
import { targetValue } from './targetValue';

export interface TargetDifferences {
  calibration: DifferenceCalibration;
  noise: RunNoise;
  /** Validation pairs F was calibrated on. */
  floorPairs: number;
  /** Test pairs by genes apart. */
  coverage: DifferenceCoverageBin[];
}

function heldOutPoints(model: SurrogateModel, j: number, records: readonly MeasuredRecord[]): HeldOutPoints {
  const target = model.targets[j];
  const k = target.members.length;
  const x = encodeFeatureBatch(records.map((r) => r.architecture));
  const inv = inverseRange(model.domain);
  const members = new Float64Array(records.length * k);
  records.forEach((_, i) => members.set(memberValues(target, x, i * FEATURE_COUNT), i * k));
  return {
    genes: packGeneIndex(records.map((r) => r.architecture)),
    members,
    k,
    y: Float64Array.from(records, (r) => {
      const v = targetValue(r, TARGETS[j].name);
      return v === null ? NaN : target.transform === 'log' ? Math.log(v) : v;
    }),
    edge: Float64Array.from(records, (_, i) => edgeScore(model.domain, x, i * FEATURE_COUNT, inv)),
  };
}

export function calibrateDifferences(
  model: SurrogateModel,
  dataset: Dataset,
  val: readonly MeasuredRecord[],
  test: readonly MeasuredRecord[],
): TargetDifferences[] {
  return TARGETS.map((t, j) => {
    const target = model.targets[j];
    // Noise is a property of the measurement, not of the model: every record trained twice counts,
    // whichever split it is in (the split files hold at most one of most pairs).
    const noise = runNoise(t.name, target.transform, dataset.proxyRuns, dataset.records);
    const base: DifferenceCalibration = {
      transform: target.transform,
      varianceScale: target.varianceScale,
      edgeScale: target.edgeScale,
      runNoise: noise.variance,
      differenceFloor: 0,
    };
    const floor = differenceFloor(base, heldOutPoints(model, j, val));
    const calibration = { ...base, differenceFloor: floor.floor };
    return { calibration, noise, floorPairs: floor.pairs, coverage: differenceCoverage(calibration, heldOutPoints(model, j, test)) };
  });
}
