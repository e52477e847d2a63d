// A surrogate's predictions read as search objectives: the accuracy and the device-metric columns.
import type { Objectives } from './optimizer';

/**
 * Objectives from a surrogate's row-major [archs, targets] means, reading the accuracy and hardware
 * columns. Float32 predictions are widened to doubles as they are, so Node and the browser agree up
 * to the runtimes' own float32 differences.
 */
export function objectivesFromMeans(mean: Float32Array, targetCount: number, accuracyColumn: number, hardwareColumn: number): Objectives[] {
  const rows = mean.length / targetCount;
  const out: Objectives[] = new Array(rows);
  for (let i = 0; i < rows; i++)
    out[i] = { accuracy: mean[i * targetCount + accuracyColumn], hardware: mean[i * targetCount + hardwareColumn] };
  return out;
}
