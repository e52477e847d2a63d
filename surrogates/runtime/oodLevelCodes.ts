// outOfDistributionLevel's level for many rows at once, without the reasons: what the browser worker
// attaches to every predicted architecture (a 100,000-point cloud included), so the views can mark and
// hide extrapolations. One byte per row: OOD_LEVEL_CODES. Same thresholds, same arithmetic; the test
// checks it against outOfDistributionLevel row by row.
import { inverseRange } from './edgeScore';
import { OOD_THRESHOLDS, type OodLevel, type OodReference } from './outOfDistributionLevel';

/** The byte each level is stored as. */
export const OOD_LEVEL_CODES = { in: 0, edge: 1, far: 2 } as const satisfies Record<OodLevel, number>;
export const OOD_LEVELS: readonly OodLevel[] = ['in', 'edge', 'far'];

/**
 * Levels of `rows` architectures: `features` row-major [rows, featureCount] (encoder rows),
 * `predicted` row-major [rows, targets] means in the reference's target order.
 */
export function oodLevelCodes(
  ref: OodReference,
  features: ArrayLike<number>,
  predicted: ArrayLike<number>,
  rows: number,
  thresholds = OOD_THRESHOLDS,
): Uint8Array {
  const { min, max } = ref.features;
  const inv = inverseRange(ref.features);
  const featureCount = inv.length;
  const targets = ref.targets.length;
  const out = new Uint8Array(rows);
  for (let i = 0; i < rows; i++) {
    let edge = 0;
    let beyond = false;
    for (let j = 0; j < featureCount; j++) {
      const v = features[i * featureCount + j];
      const e = (Math.max(0, min[j] - v) + Math.max(0, v - max[j])) * inv[j];
      edge += e;
      if (e > thresholds.EDGE_MIN) beyond = true;
    }
    let far = edge >= thresholds.FAR_EDGE;
    for (let t = 0; t < targets && !far; t++) {
      const { min: lo, max: hi } = ref.targets[t];
      const v = predicted[i * targets + t];
      const b = Math.max(0, lo - v, v - hi);
      if (!(b > 0)) continue;
      beyond = true;
      if (b / (hi - lo || 1) >= thresholds.FAR_PREDICTION) far = true;
    }
    out[i] = far ? OOD_LEVEL_CODES.far : beyond ? OOD_LEVEL_CODES.edge : OOD_LEVEL_CODES.in;
  }
  return out;
}
