// One target's training job as a message: what a worker receives and sends back. The job itself is
// trainTargetEnsemble, so training in a worker or in this thread gives the same model.
import type { TargetName } from '../../core/targets';
import { trainTargetEnsemble, type TargetConfig, type TargetData, type TrainedTarget } from './trainTargetEnsemble';

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
  );
  return { targetIndex: r.targetIndex, trained, milliseconds: performance.now() - start };
}
