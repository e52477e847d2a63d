// The worker's check of a race's hardware objective: ANB metrics read the surrogate's column, a
// profiled metric its fitted model, and a bad spec is an invalid_request naming what is wrong.
import { describe, expect, it } from 'vitest';
import { fitDeviceProfile, predictProfiled } from '@/core/profile/fitDeviceProfile';
import { measurementFitToMessage } from '@/core/profile/measurementFitMessage';
import { profiledMedian } from '@/core/profile/profiledMedian';
import { syntheticProfile } from '@/core/profile/syntheticProfile';
import { createPrng } from '@/core/random/prng';
import { sampleArchitecture } from '@/core/space/sampleArchitecture';
import type { RaceSpec } from './protocol';
import { raceHardware } from './raceHardware';

const targets = ['val_top1', 'val_top5', 'throughput_vck190', 'latency_vck190'];
const [fit] = fitDeviceProfile(syntheticProfile()).fits;
const base: RaceSpec = { runs: [{ optimizer: 'rs', seed: 1 }], metric: 'latency_vck190', accuracy: 'val_top1', budget: 10 };
const profiled: RaceSpec = {
  ...base,
  metric: 'u3fa9c2d1e0ab.latency',
  profiled: measurementFitToMessage(fit),
  hardwareMedian: profiledMedian(fit),
};

describe('raceHardware', () => {
  it("reads an ANB metric's surrogate column", () => {
    expect(raceHardware(base, targets)).toEqual({ ok: true, value: { column: 3 } });
    expect(raceHardware({ ...base, metric: 'throughput_a100' }, targets)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  it("predicts a profiled metric with the profile's own model", () => {
    const r = raceHardware(structuredClone(profiled), targets);
    if (!r.ok || !('predict' in r.value)) throw new Error('expected a profiled objective');
    const rng = createPrng(9);
    for (let i = 0; i < 50; i++) {
      const arch = sampleArchitecture(rng);
      expect(r.value.predict(arch)).toBe(predictProfiled(fit, arch).mean);
    }
  });

  it('refuses a profiled race without its fit, with a malformed one, for the other metric, or without its median', () => {
    const message = (spec: RaceSpec) => {
      const r = raceHardware(spec, targets);
      return r.ok ? 'ok' : `${r.error.code}: ${r.error.message}`;
    };
    expect(message({ ...profiled, profiled: undefined })).toMatch(/^invalid_request: .*came without its fitted profile/);
    expect(message({ ...profiled, profiled: { ...profiled.profiled!, intercept: Number.NaN } })).toMatch(
      /malformed at profiled\.intercept/,
    );
    expect(message({ ...profiled, metric: 'u3fa9c2d1e0ab.throughput' })).toMatch(/fitted profile is for latency/);
    expect(message({ ...profiled, hardwareMedian: undefined })).toMatch(/needs the metric's median/);
  });
});
