// The served surrogate against the measured test split: per target the measured values, the
// predicted mean and std, the fit metrics next to ANB's XGBoost reference, and the calibration of the
// intervals (share of test points inside mean ± z·std for several nominal levels), also by bins of
// gene distance to the nearest training architecture; and the coverage of measured differences between
// test architectures by the predicted differences' intervals (differenceValidation.ts).
import 'server-only';
import { kendallTauB, meanAbsoluteError, rSquared, spearman } from '@/core/metrics/rankCorrelation';
import { coverageByDistanceBin, distanceBins } from '@/core/metrics/coverageByDistanceBin';
import { twoSidedZ, Z90 } from '@/core/metrics/normalQuantile';
import { geneDistanceFromData } from '@/core/space/geneDistanceFromData';
import type { Architecture } from '@/core/space/searchSpace';
import { target, type TargetName } from '@/core/targets';
import { REFERENCE_XGBOOST } from '@/surrogates/runtime/referenceXgboost';
import type { Database } from '../db/openDatabase';
import { getSnapshot, memo } from './datasetSnapshot';
import { differenceValidation } from './differenceValidation';
import { metricValue } from './metricValue';
import { oodReference } from './outOfDistribution';
import { storedArchitecture } from './storedArchitecture';
import { getPredictor } from './surrogatePredictor';

export const CALIBRATION_LEVELS = [0.5, 0.68, 0.8, 0.9, 0.95, 0.99];
/**
 * Fewest test points per distance bin: at 90% nominal coverage the binomial standard error of a bin's
 * share is sqrt(0.9·0.1/n), 0.03 at n = 100, so a bin's 0.85 vs 0.9 is visible above the noise.
 */
export const DISTANCE_BIN_MIN_COUNT = 100;

export async function surrogateValidation(db: Database) {
  const [predictor, snap] = await Promise.all([getPredictor(), getSnapshot(db)]);
  const key = `validation:${predictor.manifest.versionHash}`;
  const cached = snap.memo.get(key) as Promise<ReturnType<typeof build>> | undefined;
  if (cached) return cached;
  const promise = (async () => {
    const test = snap.records.filter((r) => r.split === 'test');
    const archs: Architecture[] = test.map((r) => storedArchitecture(r.code));
    const predicted = await predictor.predict(archs);
    const ref = oodReference(snap);
    const distance = archs.map((a) => geneDistanceFromData(a, ref).nearestTrainDistance);
    const differences = differenceValidation(
      predictor.manifest,
      archs,
      predicted,
      predictor.targets.map((name) => test.map((r) => metricValue(r, name))),
    );
    return build(test, predicted.mean, predicted.std, distance, differences);
  })();
  memo(snap, key, () => promise);
  return promise;

  function build(
    test: typeof snap.records,
    mean: Float32Array,
    std: Float32Array,
    distance: number[],
    differences: ReturnType<typeof differenceValidation>,
  ) {
    const names = predictor.targets;
    const t = names.length;
    const split = predictor.manifest.training.split;
    const bins = distanceBins(distance, DISTANCE_BIN_MIN_COUNT);
    return {
      surrogateVersion: predictor.manifest.versionHash,
      datasetVersion: snap.version.hash,
      learner: predictor.manifest.training.learner,
      split: {
        kind: split.kind,
        counts: split.counts,
        note:
          split.kind === 'paper'
            ? "The paper's split: the test records were never seen in training or tuning."
            : 'The served model was trained on another split; the test split shown here is the paper’s and may overlap its training data.',
      },
      levels: CALIBRATION_LEVELS,
      /** Gene-distance bins of the test split (all its architectures; a target's own n may be smaller). */
      distanceBins: bins,
      targets: names.map((name: TargetName, j) => {
        const spec = target(name);
        const rows: { code: string; resultId: number; measured: number; mean: number; std: number; distance: number }[] = [];
        test.forEach((r, i) => {
          const measured = metricValue(r, name);
          if (measured !== null)
            rows.push({ code: r.code, resultId: r.result_id, measured, mean: mean[i * t + j], std: std[i * t + j], distance: distance[i] });
        });
        const y = rows.map((r) => r.measured);
        const p = rows.map((r) => r.mean);
        const coverage = CALIBRATION_LEVELS.map((level) => {
          const z = twoSidedZ(level);
          return rows.filter((r) => Math.abs(r.measured - r.mean) <= z * r.std).length / rows.length;
        });
        return {
          name,
          label: spec.label,
          unit: spec.unit,
          metrics: {
            n_test: rows.length,
            r2: rSquared(y, p),
            kendall_tau: kendallTauB(y, p),
            spearman: spearman(y, p),
            mae: meanAbsoluteError(y, p),
            coverage90: coverage[CALIBRATION_LEVELS.indexOf(0.9)],
          },
          trained: predictor.manifest.targets.find((m) => m.name === name)?.test ?? null,
          reference: REFERENCE_XGBOOST[name],
          coverage,
          /** 90% interval coverage and mean relative width per gene-distance bin (distanceBins' order). */
          byDistance: coverageByDistanceBin(rows, bins, Z90),
          /** Measured differences between test pairs inside the predicted difference's 90% interval, by genes apart. */
          differences: differences[name],
          points: rows,
        };
      }),
    };
  }
}
