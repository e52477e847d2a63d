// How far an architecture's descriptors lie beyond the training data's box: for every encoder
// feature, the distance outside the training split's [min, max] in units of that feature's range,
// summed over features (0 inside the box). Summing lets one far-out descriptor or many slightly-out
// ones (a network beyond the data in MACs is usually beyond it in several stage MACs and traffics
// too) both count. The ONNX graph computes the same (Sub, Relu, Mul, ReduceSum) and adds G·s² to
// each target's variance; runtime/evaluateSurrogate.ts and the OOD levels call this.

/** The training split's per-feature box, in encoder feature order. */
export interface FeatureDomain {
  min: ArrayLike<number>;
  max: ArrayLike<number>;
}

/**
 * 1 / range per feature; a feature constant in training (e.g. a gene whose other values were all
 * held out) gets range 1, its own unit, rather than an infinite score.
 */
export function inverseRange(domain: FeatureDomain): Float64Array {
  return Float64Array.from(domain.min as ArrayLike<number>, (lo, j) => {
    const range = domain.max[j] - lo;
    return range > 0 ? 1 / range : 1;
  });
}

/** Per-feature excess (≥ 0) of one row beyond the box, in units of the feature's range. */
export function featureExcess(domain: FeatureDomain, x: ArrayLike<number>, row: number, inv = inverseRange(domain)): Float64Array {
  const out = new Float64Array(inv.length);
  for (let j = 0; j < inv.length; j++) {
    const v = x[row + j];
    out[j] = (Math.max(0, domain.min[j] - v) + Math.max(0, v - domain.max[j])) * inv[j];
  }
  return out;
}

/** s(x) ≥ 0 of one row (features row-major starting at `row`); 0 inside the box. */
export function edgeScore(domain: FeatureDomain, x: ArrayLike<number>, row: number, inv = inverseRange(domain)): number {
  let s = 0;
  for (let j = 0; j < inv.length; j++) {
    const v = x[row + j];
    // Same grouping as the graph (Relu(min − x) + Relu(x − max), then × 1/range) for parity.
    s += (Math.max(0, domain.min[j] - v) + Math.max(0, v - domain.max[j])) * inv[j];
  }
  return s;
}

/** The box of `rows` feature rows (row-major, `count` features each). */
export function featureDomain(features: ArrayLike<number>, rows: number, count: number): { min: number[]; max: number[] } {
  const min = new Array<number>(count).fill(Infinity);
  const max = new Array<number>(count).fill(-Infinity);
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < count; j++) {
      const v = features[i * count + j];
      if (v < min[j]) min[j] = v;
      if (v > max[j]) max[j] = v;
    }
  return { min, max };
}
