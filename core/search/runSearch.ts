// Runs one optimizer to its evaluation budget against a synchronous evaluator (tests, a CLI with a
// synchronous surrogate); `runSearchAsync` is the same loop for an asynchronous one (ONNX sessions).
import { createOptimizer } from './createOptimizer';
import type { Evaluate } from './optimizer';
import type { OptimizerId, OptimizerSettings } from './optimizers';
import { searchResult, type SearchResult } from './searchResult';

export interface RunSearchOptions {
  /**
   * Most architectures per `evaluate` call. Only the batching changes: every optimizer proposes in its own
   * units and hands them out in slices, so the trajectory is the same for any batch size.
   */
  batchSize?: number;
}

export const DEFAULT_BATCH_SIZE = 256;

export function checkBudget(budget: number): void {
  if (!Number.isInteger(budget) || budget < 0) throw new RangeError(`runSearch: budget must be a whole number ≥ 0, got ${budget}`);
}

export function runSearch<I extends OptimizerId>(
  optimizerId: I,
  settings: OptimizerSettings<I>,
  evaluate: Evaluate,
  budget: number,
  seed: number,
  options: RunSearchOptions = {},
): SearchResult {
  checkBudget(budget);
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
  const optimizer = createOptimizer(optimizerId, settings, seed);
  for (let used = 0; used < budget;) {
    const archs = optimizer.ask(Math.min(batchSize, budget - used));
    optimizer.tell(evaluate(archs));
    used += archs.length;
  }
  return searchResult(optimizer.trajectory(), settings);
}
