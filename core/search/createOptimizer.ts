// One optimizer by id, for callers that drive ask/tell themselves (the search worker, a stepping UI).
import type { Optimizer } from './optimizer';
import { optimizers, type OptimizerAlgorithmState, type OptimizerId, type OptimizerSettings } from './optimizers';

export function createOptimizer<I extends OptimizerId>(
  id: I,
  settings: OptimizerSettings<I>,
  seed: number,
): Optimizer<OptimizerAlgorithmState<I>> {
  // TypeScript cannot tie `optimizers[id].create` to `I` through the indexed access; the table's
  // `entry` helper already checked each create against its own settings and state types.
  const create = optimizers[id].create as (settings: OptimizerSettings<I>, seed: number) => Optimizer<OptimizerAlgorithmState<I>>;
  return create(settings, seed);
}
