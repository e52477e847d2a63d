// A deterministic stand-in for the surrogates, for tests and demos: accuracy and throughput as smooth
// functions of the genes with a real trade-off, since wider, deeper, larger-kernel networks gain
// accuracy and lose throughput.
import type { Architecture } from '../space/searchSpace';
import type { Evaluate, Objectives } from './optimizer';

/** EfficientNet-B0's stage output channels and the output side of each stage at 224×224. */
const CHANNELS = [16, 24, 40, 80, 112, 192, 320];
const SIDE = [112, 112, 56, 28, 14, 14, 7];
/** How much each stage's capacity counts towards accuracy: later, wider stages matter more. */
const STAGE_WEIGHT = [0.4, 0.6, 0.8, 1, 1.1, 1.3, 0.9];

/**
 * Accuracy in % (about 59–74) saturates with a capacity score; throughput in img/s (about 180–1260,
 * median near ANB's 400 img/s reward target) is inversely proportional to a MACs-like count plus a fixed
 * cost per layer, as on real accelerators where depth adds latency beyond its arithmetic. Not the
 * benchmark's numbers: only their shape.
 */
export function syntheticObjectives(arch: Architecture): Objectives {
  let capacity = 0;
  let macs = 0;
  let layers = 0;
  arch.forEach((b, i) => {
    const c = CHANNELS[i];
    const area = SIDE[i] * SIDE[i];
    const kernelGain = b.k === 5 ? 1.25 : 1;
    capacity += STAGE_WEIGHT[i] * Math.log1p(b.l * b.e * kernelGain) + (b.se ? 0.08 * STAGE_WEIGHT[i] : 0);
    // Per layer: 1×1 expansion and projection (2·e·c²) plus the k×k depthwise conv (e·c·k²), per pixel.
    const perLayer = area * (2 * b.e * c * c + b.e * c * b.k * b.k) + (b.se ? 0.25 * b.e * c * c : 0);
    macs += b.l * perLayer;
    layers += b.l;
  });
  const accuracy = 50 + 30 * (1 - Math.exp(-capacity / 12));
  const hardware = 4e11 / (macs + 2e7 * layers + 1e8);
  return { accuracy, hardware };
}

export const syntheticEvaluate: Evaluate = (archs) => archs.map(syntheticObjectives);
