// The one-hot gene design behind the design rules: an intercept plus, for every block, one 0/1
// column per non-reference level of each gene. Reference levels (all columns 0): expansion 4,
// kernel 3, one layer, squeeze-excite off — so a coefficient is the change from that reference.
import { BLOCK_COUNT, layerChoices, type Architecture, type Gene } from '@/core/space/searchSpace';

export type DesignColumn = { kind: 'intercept' } | { kind: 'gene'; block: number; gene: Gene; level: number | boolean };

export interface GeneDesign {
  columns: DesignColumn[];
  /** Column of (block, gene, level); undefined for a reference level. */
  column(block: number, gene: Gene, level: number | boolean): number | undefined;
  /** Ascending indices of the columns that are 1 for this architecture (column 0, the intercept, always). */
  active(architecture: Architecture): Int32Array;
}

const REFERENCE = { e: 4, k: 3, l: 1, se: false } as const;

function nonReferenceLevels(block: number, gene: Gene): (number | boolean)[] {
  switch (gene) {
    case 'e':
      return [1, 6];
    case 'k':
      return [5];
    case 'l':
      return layerChoices(block).filter((l) => l !== REFERENCE.l);
    case 'se':
      return [true];
  }
}

const GENE_ORDER: Gene[] = ['e', 'k', 'l', 'se'];

export function geneDesign(): GeneDesign {
  const columns: DesignColumn[] = [{ kind: 'intercept' }];
  const index = new Map<string, number>();
  const key = (block: number, gene: Gene, level: number | boolean) => `${block}:${gene}:${String(level)}`;
  for (let block = 0; block < BLOCK_COUNT; block++) {
    for (const gene of GENE_ORDER) {
      for (const level of nonReferenceLevels(block, gene)) {
        index.set(key(block, gene, level), columns.length);
        columns.push({ kind: 'gene', block, gene, level });
      }
    }
  }
  return {
    columns,
    column: (block, gene, level) => index.get(key(block, gene, level)),
    active(architecture) {
      const out = [0];
      architecture.forEach((b, block) => {
        for (const gene of GENE_ORDER) {
          const c = index.get(key(block, gene, b[gene]));
          if (c !== undefined) out.push(c);
        }
      });
      // Columns were numbered block by block, gene by gene, so `out` is already ascending.
      return Int32Array.from(out);
    },
  };
}
