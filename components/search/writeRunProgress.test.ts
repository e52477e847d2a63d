// Progress batches land after what each run already had: two chunks of one run fill its arrays in
// order, a chunk for another run leaves the first alone, and the length follows the worker's count.
import { describe, expect, it } from 'vitest';
import type { RunProgress } from '@/workers/search/protocol';
import { createRunBuffers } from './createRunBuffers';
import { writeRunProgress } from './writeRunProgress';

const chunk = (run: number, evaluations: number, accuracy: number[]): RunProgress => ({
  run,
  evaluations,
  accuracy: Float64Array.from(accuracy),
  hardware: Float64Array.from(accuracy, (a) => a * 10),
  bestReward: Float64Array.from(accuracy, (a) => a / 100),
  hypervolume: Float64Array.from(accuracy, (a) => a + 1),
});

describe('writeRunProgress', () => {
  it('appends each chunk at its run’s offset and sets the run’s length', () => {
    const buffers = createRunBuffers({
      runs: [
        { optimizer: 'rs', seed: 1 },
        { optimizer: 're', seed: 1 },
      ],
      metric: 'throughput_a100',
      accuracy: 'val_top1',
      budget: 5,
    });
    writeRunProgress(buffers, [chunk(0, 2, [70, 71])]);
    writeRunProgress(buffers, [chunk(0, 3, [72]), chunk(1, 1, [60])]);
    expect(buffers[0].length).toBe(3);
    expect(Array.from(buffers[0].accuracy)).toEqual([70, 71, 72, 0, 0]);
    expect(Array.from(buffers[0].hardware)).toEqual([700, 710, 720, 0, 0]);
    expect(Array.from(buffers[0].bestReward)).toEqual([0.7, 0.71, 0.72, 0, 0]);
    expect(Array.from(buffers[0].hypervolume)).toEqual([71, 72, 73, 0, 0]);
    expect(buffers[1].length).toBe(1);
    expect(Array.from(buffers[1].accuracy)).toEqual([60, 0, 0, 0, 0]);
  });
});
