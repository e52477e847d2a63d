// One ensemble member as a distilled bag: `teachers` boosted models fitted on the measurements (each
// its own row/feature subsample), then one compact "student" booster fitted to their mean on a large
// pool of architectures (the training ones plus random draws from the space). The labels are
// noise-free, so a few deep trees at a high learning rate match the many small shrunken trees the
// teachers need; evaluation cost drops by an order of magnitude at nearly the teachers' accuracy.
import type { Prng } from '../../core/random/prng';
import { predictTree, type RegressionTree } from '../runtime/regressionTree';
import type { BinnedFeatures } from './binFeatures';
import { fitGradientBoosting, type BoostingParams } from './fitGradientBoosting';

export interface DistillationSettings {
  /** Teacher boosters averaged into each member. */
  teachers: number;
  /** Random architectures added to the training ones as the student's inputs. */
  poolSize: number;
  /**
   * The same for the calibration refits (trainTargetEnsemble's out-of-fold ensembles), which only
   * supply held-out residuals and member spreads: a smaller pool keeps training within budget.
   */
  calibrationPoolSize: number;
  /** The student booster (rows: the pool; labels: the teachers' mean). */
  student: BoostingParams;
}

/** The distillation pool: features (row-major [rows, F]) with their base values, binned once per ensemble. */
export interface DistillationPool {
  features: Float32Array;
  rows: number;
  init: Float64Array;
  binned: BinnedFeatures;
}

export function fitDistilledMember(
  train: { binned: BinnedFeatures; z: Float64Array; init: Float64Array },
  pool: DistillationPool,
  featureCount: number,
  teacherParams: BoostingParams,
  settings: DistillationSettings,
  rng: Prng,
  treeFeatures: readonly number[] | undefined,
): RegressionTree[] {
  const label = Float64Array.from(pool.init);
  const sum = new Float64Array(pool.rows);
  for (let j = 0; j < settings.teachers; j++) {
    const trees = fitGradientBoosting(train.binned, train.z, teacherParams, rng, { init: train.init, features: treeFeatures }).trees;
    // Tree by tree over all rows (the tree stays in cache); each row still sums its trees in order.
    sum.fill(0);
    for (const tree of trees) for (let i = 0; i < pool.rows; i++) sum[i] += predictTree(tree, pool.features, i * featureCount);
    for (let i = 0; i < pool.rows; i++) label[i] += sum[i] / settings.teachers;
  }
  return fitGradientBoosting(pool.binned, label, settings.student, rng, { init: pool.init, features: treeFeatures }).trees;
}
