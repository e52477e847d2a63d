// A stage's layer-cost table as a decision tree over the block's gene features, so the additive base
// runs inside the same TreeEnsemble machinery as the boosted trees.
import { layerChoices } from '../../core/space/searchSpace';
import type { RegressionTree } from '../runtime/regressionTree';

/**
 * One stage's layer-cost table as a decision tree over that block's gene features (e at 4b, k at
 * 4b+1, l at 4b+2, se at 4b+3): e, then k, then se, then l, one leaf per (e, k, se, l).
 */
export function stageLookupTree(block: number, table: Float64Array): RegressionTree {
  const feature: number[] = [];
  const threshold: number[] = [];
  const left: number[] = [];
  const right: number[] = [];
  const leafValue: number[] = [];
  const layers = layerChoices(block);
  // Builds a chain of `x ≤ cut` tests over sorted values, calling `leaf(valueIndex)` at the ends.
  const chain = (featureIndex: number, cuts: number[], child: (valueIndex: number) => number): number => {
    const build = (i: number): number => {
      if (i === cuts.length) return child(i);
      const node = feature.length;
      feature.push(featureIndex);
      threshold.push(cuts[i]);
      left.push(0);
      right.push(0);
      left[node] = child(i);
      right[node] = build(i + 1);
      return node;
    };
    return build(0);
  };
  const leaf = (value: number) => {
    leafValue.push(value);
    return ~(leafValue.length - 1);
  };
  chain(4 * block, [2.5, 5], (e) =>
    chain(4 * block + 1, [4], (k) =>
      chain(4 * block + 3, [0.5], (se) =>
        chain(
          4 * block + 2,
          layers.slice(0, -1).map((l) => l + 0.5),
          (li) => leaf(table[(e * 4 + k * 2 + se) * 4 + layers[li] - 1]),
        ),
      ),
    ),
  );
  return {
    feature: Int32Array.from(feature),
    threshold: Float64Array.from(threshold),
    left: Int32Array.from(left),
    right: Int32Array.from(right),
    leafValue: Float64Array.from(leafValue),
  };
}
