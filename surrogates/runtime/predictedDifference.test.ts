import { describe, expect, it } from 'vitest';
import { Z90 } from '../../core/metrics/normalQuantile';
import { differenceVariance, predictedDifference, type DifferenceCalibration } from './predictedDifference';

const accuracy: DifferenceCalibration = { transform: 'identity', varianceScale: 1, edgeScale: 0, runNoise: 0.094, differenceFloor: 0 };

describe('predictedDifference', () => {
  it('takes the members’ paired differences, not the two predictions’ spreads', () => {
    // Members disagree by 0.2 on each architecture, but agree on the difference up to ±0.1.
    const d = differenceVariance(accuracy, [60, 60.2], [60.5, 60.5]);
    expect(d.dz).toBeCloseTo(0.4, 12);
    expect(d.variance).toBeCloseTo(0.01, 12);
    const p = predictedDifference(accuracy, [60, 60.2], [60.5, 60.5]);
    expect(p.lo).toBeCloseTo(0.4 - Z90 * 0.1, 10);
    expect(p.hi).toBeCloseTo(0.4 + Z90 * 0.1, 10);
    // Two single trainings (σ 0.307 each) differ by ±0.71 at 90%: +0.4 is below that.
    expect(p.noise).toBeCloseTo(Z90 * Math.sqrt(2 * 0.094), 10);
    expect(p.verdict).toBe('below-noise');
    expect(predictedDifference({ ...accuracy, runNoise: 0.01 }, [60, 60.2], [60.5, 60.5]).verdict).toBe('clear');
  });

  it('calls a difference whose interval holds 0 uncertain, and adds the floor twice and both edge terms', () => {
    const calibration = { ...accuracy, differenceFloor: 0.02, edgeScale: 0.5 };
    const d = differenceVariance(calibration, [60, 60], [60.05, 60.05], 0.1, 0.2);
    expect(d.variance).toBeCloseTo(2 * 0.02 + 0.5 * (0.1 + 0.01 + 0.2 + 0.04), 12);
    expect(predictedDifference(calibration, [60, 60], [60.05, 60.05]).verdict).toBe('uncertain');
  });

  it('reports log targets as relative changes of the medians', () => {
    const throughput: DifferenceCalibration = { transform: 'log', varianceScale: 4, edgeScale: 0, runNoise: 1e-6, differenceFloor: 1e-4 };
    const p = predictedDifference(throughput, [Math.log(1000), Math.log(1000)], [Math.log(1100), Math.log(1100)]);
    expect(p.delta).toBeCloseTo(0.1, 12);
    const half = Z90 * Math.sqrt(2e-4);
    expect(p.lo).toBeCloseTo(Math.exp(Math.log(1.1) - half) - 1, 12);
    expect(p.hi).toBeCloseTo(Math.exp(Math.log(1.1) + half) - 1, 12);
    expect(p.verdict).toBe('clear');
  });

  it('refuses member lists that do not pair up', () => {
    expect(() => predictedDifference(accuracy, [1, 2], [1, 2, 3])).toThrow(/same members/);
  });
});
