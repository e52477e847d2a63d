// URL state of /data. The keys are the REST API's (`e=4,6`, `k3=5`, `se=0`, `min_val_top1=60`,
// `split`, `sort`, `order`), so a /data link's query is also a valid /api/v1/architectures query.
// Shared by the page (server: createSearchParamsCache) and the table (client: useQueryStates).
import type { inferInput } from '@trpc/tanstack-react-query';
import {
  createSearchParamsCache,
  parseAsArrayOf,
  parseAsFloat,
  parseAsNumberLiteral,
  parseAsStringLiteral,
  type inferParserType,
} from 'nuqs/server';
import { BLOCK_COUNT, EXPANSIONS, KERNELS, layerChoices } from '@/core/space/searchSpace';
import { DEVICE_METRIC_NAMES } from '@/core/targets';
import type { useTRPC } from '@/lib/trpc/TrpcProvider';
import { datasetVersionParam } from './datasetVersionParam';

/** The list procedure's input, typed from the client's tRPC hook (no import from server/). */
export type ArchitectureListInput = inferInput<ReturnType<typeof useTRPC>['architectures']['list']>;
type SortKey = NonNullable<ArchitectureListInput['sort']>;
type GeneConstraint = NonNullable<ArchitectureListInput['genes']>;

/** Columns the table sorts and filters by (the API's SORT_KEYS). */
export const DATA_SORT_KEYS = [
  'result_id',
  'val_top1',
  'val_top5',
  'train_time',
  'macs',
  'params',
  ...DEVICE_METRIC_NAMES,
] as const satisfies readonly SortKey[];
export type DataSortKey = (typeof DATA_SORT_KEYS)[number];
export const SPLITS = ['train', 'val', 'test', 'none'] as const;

export const GENE_KEYS = ['e', 'k', 'l', 'se'] as const;
export type GeneKey = (typeof GENE_KEYS)[number];
type BlockSuffix = '' | '0' | '1' | '2' | '3' | '4' | '5' | '6';
export type GeneParam = `${GeneKey}${BlockSuffix}`;
export type RangeParam = `${'min' | 'max'}_${DataSortKey}`;

/** Allowed values of a gene in the URL (squeeze-excite as 1/0), for all blocks (null) or one. */
export function geneValues(gene: GeneKey, block: number | null): readonly number[] {
  if (gene === 'e') return EXPANSIONS;
  if (gene === 'k') return KERNELS;
  if (gene === 'se') return [1, 0];
  return block === null ? [1, 2, 3, 4] : layerChoices(block);
}

const geneList = (gene: GeneKey, block: number | null) => parseAsArrayOf(parseAsNumberLiteral(geneValues(gene, block))).withDefault([]);

const geneParams = {} as Record<GeneParam, ReturnType<typeof geneList>>;
for (const gene of GENE_KEYS) {
  geneParams[gene] = geneList(gene, null);
  for (let b = 0; b < BLOCK_COUNT; b++) geneParams[`${gene}${b}` as GeneParam] = geneList(gene, b);
}

const rangeParams = {} as Record<RangeParam, typeof parseAsFloat>;
for (const key of DATA_SORT_KEYS) {
  rangeParams[`min_${key}`] = parseAsFloat;
  rangeParams[`max_${key}`] = parseAsFloat;
}

export const dataParams = {
  ...geneParams,
  ...rangeParams,
  split: parseAsStringLiteral(SPLITS),
  sort: parseAsStringLiteral(DATA_SORT_KEYS).withDefault('result_id'),
  order: parseAsStringLiteral(['asc', 'desc'] as const).withDefault('asc'),
  dv: datasetVersionParam,
};

export type DataState = inferParserType<typeof dataParams>;
export const dataParamsCache = createSearchParamsCache(dataParams);

function constraint(state: DataState, suffix: BlockSuffix): GeneConstraint | null {
  const c: GeneConstraint = {};
  for (const gene of GENE_KEYS) {
    const values = state[`${gene}${suffix}`];
    if (values.length === 0) continue;
    if (gene === 'se') c.se = [...new Set(values)].map((v) => v === 1);
    else c[gene] = [...new Set(values)];
  }
  return Object.keys(c).length ? c : null;
}

/** The tRPC list input (without cursor and limit) the URL state stands for. */
export function toListInput(state: DataState): Omit<ArchitectureListInput, 'cursor' | 'limit'> {
  const input: Omit<ArchitectureListInput, 'cursor' | 'limit'> = { sort: state.sort, order: state.order };
  const genes = constraint(state, '');
  if (genes) input.genes = genes;
  const blocks: NonNullable<ArchitectureListInput['blocks']> = {};
  for (let b = 0; b < BLOCK_COUNT; b++) {
    const c = constraint(state, String(b) as BlockSuffix);
    if (c) blocks[String(b)] = c;
  }
  if (Object.keys(blocks).length) input.blocks = blocks;
  const ranges: NonNullable<ArchitectureListInput['ranges']> = {};
  for (const key of DATA_SORT_KEYS) {
    const min = state[`min_${key}`];
    const max = state[`max_${key}`];
    if (min === null && max === null) continue;
    ranges[key] = { ...(min !== null ? { min } : {}), ...(max !== null ? { max } : {}) };
  }
  if (Object.keys(ranges).length) input.ranges = ranges;
  if (state.split) input.split = state.split;
  return input;
}

/** Every filter parameter set to null: what "Clear filters" writes (sort and order stay). */
export const CLEARED_FILTERS = Object.fromEntries(
  [...Object.keys(geneParams), ...Object.keys(rangeParams), 'split'].map((k) => [k, null]),
) as Partial<Record<GeneParam | RangeParam | 'split', null>>;

/** How many filter parameters are set. */
export function activeFilterCount(state: DataState): number {
  let n = 0;
  for (const k of Object.keys(geneParams) as GeneParam[]) if (state[k].length) n++;
  for (const k of Object.keys(rangeParams) as RangeParam[]) if (state[k] !== null) n++;
  return n + (state.split ? 1 : 0);
}
