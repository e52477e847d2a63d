// The CLI's core, also used by `searches:store` and the e2e test: every optimizer × device metric ×
// seed of a request against the ONNX surrogate on onnxruntime-node.
import { DATASET_MEDIANS, MEDIANS_DATASET_VERSION } from '@/core/search/datasetMedians';
import { runSurrogateSearch, type SurrogateSearchRun } from '@/core/search/runSurrogateSearch';
import { createNodePredictor } from '@/surrogates/runtime/createNodePredictor';
import type { SearchArgs } from './searchesCliArgs';

export interface SearchMatrixOutput {
  surrogate: { versionHash: string; modelSha256: string; dataContentHash: string };
  /** Where the reference points come from: the measured dataset's medians. */
  reference: { rule: string; datasetVersion: string; medians: typeof DATASET_MEDIANS };
  request: Pick<SearchArgs, 'optimizers' | 'metrics' | 'accuracy' | 'budget' | 'seeds' | 'w' | 'target'>;
  runs: SurrogateSearchRun[];
}

export async function runSearchMatrix(
  args: Pick<SearchArgs, 'optimizers' | 'metrics' | 'accuracy' | 'budget' | 'seeds' | 'w' | 'target' | 'models'>,
  onRun?: (run: SurrogateSearchRun) => void,
): Promise<SearchMatrixOutput> {
  const predictor = await createNodePredictor(args.models);
  try {
    const runs: SurrogateSearchRun[] = [];
    for (const metric of args.metrics) {
      for (const optimizer of args.optimizers) {
        for (const seed of args.seeds) {
          const run = await runSurrogateSearch(
            { optimizer, seed, budget: args.budget, metric, accuracy: args.accuracy, w: args.w, target: args.target },
            async (archs) => (await predictor.predict(archs)).mean,
            predictor.targets,
          );
          runs.push(run);
          onRun?.(run);
        }
      }
    }
    return {
      surrogate: {
        versionHash: predictor.manifest.versionHash,
        modelSha256: predictor.manifest.model.sha256,
        dataContentHash: predictor.manifest.training.dataContentHash,
      },
      reference: {
        rule: 'reference point = (median measured accuracy, median measured device metric) over the dataset: the hypervolume counts only the part of the front better than a typical architecture on both',
        datasetVersion: MEDIANS_DATASET_VERSION,
        medians: DATASET_MEDIANS,
      },
      request: {
        optimizers: args.optimizers,
        metrics: args.metrics,
        accuracy: args.accuracy,
        budget: args.budget,
        seeds: args.seeds,
        w: args.w,
        target: args.target,
      },
      runs,
    };
  } finally {
    await predictor.release();
  }
}
