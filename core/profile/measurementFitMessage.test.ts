import { describe, expect, it } from 'vitest';
import { createPrng } from '../random/prng';
import { sampleArchitecture } from '../space/sampleArchitecture';
import { fitDeviceProfile, predictProfiled } from './fitDeviceProfile';
import { measurementFitFromMessage, measurementFitMessageSchema, measurementFitToMessage } from './measurementFitMessage';
import { syntheticProfile } from './syntheticProfile';

const [fit] = fitDeviceProfile(syntheticProfile({ metric: 'throughput', batch: 8 })).fits;

describe('measurementFitMessage', () => {
  it('survives structured cloning and the check: every prediction is the same number', () => {
    const sent = structuredClone(measurementFitToMessage(fit));
    const parsed = measurementFitMessageSchema.safeParse(sent);
    expect(parsed.success).toBe(true);
    const back = measurementFitFromMessage(parsed.data!);
    const rng = createPrng(3);
    for (let i = 0; i < 200; i++) {
      const arch = sampleArchitecture(rng);
      expect(predictProfiled(back, arch)).toEqual(predictProfiled(fit, arch));
    }
    expect(back.kernelMs.size).toBe(168);
  });

  it('refuses a message missing a kernel or with a non-finite line, naming the field', () => {
    const message = measurementFitToMessage(fit);
    const { ['s3.first.e4k5se']: _dropped, ...kernelMs } = message.kernelMs;
    const missing = measurementFitMessageSchema.safeParse({ ...message, kernelMs });
    expect(missing.success).toBe(false);
    expect(missing.error!.issues[0].path).toEqual(['kernelMs', 's3.first.e4k5se']);
    const nan = measurementFitMessageSchema.safeParse({ ...message, slope: Number.NaN });
    expect(nan.success).toBe(false);
    expect(nan.error!.issues[0].path).toEqual(['slope']);
  });
});
