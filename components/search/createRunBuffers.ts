// Where a race's progress accumulates outside React: per run, typed arrays sized to the budget that the
// worker's batches are copied into, and how many evaluations have arrived.
import type { OptimizerId } from '@/core/search/optimizers';
import type { RaceSpec } from '@/workers/search/protocol';

export interface RunBuffers {
  optimizer: OptimizerId;
  seed: number;
  length: number;
  accuracy: Float64Array;
  hardware: Float64Array;
  bestReward: Float64Array;
  hypervolume: Float64Array;
}

export function createRunBuffers(spec: RaceSpec): RunBuffers[] {
  return spec.runs.map((r) => ({
    ...r,
    length: 0,
    accuracy: new Float64Array(spec.budget),
    hardware: new Float64Array(spec.budget),
    bestReward: new Float64Array(spec.budget),
    hypervolume: new Float64Array(spec.budget),
  }));
}
