// MACs and parameter counts of an architecture, worked out analytically for ANB's AccelNASBenchNet at
// 224×224 with the thop conventions the dataset's `model_info` uses: equal to it on all 5,138 records.
import { CLASSES, HEAD_CHANNELS, INPUT_SIZE, mbconvLayers, STAGE_OUT_CHANNELS, STEM_CHANNELS } from '../network/networkLayers';
import type { Architecture } from '../space/searchSpace';

/** `model_info` is in millions with 6 decimals, so one unit is the dataset's resolution. */
const MILLION = 1e6;

/** Counts in units (not millions) so sums stay exact integers; every count is far below 2^53. */
interface Tally {
  macs: number;
  params: number;
}

/** k×k conv without bias on a square `size`×`size` output: thop counts one multiply-add per weight per output pixel. */
function conv(t: Tally, inCh: number, outCh: number, kernel: number, groups: number, size: number): void {
  const weights = outCh * (inCh / groups) * kernel * kernel;
  t.macs += weights * size * size;
  t.params += weights;
}

/** thop's BatchNorm rule: 2 ops per element (normalise), doubled when affine — so 4. Weight and bias are params. */
function batchNorm(t: Tally, channels: number, size: number): void {
  t.macs += 4 * channels * size * size;
  t.params += 2 * channels;
}

/** thop's adaptive average pool: H·W additions plus one division per output channel. */
function globalPool(t: Tally, channels: number, size: number): void {
  t.macs += channels * (size * size + 1);
}

/**
 * Squeeze-excite on `expanded` channels: pool, 1×1 conv down, 1×1 conv up, both with bias. Newer thop
 * leaves conv biases out of MACs, and the sigmoid and the excitation product are not counted at all.
 */
function squeezeExcite(t: Tally, expanded: number, squeezed: number, size: number): void {
  globalPool(t, expanded, size);
  conv(t, expanded, squeezed, 1, 1, 1);
  conv(t, squeezed, expanded, 1, 1, 1);
  t.params += squeezed + expanded;
}

/** Millions of MACs and of parameters at 224×224, counted the way the dataset's `model_info` is. */
export function macsParams(arch: Architecture): { macs: number; params: number } {
  const t: Tally = { macs: 0, params: 0 };
  let size = INPUT_SIZE / 2;
  conv(t, 3, STEM_CHANNELS, 3, 1, size);
  batchNorm(t, STEM_CHANNELS, size);

  // The layer list (core/network/networkLayers.ts) holds the widths, strides and sizes: the squeeze
  // width from the layer's own input width (torchvision's `max(1, input_channels // 4)`; the stage's
  // input width or the expanded width misses 3,000+ records), expanded widths made divisible by 8.
  for (const l of mbconvLayers(arch)) {
    const outSize = l.inSize / l.stride;
    if (l.expansion !== 1) {
      conv(t, l.inChannels, l.expanded, 1, 1, l.inSize);
      batchNorm(t, l.expanded, l.inSize);
    }
    conv(t, l.expanded, l.expanded, l.kernel, l.expanded, outSize);
    batchNorm(t, l.expanded, outSize);
    if (l.se) squeezeExcite(t, l.expanded, l.squeezed, outSize);
    conv(t, l.expanded, l.outChannels, 1, 1, outSize);
    batchNorm(t, l.outChannels, outSize);
    size = outSize;
  }

  const last = STAGE_OUT_CHANNELS[STAGE_OUT_CHANNELS.length - 1];
  conv(t, last, HEAD_CHANNELS, 1, 1, size);
  batchNorm(t, HEAD_CHANNELS, size);
  globalPool(t, HEAD_CHANNELS, size);
  // thop's Linear rule counts in_features multiply-adds per output and ignores the bias.
  t.macs += HEAD_CHANNELS * CLASSES;
  t.params += HEAD_CHANNELS * CLASSES + CLASSES;
  // Integer / 1e6 is the double nearest the 6-decimal value, the same double JSON.parse gives.
  return { macs: t.macs / MILLION, params: t.params / MILLION };
}

/**
 * How far `macsParams` is from recorded counts. `exact` counts records where both numbers agree at
 * the dataset's precision (6 decimals in millions, i.e. to the single MAC and parameter).
 */
export function compareMacsParams(records: { architecture: Architecture; macs: number; params: number }[]): {
  count: number;
  maxAbsErrorMacs: number;
  maxAbsErrorParams: number;
  exact: number;
} {
  let maxAbsErrorMacs = 0;
  let maxAbsErrorParams = 0;
  let exact = 0;
  for (const r of records) {
    const c = macsParams(r.architecture);
    maxAbsErrorMacs = Math.max(maxAbsErrorMacs, Math.abs(c.macs - r.macs));
    maxAbsErrorParams = Math.max(maxAbsErrorParams, Math.abs(c.params - r.params));
    const sameUnit = (a: number, b: number) => Math.round(a * MILLION) === Math.round(b * MILLION);
    if (sameUnit(c.macs, r.macs) && sameUnit(c.params, r.params)) exact++;
  }
  return { count: records.length, maxAbsErrorMacs, maxAbsErrorParams, exact };
}
