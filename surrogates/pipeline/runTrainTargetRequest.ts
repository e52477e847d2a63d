// One target's training job as a message: what a worker receives and sends back. The job itself is
// trainTargetEnsemble, so training in a worker or in this thread gives the same model.
import type { TargetName } from '../../core/targets';
import { trainTargetEnsemble, type EdgeFoldSettings, type TargetConfig, type TargetData, type TrainedTarget } from './trainTargetEnsemble';

export interface TrainTargetRequest {
  name: TargetName;
  targetIndex: number;
  config: TargetConfig;
  members: number;
  train: TargetData;
  val: TargetData;
  featureCount: number;
  seed: number;
  calibrationFolds: number;
  /** The tails-held-out refit that calibrates the edge term; null = no edge term (G = 0). */
  edgeFold: EdgeFoldSettings | null;
}

export interface TrainTargetResponse {
  targetIndex: number;
  trained: TrainedTarget;
  milliseconds: number;
}

export function runTrainTargetRequest(r: TrainTargetRequest): TrainTargetResponse {
  const start = performance.now();
  const trained = trainTargetEnsemble(
    r.name,
    r.targetIndex,
    r.config,
    r.members,
    r.train,
    r.val,
    r.featureCount,
    r.seed,
    r.calibrationFolds,
    r.edgeFold,
  );
  return { targetIndex: r.targetIndex, trained, milliseconds: performance.now() - start };
}
