// The MnasNet-style scalar reward the single-objective optimizers maximise: accuracy scaled by how far
// the hardware metric is from a target, so one number trades accuracy against throughput or latency.
import type { Objectives } from './optimizer';

export interface MnasRewardSettings {
  /** The hardware value at which the reward is the accuracy itself (img/s or ms). */
  target: number;
  /**
   * Exponent on hardware / target. Positive when the hardware metric is maximised (throughput), negative
   * when it is minimised (latency); 0 ignores hardware and rewards accuracy alone.
   */
  w: number;
}

/**
 * reward = accuracy × (hardware / target)^w  (MnasNet, Tan et al. 2019, Eq. 2, with α = β = w).
 *
 * - Throughput (higher is better): w > 0. ANB's bi-objective REINFORCE uses exactly
 *   `acc * pow(biobj / target_biobj, 0.07)` (`PolicyGradientSimulatedMO.calc_reward` in
 *   anb_eval/nas_optimizers/policy_gradient.py, run by anb_eval/search_mo.py with
 *   `--target_biobj 400` img/s on the VCK190), i.e. w = +0.07, target = 400.
 * - Latency (lower is better): w < 0, MnasNet's soft constraint w = −0.07. ANB's commented-out
 *   alternative `acc * pow(target / biobj, 0.07)` is the same reward.
 * - Accuracy only: w = 0. anb_eval/search_uo.py (single-objective RS and REINFORCE) and
 *   regularized_evolution.py reward the surrogate's accuracy alone.
 *
 * A hardware value that is not a positive number (a surrogate predicting ≤ 0 or NaN) has no meaningful
 * ratio, and a NaN accuracy no meaningful scale: both get reward 0, below any real architecture, so
 * optimizers steer away from them instead of propagating NaN into comparisons and baselines.
 */
export function mnasReward(objectives: Objectives, settings: MnasRewardSettings): number {
  const { accuracy, hardware } = objectives;
  if (!Number.isFinite(accuracy)) return 0;
  if (settings.w === 0) return accuracy;
  if (!(hardware > 0) || !Number.isFinite(hardware)) return 0;
  return accuracy * Math.pow(hardware / settings.target, settings.w);
}
