import { describe, expect, it } from 'vitest';
import { mnasReward } from './mnasReward';

describe('mnasReward', () => {
  it('is the accuracy at the target and moves by (ratio)^w away from it', () => {
    // At the target the ratio is 1: reward = accuracy.
    expect(mnasReward({ accuracy: 72, hardware: 400 }, { target: 400, w: 0.07 })).toBe(72);
    // Twice the target throughput: 2^0.07 = e^(0.07 · ln 2) = e^0.048520 = 1.049717, × 72 = 75.5796.
    expect(mnasReward({ accuracy: 72, hardware: 800 }, { target: 400, w: 0.07 })).toBeCloseTo(75.5796, 4);
    // Half the target: 72 · 0.5^0.07 = 72 / 1.049717 = 68.5899.
    expect(mnasReward({ accuracy: 72, hardware: 200 }, { target: 400, w: 0.07 })).toBeCloseTo(68.5899, 4);
  });

  it('rewards lower latency when w is negative (MnasNet w = −0.07)', () => {
    // 5 ms against a 10 ms target: 70 · 0.5^−0.07 = 70 · 1.049717 = 73.4802.
    const fast = mnasReward({ accuracy: 70, hardware: 5 }, { target: 10, w: -0.07 });
    const slow = mnasReward({ accuracy: 70, hardware: 20 }, { target: 10, w: -0.07 });
    expect(fast).toBeCloseTo(73.4802, 4);
    expect(slow).toBeLessThan(70);
    // Same as ANB's commented-out form acc · (target / latency)^0.07.
    expect(fast).toBeCloseTo(70 * (10 / 5) ** 0.07, 12);
  });

  it("is the accuracy alone when w = 0, as ANB's single-objective search", () => {
    expect(mnasReward({ accuracy: 71.5, hardware: 123 }, { target: 400, w: 0 })).toBe(71.5);
    expect(mnasReward({ accuracy: 71.5, hardware: NaN }, { target: 400, w: 0 })).toBe(71.5);
  });

  it('gives 0 to a non-positive or missing hardware value and to a missing accuracy', () => {
    expect(mnasReward({ accuracy: 70, hardware: 0 }, { target: 400, w: 0.07 })).toBe(0);
    expect(mnasReward({ accuracy: 70, hardware: -3 }, { target: 10, w: -0.07 })).toBe(0);
    expect(mnasReward({ accuracy: 70, hardware: NaN }, { target: 400, w: 0.07 })).toBe(0);
    expect(mnasReward({ accuracy: NaN, hardware: 500 }, { target: 400, w: 0.07 })).toBe(0);
  });
});
