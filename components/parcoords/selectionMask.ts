// Which drawn rows pass /data's filters (the brushes among them): the client-side twin of the list
// API's predicates (server/services/listArchitecturesFromSnapshot.ts): every constraint ANDed, a gene
// list for all blocks or one, a metric range failing on a missing value, the paper's split. A
// predicted cloud has no split, MACs or parameter count: those constraints are reported, not applied.
import { GENE_COUNT } from '@/core/space/geneIndex';
import { BLOCK_COUNT } from '@/core/space/searchSpace';
import { isTargetName } from '@/core/targets';
import type { ArchitectureListInput } from '@/lib/url/dataParams';
import { geneValueOf, GENE_KEYS, type LineSource } from './parallelAxes';

export type SelectionInput = Pick<ArchitectureListInput, 'genes' | 'blocks' | 'ranges' | 'split'>;

/** Columns only measured records have. */
export interface MeasuredExtras {
  resultIds: ArrayLike<number>;
  macs: ArrayLike<number>;
  params: ArrayLike<number>;
  splits: readonly ('train' | 'val' | 'test' | null)[];
}

export interface SelectionMask {
  /** 1 where the row passes every constraint. */
  mask: Uint8Array;
  selected: number;
  /** Constraints this source cannot apply (a predicted cloud's split, MACs, params, result id). */
  ignored: string[];
}

type Test = (row: number) => boolean;

export function selectionMask(source: LineSource, input: SelectionInput, extras: MeasuredExtras | null): SelectionMask {
  const tests: Test[] = [];
  const ignored: string[] = [];
  const geneTests = (block: number, c: NonNullable<SelectionInput['genes']>) => {
    GENE_KEYS.forEach((gene, g) => {
      const wanted = c[gene];
      if (!wanted) return;
      const allowed = (wanted as readonly (number | boolean)[]).map((v) => (typeof v === 'boolean' ? (v ? 1 : 0) : v));
      const offset = block * 4 + g;
      tests.push((i) => allowed.includes(geneValueOf(gene, source.genes[i * GENE_COUNT + offset])));
    });
  };
  if (input.genes) for (let b = 0; b < BLOCK_COUNT; b++) geneTests(b, input.genes);
  for (const [block, c] of Object.entries(input.blocks ?? {})) if (c) geneTests(Number(block), c);
  for (const [key, range] of Object.entries(input.ranges ?? {})) {
    if (!range) continue;
    const column = isTargetName(key)
      ? source.target(key)
      : extras
        ? { result_id: extras.resultIds, macs: extras.macs, params: extras.params }[key as 'result_id' | 'macs' | 'params']
        : null;
    if (!column) {
      ignored.push(`${key} range`);
      continue;
    }
    const { min, max } = range;
    // NaN fails both comparisons: a missing value is outside every range, as in SQL.
    if (min !== undefined) tests.push((i) => column[i] >= min);
    if (max !== undefined) tests.push((i) => column[i] <= max);
  }
  if (input.split) {
    if (!extras) ignored.push('split');
    else {
      const want = input.split === 'none' ? null : input.split;
      tests.push((i) => extras.splits[i] === want);
    }
  }
  const mask = new Uint8Array(source.count);
  let selected = 0;
  for (let i = 0; i < source.count; i++) {
    if (tests.every((t) => t(i))) {
      mask[i] = 1;
      selected++;
    }
  }
  return { mask, selected, ignored };
}
