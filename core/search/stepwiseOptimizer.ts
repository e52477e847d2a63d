// Turns an algorithm (a Strategy) into an ask/tell Optimizer: slices its proposals to the caller's
// batch size, scores every evaluation with the MnasNet reward and records the trajectory.
import { formatArchitectureCode } from '../space/architectureCode';
import type { Architecture } from '../space/searchSpace';
import { mnasReward } from './mnasReward';
import type { Evaluated, ObjectiveSettings, Objectives, Optimizer, OptimizerState, Strategy, TrajectoryPoint } from './optimizer';
import { createRunningHypervolume } from './runningHypervolume';

export function stepwiseOptimizer<S>(strategy: Strategy<S>, settings: ObjectiveSettings): Optimizer<S> {
  const trajectory: TrajectoryPoint[] = [];
  // Hypervolume over (accuracy, hardware), the order `runSearch` uses for the final value.
  const running = createRunningHypervolume([settings.reference.accuracy, settings.reference.hardware], {
    x: 'max',
    y: settings.hardwareDirection,
  });
  let queue: Architecture[] = [];
  let pending: Architecture[] = [];
  let unit: Evaluated[] = [];
  let best: TrajectoryPoint | null = null;

  const ask = (max: number): Architecture[] => {
    if (pending.length > 0) throw new Error(`ask: ${pending.length} architectures from the previous ask were never told`);
    if (!(max >= 1)) return [];
    if (queue.length === 0) {
      queue = strategy.propose(Math.floor(max));
      if (queue.length === 0) throw new Error('ask: the strategy proposed nothing');
    }
    pending = queue.splice(0, Math.floor(max));
    return pending.slice();
  };

  const tell = (objectives: readonly Objectives[]): void => {
    if (objectives.length !== pending.length) {
      throw new Error(`tell: expected objectives for ${pending.length} architectures, got ${objectives.length}`);
    }
    pending.forEach((arch, i) => {
      const o = { accuracy: objectives[i].accuracy, hardware: objectives[i].hardware };
      const code = formatArchitectureCode(arch);
      const reward = mnasReward(o, settings.reward);
      const point: TrajectoryPoint = {
        evaluation: trajectory.length + 1,
        code,
        objectives: o,
        reward,
        bestReward: best === null ? reward : Math.max(best.reward, reward),
        hypervolume: running.add(o.accuracy, o.hardware),
      };
      if (best === null || reward > best.reward) best = point;
      trajectory.push(point);
      unit.push({ arch, code, objectives: o, reward });
    });
    pending = [];
    if (queue.length === 0) {
      const results = unit;
      unit = [];
      strategy.learn(results);
    }
  };

  const state = (): OptimizerState<S> => ({
    evaluations: trajectory.length,
    best,
    hypervolume: running.value,
    algorithm: strategy.state(),
  });

  return { ask, tell, trajectory: () => trajectory.slice(), state };
}
