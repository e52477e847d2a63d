// How a gene level of the one-hot design reads on /compare, with the reference level it is measured
// against (server/services/geneDesign.ts: expansion 4, kernel 3, one layer, squeeze-excite off).
import type { Gene } from '@/core/space/searchSpace';

export const GENE_NAMES: Record<Gene, string> = { e: 'expansion', k: 'kernel', l: 'layers', se: 'squeeze-excite' };

/** "Block 3: expansion 6 (vs 4)"; blocks counted from 0, as in the design-rules table. */
export function geneLevelLabel(block: number, gene: Gene, level: number | boolean): string {
  const change =
    gene === 'e'
      ? `expansion ${String(level)} (vs 4)`
      : gene === 'k'
        ? `kernel ${String(level)} (vs 3)`
        : gene === 'l'
          ? `${String(level)} layers (vs 1)`
          : 'squeeze-excite on (vs off)';
  return `Block ${block}: ${change}`;
}
