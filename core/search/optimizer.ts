// The contract between optimizers and whoever evaluates architectures (the surrogate worker, a CLI,
// a test): an ask/tell pair, so the caller batches predictions and can pause between any two steps.
import type { ArchitectureCode } from '../space/architectureCode';
import type { Architecture } from '../space/searchSpace';
import type { MnasRewardSettings } from './mnasReward';

/** The two targets every search trades: accuracy (maximised) and one hardware metric. */
export interface Objectives {
  /** Top-1 accuracy, in the evaluator's unit (the surrogates predict %). */
  accuracy: number;
  /** Throughput (img/s, maximised) or latency (ms, minimised) on the chosen device. */
  hardware: number;
}

/** Objectives of a batch of architectures, in order; each call counts archs.length against the budget. */
export type Evaluate = (archs: readonly Architecture[]) => Objectives[];
export type EvaluateAsync = (archs: readonly Architecture[]) => Promise<Objectives[]>;

/** What every optimizer is told about the objectives, whatever else its settings hold. */
export interface ObjectiveSettings {
  /** 'max' for throughput, 'min' for latency. Accuracy is always maximised. */
  hardwareDirection: 'max' | 'min';
  /** The single-objective optimizers' reward; NSGA-II only reports it. */
  reward: MnasRewardSettings;
  /** Reference point of the running hypervolume: worse than every point that should count. */
  reference: Objectives;
}

/** One evaluation, as the trajectory records it. */
export interface TrajectoryPoint {
  /** 1-based position in the run: the n-th evaluation. */
  evaluation: number;
  code: ArchitectureCode;
  objectives: Objectives;
  reward: number;
  /** Best reward among evaluations 1..n. */
  bestReward: number;
  /** Hypervolume of evaluations 1..n (accuracy × hardware) w.r.t. the settings' reference point. */
  hypervolume: number;
}

/** One evaluated architecture handed back to the algorithm. */
export interface Evaluated {
  arch: Architecture;
  code: ArchitectureCode;
  objectives: Objectives;
  reward: number;
}

/**
 * The algorithm inside an optimizer. It proposes in its natural unit (a population, a generation, a
 * batch of episodes, a neighbourhood) and learns once the whole unit is evaluated; the wrapper
 * (`stepwiseOptimizer`) hands the unit out in whatever slices the caller asks for, so the result does
 * not depend on the caller's batch size.
 */
export interface Strategy<S> {
  /** The next unit, never empty. `hint` is the caller's batch size; memoryless strategies may fill it. */
  propose(hint: number): Architecture[];
  /** Results of the whole unit last proposed, in proposal order. */
  learn(results: readonly Evaluated[]): void;
  /** A snapshot for display; never shares mutable state with the strategy. */
  state(): S;
}

export interface OptimizerState<S> {
  evaluations: number;
  /** The evaluation with the best reward so far (the first of equals), or null before any. */
  best: TrajectoryPoint | null;
  hypervolume: number;
  algorithm: S;
}

/** A seeded, step-wise optimizer: `ask` what to evaluate, `tell` the objectives, repeat. */
export interface Optimizer<S = unknown> {
  /**
   * Up to `max` architectures to evaluate next (at least one when max ≥ 1). Must be followed by `tell`
   * before the next `ask`.
   */
  ask(max: number): Architecture[];
  /** Objectives of the architectures of the last `ask`, in the same order. */
  tell(objectives: readonly Objectives[]): void;
  /** Every evaluation so far, in order (a copy). */
  trajectory(): readonly TrajectoryPoint[];
  state(): OptimizerState<S>;
}
