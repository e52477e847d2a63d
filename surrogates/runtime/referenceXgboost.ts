// The numbers to beat: XGBoost 1.7.4 trained with Accel-NASBench's own recipe (28 genes in ConfigSpace
// vector form, the repository's searched hyperparameters, early stopping on val, seed 3) on the
// paper's split, measured on its 512-record test split.
// Source: `reference-surrogate.md` in the shared Accel-NASBench data folder (beside NOTES.md and the
// dataset archive), "Reference surrogate numbers (XGBoost, trained the ANB way, on this data)".
import type { TargetName } from '../../core/targets';

export interface ReferenceMetrics {
  n_train: number;
  n_test: number;
  r2: number;
  kendall_tau: number;
  spearman: number;
  mae: number;
}

export const REFERENCE_XGBOOST: Record<TargetName, ReferenceMetrics> = {
  val_top1: { n_train: 4100, n_test: 512, r2: 0.9828, kendall_tau: 0.9214, spearman: 0.991, mae: 0.3108 },
  val_top5: { n_train: 4100, n_test: 512, r2: 0.9783, kendall_tau: 0.9134, spearman: 0.9888, mae: 0.2652 },
  train_time: { n_train: 4100, n_test: 512, r2: 0.77, kendall_tau: 0.7833, spearman: 0.9251, mae: 160.1 },
  throughput_a100: { n_train: 4100, n_test: 512, r2: 0.9951, kendall_tau: 0.9731, spearman: 0.9989, mae: 168.9 },
  throughput_3090: { n_train: 4098, n_test: 512, r2: 0.9949, kendall_tau: 0.9641, spearman: 0.9982, mae: 131.0 },
  throughput_tpuv2: { n_train: 4067, n_test: 511, r2: 0.9942, kendall_tau: 0.96, spearman: 0.9977, mae: 15.04 },
  throughput_tpuv3: { n_train: 4064, n_test: 507, r2: 0.9743, kendall_tau: 0.9023, spearman: 0.9812, mae: 29.69 },
  throughput_zcu102: { n_train: 4098, n_test: 512, r2: 0.9897, kendall_tau: 0.9513, spearman: 0.9964, mae: 13.79 },
  throughput_vck190: { n_train: 4098, n_test: 512, r2: 0.9896, kendall_tau: 0.9452, spearman: 0.9955, mae: 74.86 },
  latency_zcu102: { n_train: 4098, n_test: 512, r2: 0.9994, kendall_tau: 0.9784, spearman: 0.9992, mae: 0.0744 },
  latency_vck190: { n_train: 4098, n_test: 512, r2: 0.9986, kendall_tau: 0.9765, spearman: 0.9991, mae: 0.0447 },
};
