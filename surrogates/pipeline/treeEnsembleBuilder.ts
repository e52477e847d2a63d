// Collects trees into the flat attribute arrays of one ai.onnx.ml TreeEnsemble node (opset 5):
// nodes_* for internal nodes, leaf_* for leaves, indices global across trees, every test BRANCH_LEQ
// (x ≤ split goes to the "true" child), leaves summed per output column.
// https://onnx.ai/onnx/operators/onnx_aionnxml_TreeEnsemble.html
import type { RegressionTree } from '../runtime/regressionTree';
import { TENSOR_DOUBLE, TENSOR_UINT8, type OnnxAttribute, type OnnxNode, type OnnxTensor } from '../../core/onnx/encodeOnnxModel';

const BRANCH_LEQ = 0;
const AGGREGATE_SUM = 1;

/** Flat TreeEnsemble (opset 5) attribute arrays, trees appended one after another. */
export class TreeEnsembleBuilder {
  featureIds: number[] = [];
  splits: number[] = [];
  trueIds: number[] = [];
  falseIds: number[] = [];
  trueLeaf: number[] = [];
  falseLeaf: number[] = [];
  leafTargets: number[] = [];
  leafWeights: number[] = [];
  roots: number[] = [];

  /** Adds a tree whose leaves all add to output column `target`. */
  add(tree: RegressionTree, target: number): void {
    const nodeBase = this.featureIds.length;
    const leafBase = this.leafWeights.length;
    if (tree.feature.length === 0) {
      // TreeEnsemble has no single-leaf tree; an always-true split on two equal leaves stands in.
      this.roots.push(nodeBase);
      this.featureIds.push(0);
      this.splits.push(Number.MAX_VALUE);
      this.trueIds.push(leafBase);
      this.falseIds.push(leafBase + 1);
      this.trueLeaf.push(1);
      this.falseLeaf.push(1);
      this.leafTargets.push(target, target);
      this.leafWeights.push(tree.leafValue[0], tree.leafValue[0]);
      return;
    }
    this.roots.push(nodeBase);
    for (let i = 0; i < tree.feature.length; i++) {
      this.featureIds.push(tree.feature[i]);
      this.splits.push(tree.threshold[i]);
      const [l, r] = [tree.left[i], tree.right[i]];
      this.trueIds.push(l >= 0 ? nodeBase + l : leafBase + ~l);
      this.trueLeaf.push(l >= 0 ? 0 : 1);
      this.falseIds.push(r >= 0 ? nodeBase + r : leafBase + ~r);
      this.falseLeaf.push(r >= 0 ? 0 : 1);
    }
    for (let j = 0; j < tree.leafValue.length; j++) {
      this.leafTargets.push(target);
      this.leafWeights.push(tree.leafValue[j]);
    }
  }

  node(name: string, input: string, output: string, targets: number): OnnxNode {
    const ints = (n: string, value: number[]): OnnxAttribute => ({ name: n, kind: 'ints', value });
    const tensor = (n: string, dataType: OnnxTensor['dataType'], values: number[]): OnnxAttribute => ({
      name: n,
      kind: 'tensor',
      value: { dataType, dims: [values.length], values },
    });
    return {
      opType: 'TreeEnsemble',
      domain: 'ai.onnx.ml',
      name,
      inputs: [input],
      outputs: [output],
      attributes: [
        { name: 'aggregate_function', kind: 'int', value: AGGREGATE_SUM },
        tensor('leaf_weights', TENSOR_DOUBLE, this.leafWeights),
        ints('leaf_targetids', this.leafTargets),
        { name: 'n_targets', kind: 'int', value: targets },
        ints('nodes_falseleafs', this.falseLeaf),
        ints('nodes_falsenodeids', this.falseIds),
        ints('nodes_featureids', this.featureIds),
        tensor(
          'nodes_modes',
          TENSOR_UINT8,
          this.featureIds.map(() => BRANCH_LEQ),
        ),
        tensor('nodes_splits', TENSOR_DOUBLE, this.splits),
        ints('nodes_trueleafs', this.trueLeaf),
        ints('nodes_truenodeids', this.trueIds),
        { name: 'post_transform', kind: 'int', value: 0 },
        ints('tree_roots', this.roots),
      ],
    };
  }
}
