// ANB's AccelNASBenchNet as a list of layers (../shared/accel-nasbench/NOTES.md, "The network"): the
// stem, every MBConv layer of the seven stages with its widths, stride and input size, and the head.
// What device profiling builds and times, whole (buildNetworkModel) or one layer at a time (the kernels).
import type { Architecture } from '../space/searchSpace';

export const INPUT_SIZE = 224;
export const STEM_CHANNELS = 32;
export const STAGE_STRIDES = [1, 2, 2, 2, 1, 2, 1] as const;
export const STAGE_OUT_CHANNELS = [16, 24, 40, 80, 112, 192, 320] as const;
export const HEAD_CHANNELS = 1280;
export const CLASSES = 1000;

/** One inverted-residual (MBConv) layer: expand 1×1 (when e > 1), depthwise k×k, squeeze-excite, project 1×1. */
export interface MbconvLayer {
  /** 0-based stage and layer within it. */
  stage: number;
  layer: number;
  inChannels: number;
  outChannels: number;
  /** Expansion ratio e; e = 1 has no expand conv. */
  expansion: 1 | 4 | 6;
  /** Expanded width: torchvision's make-divisible(inChannels · e, 8). */
  expanded: number;
  /** Squeeze width: max(1, inChannels // 4), from the layer's own input width. */
  squeezed: number;
  kernel: 3 | 5;
  stride: 1 | 2;
  se: boolean;
  /** Input height = width. */
  inSize: number;
  /** Residual add: stride 1 and equal widths. */
  residual: boolean;
}

/** torchvision's `_make_divisible(v, 8)`: nearest multiple of 8, never more than 10% below `v`. */
export function makeDivisible(v: number, divisor = 8): number {
  const rounded = Math.max(divisor, Math.floor(v / divisor + 0.5) * divisor);
  return rounded < 0.9 * v ? rounded + divisor : rounded;
}

/** Every MBConv layer of the architecture, in order. */
export function mbconvLayers(arch: Architecture): MbconvLayer[] {
  const out: MbconvLayer[] = [];
  let size = INPUT_SIZE / 2; // after the stride-2 stem
  let stageIn: number = STEM_CHANNELS;
  for (let stage = 0; stage < STAGE_OUT_CHANNELS.length; stage++) {
    const { e, k, l, se } = arch[stage];
    const outChannels = STAGE_OUT_CHANNELS[stage];
    for (let layer = 0; layer < l; layer++) {
      // Only a stage's first layer takes the stage's input width and its stride.
      const inChannels = layer === 0 ? stageIn : outChannels;
      const stride = layer === 0 ? STAGE_STRIDES[stage] : 1;
      out.push({
        stage,
        layer,
        inChannels,
        outChannels,
        expansion: e,
        expanded: makeDivisible(inChannels * e),
        squeezed: Math.max(1, Math.floor(inChannels / 4)),
        kernel: k,
        stride,
        se,
        inSize: size,
        residual: stride === 1 && inChannels === outChannels,
      });
      if (stride === 2) size /= 2;
    }
    stageIn = outChannels;
  }
  return out;
}

/** Spatial size after the last stage (7 at 224×224). */
export const FINAL_SIZE = INPUT_SIZE / 2 / STAGE_STRIDES.reduce<number>((p, s) => p * s, 1);
