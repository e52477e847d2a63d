// Architecture → surrogate input features: the 28 genes plus analytic costs of the network they
// build (per-stage MACs, memory traffic and parameters, depth, squeeze-excite and kernel counts).
// Pure and dependency-free apart from core/, so the training pipeline, Node and a browser Web Worker
// encode identically. Change anything here and bump FEATURE_ENCODING_VERSION: trained models
// record the version they were fitted on and refuse a mismatch.
import { macsParams } from '../../core/metrics/macsParams';
import { BLOCK_COUNT, type Architecture, type Block } from '../../core/space/searchSpace';

export const FEATURE_ENCODING_VERSION = 'anb-features-v1';

export const FEATURE_ENCODING_DESCRIPTION =
  'float32 row per architecture: genes e,k,l,se (se as 0/1) of blocks 0..6; per stage 0..6 the ' +
  'analytic MACs (M), activation traffic (M elements read+written by its convs) and parameters (M); ' +
  'totals: MACs and params (M, thop conventions as core/metrics/macsParams), layers, squeeze-excite ' +
  'layers, 5x5 layers, depthwise MACs, pointwise MACs, squeeze-excite MACs (M), activation traffic, ' +
  'depthwise traffic (M elements), conv ops.';

// AccelNASBenchNet at 224×224 (NOTES.md, "The network"): stem 3×3/2 to 32 channels, then 7 stages.
const STEM_CHANNELS = 32;
const STEM_SIZE = 112;
const STAGE_STRIDES = [1, 2, 2, 2, 1, 2, 1] as const;
const STAGE_OUT_CHANNELS = [16, 24, 40, 80, 112, 192, 320] as const;
const MILLION = 1e6;

const TOTAL_NAMES = [
  'macs',
  'params',
  'layers',
  'se_layers',
  'k5_layers',
  'dw_macs',
  'pw_macs',
  'se_macs',
  'traffic',
  'dw_traffic',
  'conv_ops',
] as const;

export const FEATURE_NAMES: readonly string[] = [
  ...Array.from({ length: BLOCK_COUNT }, (_, b) => ['e', 'k', 'l', 'se'].map((g) => `block${b}_${g}`)).flat(),
  ...Array.from({ length: BLOCK_COUNT }, (_, b) => ['macs', 'traffic', 'params'].map((m) => `stage${b}_${m}`)).flat(),
  ...TOTAL_NAMES,
];

export const FEATURE_COUNT = FEATURE_NAMES.length;

/** Analytic costs of one MBConv layer (same counting as core/metrics/macsParams, split by part). */
interface LayerCost {
  dwMacs: number;
  pwMacs: number;
  seMacs: number;
  bnMacs: number;
  traffic: number;
  dwTraffic: number;
  params: number;
  convOps: number;
}

/** torchvision's `_make_divisible(v, 8)`. */
function makeDivisible(v: number, divisor = 8): number {
  const rounded = Math.max(divisor, Math.floor(v / divisor + 0.5) * divisor);
  return rounded < 0.9 * v ? rounded + divisor : rounded;
}

function layerCost(block: Block, inCh: number, outCh: number, inSize: number, outSize: number): LayerCost {
  const expanded = makeDivisible(inCh * block.e);
  const inPx = inSize * inSize;
  const outPx = outSize * outSize;
  const c: LayerCost = { dwMacs: 0, pwMacs: 0, seMacs: 0, bnMacs: 0, traffic: 0, dwTraffic: 0, params: 0, convOps: 0 };
  if (block.e !== 1) {
    c.pwMacs += inCh * expanded * inPx;
    c.bnMacs += 4 * expanded * inPx;
    c.traffic += (inCh + expanded) * inPx;
    c.params += inCh * expanded + 2 * expanded;
    c.convOps += 1;
  }
  c.dwMacs += expanded * block.k * block.k * outPx;
  c.bnMacs += 4 * expanded * outPx;
  c.dwTraffic += expanded * (inPx + outPx);
  c.traffic += expanded * (inPx + outPx);
  c.params += expanded * block.k * block.k + 2 * expanded;
  c.convOps += 1;
  if (block.se) {
    const squeezed = Math.max(1, Math.floor(inCh / 4));
    c.seMacs += expanded * (outPx + 1) + 2 * expanded * squeezed;
    c.traffic += 2 * expanded * outPx;
    c.params += 2 * expanded * squeezed + squeezed + expanded;
    c.convOps += 2;
  }
  c.pwMacs += expanded * outCh * outPx;
  c.bnMacs += 4 * outCh * outPx;
  c.traffic += (expanded + outCh) * outPx;
  c.params += expanded * outCh + 2 * outCh;
  c.convOps += 1;
  return c;
}

