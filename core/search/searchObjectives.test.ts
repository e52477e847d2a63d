import { describe, expect, it } from 'vitest';
import { fitDeviceProfile, predictProfiled } from '../profile/fitDeviceProfile';
import { syntheticProfile } from '../profile/syntheticProfile';
import { createPrng } from '../random/prng';
import { sampleArchitecture } from '../space/sampleArchitecture';
import { objectivesFromMeans } from './objectivesFromMeans';
import { searchObjectives } from './searchObjectives';

const rng = createPrng(11);
const archs = Array.from({ length: 5 }, () => sampleArchitecture(rng));
// Three columns per architecture: 60.5 + i, 1000 + i, 2 + i.
const mean = Float32Array.from({ length: 15 }, (_, j) => [60.5, 1000, 2][j % 3] + Math.floor(j / 3));

describe('searchObjectives', () => {
  it('reads a surrogate column exactly as objectivesFromMeans does', () => {
    expect(searchObjectives(archs, mean, 3, 0, { column: 2 })).toEqual(objectivesFromMeans(mean, 3, 0, 2));
    expect(searchObjectives(archs, mean, 3, 0, { column: 1 })[4]).toEqual({ accuracy: 64.5, hardware: 1004 });
  });

  it("takes a profiled device's prediction per architecture, accuracy still from the surrogate", () => {
    const [fit] = fitDeviceProfile(syntheticProfile()).fits;
    const out = searchObjectives(archs, mean, 3, 0, { predict: (a) => predictProfiled(fit, a).mean });
    expect(out.map((o) => o.accuracy)).toEqual([60.5, 61.5, 62.5, 63.5, 64.5]);
    expect(out.map((o) => o.hardware)).toEqual(archs.map((a) => predictProfiled(fit, a).mean));
  });

  it('refuses means that do not match the batch', () => {
    expect(() => searchObjectives(archs.slice(1), mean, 3, 0, { column: 1 })).toThrow(/15 means for 4 architectures × 3 targets/);
  });
});
