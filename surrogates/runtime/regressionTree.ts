// One regression tree in flat arrays, the shape both the TS evaluator and the ONNX exporter read.
// Node i tests `x[feature[i]] <= threshold[i]`: true goes to left[i], false to right[i]. A child
// index ≥ 0 is an internal node, a negative one is leaf ~index. A tree with no internal node is a
// single leaf (leafValue[0]).

export interface RegressionTree {
  feature: Int32Array;
  /** float32 values (stored as doubles), so the test is the same in float32 and float64. */
  threshold: Float64Array;
  left: Int32Array;
  right: Int32Array;
  leafValue: Float64Array;
}

/** The leaf value `x` (row `row` of a row-major [*, featureCount] matrix) falls into. */
export function predictTree(tree: RegressionTree, x: ArrayLike<number>, offset: number): number {
  if (tree.feature.length === 0) return tree.leafValue[0];
  let node = 0;
  for (;;) {
    const next = x[offset + tree.feature[node]] <= tree.threshold[node] ? tree.left[node] : tree.right[node];
    if (next < 0) return tree.leafValue[~next];
    node = next;
  }
}
