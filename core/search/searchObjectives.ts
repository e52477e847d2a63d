// A search's two objectives for a batch of architectures: accuracy from the surrogate's means, the
// hardware objective from wherever the device metric lives — a surrogate output column for ANB's eight
// metrics, a function of the architecture for a profiled device (#12: its kernel-level model,
// core/profile/fitDeviceProfile.predictProfiled). The optimizers only ever see Objectives, so the same
// optimizers race either.
import type { Architecture } from '../space/searchSpace';
import { objectivesFromMeans } from './objectivesFromMeans';
import type { Objectives } from './optimizer';

export type HardwareObjective = { column: number } | { predict: (arch: Architecture) => number };

/** Objectives of `archs` from the surrogate's row-major [archs, targets] means and `hardware`. */
export function searchObjectives(
  archs: readonly Architecture[],
  mean: Float32Array,
  targetCount: number,
  accuracyColumn: number,
  hardware: HardwareObjective,
): Objectives[] {
  if (mean.length !== archs.length * targetCount)
    throw new Error(`searchObjectives: ${mean.length} means for ${archs.length} architectures × ${targetCount} targets`);
  if ('column' in hardware) return objectivesFromMeans(mean, targetCount, accuracyColumn, hardware.column);
  return archs.map((arch, i) => ({ accuracy: mean[i * targetCount + accuracyColumn], hardware: hardware.predict(arch) }));
}
