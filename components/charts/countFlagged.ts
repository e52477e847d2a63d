// How many of some cloud rows the surrogate flags as extrapolated (level edge or far): the counts
// /pareto's status line gives for the drawn points and for the predicted front.
import { OOD_LEVEL_CODES } from '@/workers/surrogate/protocol';

/** Rows of `indices` (or of [0, count) when `indices` is a number) whose level in `ood` is not `in`. */
export function countFlagged(ood: ArrayLike<number>, indices: ArrayLike<number> | number): number {
  let flagged = 0;
  if (typeof indices === 'number') {
    for (let i = 0; i < indices; i++) if (ood[i] !== OOD_LEVEL_CODES.in) flagged++;
  } else {
    for (let j = 0; j < indices.length; j++) if (ood[indices[j]] !== OOD_LEVEL_CODES.in) flagged++;
  }
  return flagged;
}
