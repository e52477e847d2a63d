// The skeleton the editor draws around the genes must be EfficientNet-B0's (Tan & Le 2019, Table 1),
// which Accel-NASBench's AccelNASBenchNet keeps: input resolution and channels per stage.
import { describe, expect, it } from 'vitest';
import { HEAD_CHANNELS, INPUT_RESOLUTION, STAGES, STEM_CHANNELS } from './networkStages';

describe('STAGES', () => {
  it('are the seven MBConv stages of EfficientNet-B0 at 224×224', () => {
    expect(INPUT_RESOLUTION).toBe(224);
    expect(STAGES.map((s) => s.inResolution)).toEqual([112, 112, 56, 28, 14, 14, 7]);
    expect(STAGES.map((s) => s.outChannels)).toEqual([16, 24, 40, 80, 112, 192, 320]);
    expect(STAGES.map((s) => s.stride)).toEqual([1, 2, 2, 2, 1, 2, 1]);
  });

  it('chain: each stage starts where the previous one ended, the first on the 3×3 stride-2 stem', () => {
    expect(STAGES[0]).toEqual({ index: 0, stride: 1, inChannels: STEM_CHANNELS, outChannels: 16, inResolution: 112, outResolution: 112 });
    for (let i = 1; i < STAGES.length; i++) {
      expect(STAGES[i].index).toBe(i);
      expect(STAGES[i].inChannels).toBe(STAGES[i - 1].outChannels);
      expect(STAGES[i].inResolution).toBe(STAGES[i - 1].outResolution);
      expect(STAGES[i].outResolution).toBe(STAGES[i].inResolution / STAGES[i].stride);
    }
  });

  it('end on a 7×7 map of 320 channels, which the 1×1 head widens to 1280', () => {
    const last = STAGES[STAGES.length - 1];
    expect([last.outResolution, last.outChannels, HEAD_CHANNELS]).toEqual([7, 320, 1280]);
  });
});
