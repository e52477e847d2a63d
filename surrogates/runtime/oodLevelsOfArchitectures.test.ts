import { describe, expect, it } from 'vitest';
import { EFFICIENTNET_B0, type Architecture } from '../../core/space/searchSpace';
import { encodeFeatures, FEATURE_NAMES } from './encodeFeatures';
import { oodLevelsOfArchitectures } from './oodLevelsOfArchitectures';
import type { OodReference } from './outOfDistributionLevel';

// A training box that is exactly EfficientNet-B0's own features: B0 sits inside it, any other
// architecture differs in some descriptor.
const b0 = Array.from(encodeFeatures(EFFICIENTNET_B0));
const ref: OodReference = {
  featureNames: FEATURE_NAMES,
  features: { min: b0, max: b0 },
  targets: [{ name: 'val_top1', min: 70, max: 80 }],
};
const noSe: Architecture = EFFICIENTNET_B0.map((b, i) => (i === 0 ? { ...b, se: false } : b));

describe('oodLevelsOfArchitectures', () => {
  it('levels each architecture by its descriptors and its predicted means, in order', () => {
    // B0 inside with an in-range prediction; B0 predicted just above the range (edge) and 10% of the
    // range beyond it (far); B0 without squeeze-excite in stage 1 beyond the feature box.
    const levels = oodLevelsOfArchitectures(ref, [EFFICIENTNET_B0, EFFICIENTNET_B0, EFFICIENTNET_B0, noSe], [75, 80.5, 81, 75]);
    expect(levels.slice(0, 3)).toEqual(['in', 'edge', 'far']);
    expect(levels[3]).not.toBe('in');
  });

  it('returns nothing for no architectures', () => {
    expect(oodLevelsOfArchitectures(ref, [], [])).toEqual([]);
  });
});
