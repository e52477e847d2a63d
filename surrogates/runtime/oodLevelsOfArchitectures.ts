// outOfDistributionLevel's level for a few whole architectures and their predicted means: what search
// results (the /search race's best per run, /searches' per-device winners) attach to what they show.
// Encodes the features itself so callers that only hold architectures and means need no encoder rows.
import type { Architecture } from '../../core/space/searchSpace';
import { encodeFeatureBatch } from './encodeFeatures';
import { OOD_LEVELS, oodLevelCodes } from './oodLevelCodes';
import type { OodLevel, OodReference } from './outOfDistributionLevel';

/** Levels of `archs`, `predicted` row-major [archs.length, targets] means in the reference's target order. */
export function oodLevelsOfArchitectures(ref: OodReference, archs: readonly Architecture[], predicted: ArrayLike<number>): OodLevel[] {
  const codes = oodLevelCodes(ref, encodeFeatureBatch(archs), predicted, archs.length);
  return Array.from(codes, (c) => OOD_LEVELS[c]);
}
