// The additive base model under the boosted trees: a target (or its reciprocal) as an intercept plus
// one cost per layer, where a layer's cost depends on its stage, its block's expansion, kernel and
// squeeze-excite, and whether it is the stage's first layer (which carries the stride and the width
// change). Hardware latency is close to such a sum (R² ≈ 0.9999 on ZCU102), and 1/throughput too;
// the trees then learn what the sum misses. Fitted by ridge regression on one-hot layer counts.
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

/** Solves (A + λI)w = b for symmetric positive definite A by Cholesky (no penalty on column 0). */
function solveRidge(a: Float64Array, b: Float64Array, p: number, lambda: number): Float64Array {
  const m = Float64Array.from(a);
  for (let i = 1; i < p; i++) m[i * p + i] += lambda;
  const l = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let s = m[i * p + j];
      for (let k = 0; k < j; k++) s -= l[i * p + k] * l[j * p + k];
      l[i * p + j] = i === j ? Math.sqrt(Math.max(s, 1e-300)) : s / l[j * p + j];
    }
  }
  const z = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let s = b[i];
    for (let k = 0; k < i; k++) s -= l[i * p + k] * z[k];
    z[i] = s / l[i * p + i];
  }
  const w = new Float64Array(p);
  for (let i = p - 1; i >= 0; i--) {
    let s = z[i];
    for (let k = i + 1; k < p; k++) s -= l[k * p + i] * w[k];
    w[i] = s / l[i * p + i];
  }
  return w;
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
  const w = solveRidge(a, b, p, lambda);
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
