// `runSearch` for an asynchronous evaluator, such as an onnxruntime session in the search worker.
import { createOptimizer } from './createOptimizer';
import type { EvaluateAsync, OptimizerState } from './optimizer';
import type { OptimizerAlgorithmState, OptimizerId, OptimizerSettings } from './optimizers';
import { checkBudget, DEFAULT_BATCH_SIZE, type RunSearchOptions } from './runSearch';
import { searchResult, type SearchResult } from './searchResult';

export interface RunSearchAsyncOptions<I extends OptimizerId> extends RunSearchOptions {
  /** Called after every batch, e.g. to post progress from a worker. */
  onBatch?: (state: OptimizerState<OptimizerAlgorithmState<I>>) => void;
}

export async function runSearchAsync<I extends OptimizerId>(
  optimizerId: I,
  settings: OptimizerSettings<I>,
  evaluate: EvaluateAsync,
  budget: number,
  seed: number,
  options: RunSearchAsyncOptions<I> = {},
): Promise<SearchResult> {
  checkBudget(budget);
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
  const optimizer = createOptimizer(optimizerId, settings, seed);
  for (let used = 0; used < budget;) {
    const archs = optimizer.ask(Math.min(batchSize, budget - used));
    optimizer.tell(await evaluate(archs));
    used += archs.length;
    options.onBatch?.(optimizer.state());
  }
  return searchResult(optimizer.trajectory(), settings);
}
