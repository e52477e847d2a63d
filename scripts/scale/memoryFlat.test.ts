import { describe, expect, it } from 'vitest';
import { memoryLevelled, type RssSample } from './memoryFlat';

const series = (mbs: number[], fromMs = 0): RssSample[] => mbs.map((mb, i) => ({ atMs: fromMs + i * 3000, mb }));

describe('memoryLevelled', () => {
  it('passes a plateau with noise and fails a steady climb, comparing the medians of the first and last thirds', () => {
    expect(memoryLevelled(series([640, 652, 615, 660, 640, 648, 690, 655, 650]))).toMatchObject({ first: 640, last: 655, ok: true });
    const climbing = memoryLevelled(series([400, 420, 440, 460, 480, 500, 520, 540, 560]));
    expect(climbing).toMatchObject({ first: 420, last: 540, allowed: 63, ok: false });
  });

  it('reads only the samples inside the window, in time order, and fails with fewer than three', () => {
    const samples = [...series([900, 100], 100_000), ...series([500, 505, 510], 10_000).reverse()];
    expect(memoryLevelled(samples, [10_000, 16_000])).toMatchObject({ first: 500, last: 510, samples: 3, ok: true });
    expect(memoryLevelled(samples, [10_000, 13_000]).ok).toBe(false);
    expect(memoryLevelled([{ atMs: 0, mb: NaN }, ...series([1, 1, 1])]).samples).toBe(3);
  });
});
