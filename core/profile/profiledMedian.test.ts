import { describe, expect, it } from 'vitest';
import { createPrng } from '../random/prng';
import { sampleArchitecture } from '../space/sampleArchitecture';
import { fitDeviceProfile, predictProfiled } from './fitDeviceProfile';
import { PROFILED_MEDIAN_SAMPLE, profiledMedian, profiledMedianSample } from './profiledMedian';
import { syntheticProfile } from './syntheticProfile';

describe('profiledMedian', () => {
  it('is the median of the predictions over the stated sample: half above, half below', () => {
    const [fit] = fitDeviceProfile(syntheticProfile()).fits;
    const m = profiledMedian(fit);
    const values = profiledMedianSample().map((a) => predictProfiled(fit, a).mean);
    expect(values).toHaveLength(PROFILED_MEDIAN_SAMPLE);
    // Two architectures of the synthetic device can tie, so: at most half strictly on either side.
    expect(values.filter((v) => v < m).length).toBeLessThanOrEqual(PROFILED_MEDIAN_SAMPLE / 2);
    expect(values.filter((v) => v > m).length).toBeLessThanOrEqual(PROFILED_MEDIAN_SAMPLE / 2);
    const sorted = [...values].sort((a, b) => a - b);
    expect(m).toBe((sorted[499] + sorted[500]) / 2);
    expect(m).toBeGreaterThan(sorted[0]);
  });

  it('is the same sample every time (seed 1, uniform over the space)', () => {
    const rng = createPrng(1);
    const again = Array.from({ length: PROFILED_MEDIAN_SAMPLE }, () => sampleArchitecture(rng));
    expect(profiledMedianSample()).toEqual(again);
  });

  it("follows the metric: a throughput device's median is in img/s, between the middle predictions", () => {
    const [fit] = fitDeviceProfile(syntheticProfile({ seed: 5, metric: 'throughput', batch: 8 })).fits;
    const sorted = profiledMedianSample()
      .map((a) => predictProfiled(fit, a).mean)
      .sort((a, b) => a - b);
    const m = profiledMedian(fit);
    expect(m).toBe((sorted[499] + sorted[500]) / 2);
    // 8 images over a network of 2 + 1.5 × Σ kernels ms (kernels 8 × 0.05–0.25 ms): hundreds of img/s.
    expect(m).toBeGreaterThan(50);
    expect(m).toBeLessThan(2000);
  });
});
