// The rows of a predicted cloud that the surrogate predicts within its training data (level `in`):
// what /pareto draws when the user hides extrapolated predictions (the worker computes their front: FrontPair.inDistribution).
import { OOD_LEVEL_CODES } from '@/workers/surrogate/protocol';

/** Indices in [0, count) whose level in `ood` (OOD_LEVEL_CODES) is `in`, ascending. */
export function inDistributionIndices(ood: ArrayLike<number>, count: number): Int32Array {
  const out = new Int32Array(count);
  let kept = 0;
  for (let i = 0; i < count; i++) if (ood[i] === OOD_LEVEL_CODES.in) out[kept++] = i;
  return out.slice(0, kept);
}
