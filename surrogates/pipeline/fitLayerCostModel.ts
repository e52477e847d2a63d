// The additive base model under the boosted trees: a target (or its reciprocal) as an intercept plus
// one cost per layer, where a layer's cost depends on its stage, its block's expansion, kernel and
// squeeze-excite, and whether it is the stage's first layer (which carries the stride and the width
// change). Hardware latency is close to such a sum (R² ≈ 0.9999 on ZCU102), and 1/throughput too;
// the trees then learn what the sum misses. Fitted by ridge regression on one-hot layer counts.
import { choleskySolve } from '../../core/metrics/choleskySolve';
import { BLOCK_COUNT, EXPANSIONS, KERNELS, type Architecture, type Block } from '../../core/space/searchSpace';
import type { LayerCostModel } from '../runtime/surrogateModel';

const COMBOS = EXPANSIONS.length * KERNELS.length * 2;
const COLUMNS = 1 + BLOCK_COUNT * COMBOS * 2;

export function blockCombo(block: Block): number {
  return EXPANSIONS.indexOf(block.e) * 4 + KERNELS.indexOf(block.k) * 2 + (block.se ? 1 : 0);
}

function designRow(arch: Architecture, row: Float64Array): void {
  row.fill(0);
  row[0] = 1;
  for (let s = 0; s < BLOCK_COUNT; s++) {
    const c = blockCombo(arch[s]);
    row[1 + s * COMBOS * 2 + c] = 1;
    row[1 + s * COMBOS * 2 + COMBOS + c] = arch[s].l - 1;
  }
}

export function fitLayerCostModel(archs: readonly Architecture[], y: Float64Array, lambda = 1e-3, weights?: Float64Array): LayerCostModel {
  const p = COLUMNS;
  const a = new Float64Array(p * p);
  const b = new Float64Array(p);
  const row = new Float64Array(p);
  const nz: number[] = [];
  archs.forEach((arch, i) => {
    designRow(arch, row);
    nz.length = 0;
    for (let j = 0; j < p; j++) if (row[j] !== 0) nz.push(j);
    const w = weights ? weights[i] : 1;
    for (const j of nz) {
      b[j] += w * row[j] * y[i];
      for (const k of nz) a[j * p + k] += w * row[j] * row[k];
    }
  });
  // Ridge on every column but the intercept; a tiny pivot is floored rather than refused.
  const w = choleskySolve(a, b, p, { ridge: lambda, ridgeFrom: 1, smallPivot: 'clamp' });
  const stageCost: Float64Array[] = [];
  for (let s = 0; s < BLOCK_COUNT; s++) {
    const table = new Float64Array(COMBOS * 4);
    for (let c = 0; c < COMBOS; c++) {
      for (let l = 1; l <= 4; l++) {
        table[c * 4 + l - 1] = w[1 + s * COMBOS * 2 + c] + (l - 1) * w[1 + s * COMBOS * 2 + COMBOS + c];
      }
    }
    stageCost.push(table);
  }
  return { intercept: w[0], stageCost };
}

export function predictLayerCost(model: LayerCostModel, arch: Architecture): number {
  let v = model.intercept;
  for (let s = 0; s < BLOCK_COUNT; s++) v += model.stageCost[s][blockCombo(arch[s]) * 4 + arch[s].l - 1];
  return v;
}
