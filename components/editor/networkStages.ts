// AccelNASBenchNet's fixed skeleton at 224×224, the frame the 28 genes fill in (Accel-NASBench
// NOTES.md, "The network"; the same constants as core/metrics/macsParams): a 3×3 stride-2 stem to 32
// channels, 7 MBConv stages with these strides and widths, a 1×1 head to 1280 and a 1000-way classifier.

export const INPUT_RESOLUTION = 224;
export const STEM_CHANNELS = 32;
export const HEAD_CHANNELS = 1280;

export interface StageFrame {
  /** 0-based, as ANB's block{i}_* names. */
  index: number;
  stride: 1 | 2;
  inChannels: number;
  outChannels: number;
  /** Feature-map side entering and leaving the stage. */
  inResolution: number;
  outResolution: number;
}

const STRIDES = [1, 2, 2, 2, 1, 2, 1] as const;
const OUT_CHANNELS = [16, 24, 40, 80, 112, 192, 320] as const;

export const STAGES: readonly StageFrame[] = (() => {
  const out: StageFrame[] = [];
  let resolution = INPUT_RESOLUTION / 2;
  let channels = STEM_CHANNELS;
  STRIDES.forEach((stride, index) => {
    const next = resolution / stride;
    out.push({ index, stride, inChannels: channels, outChannels: OUT_CHANNELS[index], inResolution: resolution, outResolution: next });
    resolution = next;
    channels = OUT_CHANNELS[index];
  });
  return out;
})();
