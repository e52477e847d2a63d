// One seeded search against a surrogate, whatever runs the surrogate (onnxruntime-node in the CLI,
// onnxruntime-web in the worker): the same optimizer, settings and columns give the same run. The
// hardware objective is the surrogate's column of the metric, or for a profiled device (#12) the
// profile's predictions, passed in as `hardware`.
import { runSearchAsync } from './runSearchAsync';
import type { ObjectiveSettings } from './optimizer';
import type { OptimizerId, OptimizerSettings } from './optimizers';
import type { ArchitectureCode } from '../space/architectureCode';
import type { Architecture } from '../space/searchSpace';
import type { DeviceMetricName, TargetName } from '../targets';
import type { SearchObjective } from './objectiveSettings';
import { optimizerSettings } from './optimizerSettings';
import { searchObjectives, type HardwareObjective } from './searchObjectives';

/** Row-major [archs, targets] predictive means, columns in `targets` order. */
export type PredictMeans = (archs: readonly Architecture[]) => Promise<Float32Array>;

export interface SurrogateSearchRequest<M extends SearchObjective['metric'] = SearchObjective['metric']> extends SearchObjective {
  metric: M;
  optimizer: OptimizerId;
  seed: number;
  budget: number;
}

export interface FrontPoint {
  evaluation: number;
  code: ArchitectureCode;
  accuracy: number;
  hardware: number;
}

export interface SurrogateSearchRun<M extends SearchObjective['metric'] = DeviceMetricName> {
  optimizer: OptimizerId;
  seed: number;
  budget: number;
  metric: M;
  accuracy: SearchObjective['accuracy'];
  /** The optimizer's full settings, defaults resolved: reward target and w, reference point. */
  settings: ObjectiveSettings & Record<string, unknown>;
  hypervolume: number;
  best: FrontPoint & { reward: number };
  front: FrontPoint[];
  /** Column per evaluation, in order: objectives, best reward so far, running hypervolume. */
  trajectory: { codes: ArchitectureCode[]; accuracy: number[]; hardware: number[]; bestReward: number[]; hypervolume: number[] };
}

export async function runSurrogateSearch<M extends SearchObjective['metric']>(
  request: SurrogateSearchRequest<M>,
  predictMeans: PredictMeans,
  targets: readonly TargetName[],
  /** A profiled device's predictions of the metric; absent: the surrogate's column of `request.metric`. */
  profiled?: (arch: Architecture) => number,
): Promise<SurrogateSearchRun<M>> {
  const accuracyColumn = targets.indexOf(request.accuracy);
  const hardware: HardwareObjective = profiled ? { predict: profiled } : { column: targets.indexOf(request.metric as TargetName) };
  if (accuracyColumn < 0 || ('column' in hardware && hardware.column < 0))
    throw new Error(`the surrogate does not predict ${request.accuracy} and ${request.metric}`);
  const settings = optimizerSettings(request.optimizer, request) as OptimizerSettings<OptimizerId>;
  const result = await runSearchAsync(
    request.optimizer,
    settings,
    async (archs) => searchObjectives(archs, await predictMeans(archs), targets.length, accuracyColumn, hardware),
    request.budget,
    request.seed,
  );
  const t = result.trajectory;
  const bestPoint = t.reduce((b, p) => (p.reward > b.reward ? p : b), t[0]);
  const point = (p: (typeof t)[number]): FrontPoint => ({
    evaluation: p.evaluation,
    code: p.code,
    accuracy: p.objectives.accuracy,
    hardware: p.objectives.hardware,
  });
  return {
    optimizer: request.optimizer,
    seed: request.seed,
    budget: request.budget,
    metric: request.metric,
    accuracy: request.accuracy,
    settings: settings as SurrogateSearchRun<M>['settings'],
    hypervolume: result.hypervolume,
    best: { ...point(bestPoint), reward: bestPoint.reward },
    front: result.front.map(point),
    trajectory: {
      codes: t.map((p) => p.code),
      accuracy: t.map((p) => p.objectives.accuracy),
      hardware: t.map((p) => p.objectives.hardware),
      bestReward: t.map((p) => p.bestReward),
      hypervolume: t.map((p) => p.hypervolume),
    },
  };
}
