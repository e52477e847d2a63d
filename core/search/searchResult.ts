// What a finished (or paused) search reports: its trajectory, the Pareto front of everything it
// evaluated and that set's hypervolume.
import { hypervolume } from '../metrics/hypervolume';
import { paretoFront } from '../metrics/paretoFront';
import type { ObjectiveSettings, TrajectoryPoint } from './optimizer';

export interface SearchResult {
  trajectory: TrajectoryPoint[];
  /**
   * The non-dominated evaluations (accuracy max, hardware by direction), hardware ascending. An
   * architecture evaluated more than once appears once, at its first evaluation.
   */
  front: TrajectoryPoint[];
  /** Hypervolume of all evaluations w.r.t. the settings' reference: the last trajectory point's value. */
  hypervolume: number;
}

export function searchResult(trajectory: readonly TrajectoryPoint[], settings: ObjectiveSettings): SearchResult {
  const hardware = trajectory.map((p) => p.objectives.hardware);
  const accuracy = trajectory.map((p) => p.objectives.accuracy);
  const seen = new Set<string>();
  const front: TrajectoryPoint[] = [];
  // paretoFront keeps equal points and orders ties by index, so the first evaluation of a code comes first.
  for (const i of paretoFront(hardware, accuracy, { x: settings.hardwareDirection, y: 'max' })) {
    if (seen.has(trajectory[i].code)) continue;
    seen.add(trajectory[i].code);
    front.push(trajectory[i]);
  }
  return {
    trajectory: trajectory.slice(),
    front,
    hypervolume: hypervolume(accuracy, hardware, [settings.reference.accuracy, settings.reference.hardware], {
      x: 'max',
      y: settings.hardwareDirection,
    }),
  };
}