/** Writes the features of `arch` into `out` at `offset` (no allocation, for batches). */
export function encodeFeaturesInto(arch: Architecture, out: Float32Array, offset: number): void {
  let o = offset;
  for (let b = 0; b < BLOCK_COUNT; b++) {
    const { e, k, l, se } = arch[b];
    out[o++] = e;
    out[o++] = k;
    out[o++] = l;
    out[o++] = se ? 1 : 0;
  }
  let size = STEM_SIZE;
  let stageIn = STEM_CHANNELS;
  let layers = 0;
  let seLayers = 0;
  let k5Layers = 0;
  let dwMacs = 0;
  let pwMacs = 0;
  let seMacs = 0;
  let traffic = 0;
  let dwTraffic = 0;
  let convOps = 0;
  for (let s = 0; s < BLOCK_COUNT; s++) {
    const block = arch[s];
    const outCh = STAGE_OUT_CHANNELS[s];
    let stageMacs = 0;
    let stageTraffic = 0;
    let stageParams = 0;
    for (let layer = 0; layer < block.l; layer++) {
      const inCh = layer === 0 ? stageIn : outCh;
      const outSize = layer === 0 && STAGE_STRIDES[s] === 2 ? size / 2 : size;
      const c = layerCost(block, inCh, outCh, size, outSize);
      stageMacs += c.dwMacs + c.pwMacs + c.seMacs + c.bnMacs;
      stageTraffic += c.traffic;
      stageParams += c.params;
      dwMacs += c.dwMacs;
      pwMacs += c.pwMacs;
      seMacs += c.seMacs;
      traffic += c.traffic;
      dwTraffic += c.dwTraffic;
      convOps += c.convOps;
      size = outSize;
    }
    layers += block.l;
    if (block.se) seLayers += block.l;
    if (block.k === 5) k5Layers += block.l;
    out[o++] = stageMacs / MILLION;
    out[o++] = stageTraffic / MILLION;
    out[o++] = stageParams / MILLION;
    stageIn = outCh;
  }
  const totals = macsParams(arch);
  out[o++] = totals.macs;
  out[o++] = totals.params;
  out[o++] = layers;
  out[o++] = seLayers;
  out[o++] = k5Layers;
  out[o++] = dwMacs / MILLION;
  out[o++] = pwMacs / MILLION;
  out[o++] = seMacs / MILLION;
  out[o++] = traffic / MILLION;
  out[o++] = dwTraffic / MILLION;
  out[o] = convOps;
}

/** Features of one architecture. */
export function encodeFeatures(arch: Architecture): Float32Array {
  const out = new Float32Array(FEATURE_COUNT);
  encodeFeaturesInto(arch, out, 0);
  return out;
}

/** Features of many architectures, row-major [archs.length, FEATURE_COUNT]. */
export function encodeFeatureBatch(archs: readonly Architecture[]): Float32Array {
  const out = new Float32Array(archs.length * FEATURE_COUNT);
  for (let i = 0; i < archs.length; i++) encodeFeaturesInto(archs[i], out, i * FEATURE_COUNT);
  return out;
}
