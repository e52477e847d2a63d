// The REST form of the architecture list query: flat, URL-friendly parameters
// (`e=4,6`, `k3=5`, `se=0`, `min_val_top1=60`, `sort=throughput_a100&order=desc`) mapped onto the
// same input the tRPC procedure takes. Errors name the URL parameter, the value and what is allowed.
import { z } from 'zod';
import { BLOCK_COUNT, EXPANSIONS, KERNELS, layerChoices } from '@/core/space/searchSpace';
import { architectureListInput, SORT_KEYS, type ArchitectureListInput, type GeneConstraint } from '../api/architectureQuery';
import { ServiceError } from '../services/serviceError';

const GENE_DOC = {
  e: `expansion ratios allowed (${EXPANSIONS.join(', ')})`,
  k: `kernel sizes allowed (${KERNELS.join(', ')})`,
  l: 'layer counts allowed (1, 2, 3; block 5 also 4)',
  se: 'squeeze-excite allowed (1 = on, 0 = off)',
} as const;
type GeneKey = keyof typeof GENE_DOC;
const GENE_KEYS = Object.keys(GENE_DOC) as GeneKey[];

const shape: Record<string, z.ZodType> = {};
for (const g of GENE_KEYS) {
  shape[g] = z.string().optional().describe(`Comma list of ${GENE_DOC[g]}, applied to every block`);
  for (let b = 0; b < BLOCK_COUNT; b++) shape[`${g}${b}`] = z.string().optional().describe(`Comma list of ${GENE_DOC[g]} for block ${b}`);
}
for (const key of SORT_KEYS) {
  shape[`min_${key}`] = z.string().optional().describe(`Keep records with ${key} ≥ this value`);
  shape[`max_${key}`] = z.string().optional().describe(`Keep records with ${key} ≤ this value`);
}
shape.split = z.enum(['train', 'val', 'test', 'none']).optional().describe("The paper's split the record is in ('none': in no split file)");
shape.sort = z.enum(SORT_KEYS).optional().describe('Sort key (device metrics sort by their mean); default result_id');
shape.order = z.enum(['asc', 'desc']).optional().describe('Sort order; missing values always last');
shape.limit = z.string().optional().describe('Page size, 1–500 (default 50)');
shape.cursor = z.string().optional().describe('nextCursor of the previous page');

export const architectureRestQuery = z.object(shape);

function parseNumber(param: string, raw: string): number {
  const v = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(v)) throw new ServiceError('bad_request', `${param} is "${raw}"; expected a number.`);
  return v;
}

function parseGeneList(param: string, gene: GeneKey, raw: string, block: number | null): (number | boolean)[] {
  const allowed: readonly (number | string)[] =
    gene === 'e' ? EXPANSIONS : gene === 'k' ? KERNELS : gene === 'l' ? (block === null ? [1, 2, 3, 4] : layerChoices(block)) : ['0', '1'];
  const out: (number | boolean)[] = [];
  for (const part of raw.split(',').map((p) => p.trim())) {
    const value = gene === 'se' ? part : Number(part);
    if (part === '' || !allowed.includes(value as never)) {
      throw new ServiceError('bad_request', `${param} contains "${part}"; allowed values: ${allowed.join(', ')} (comma-separated).`);
    }
    out.push(gene === 'se' ? part === '1' : (value as number));
  }
  return [...new Set(out)];
}

export function architectureRestToInput(query: Record<string, string | undefined>): ArchitectureListInput {
  const input: Record<string, unknown> = {};
  const genes: GeneConstraint = {};
  const blocks: Record<string, GeneConstraint> = {};
  const ranges: Record<string, { min?: number; max?: number }> = {};
  for (const [param, raw] of Object.entries(query)) {
    if (raw === undefined) continue;
    const geneMatch = /^(e|k|l|se)([0-6])?$/.exec(param);
    if (geneMatch) {
      const gene = geneMatch[1] as GeneKey;
      const block = geneMatch[2] === undefined ? null : Number(geneMatch[2]);
      const values = parseGeneList(param, gene, raw, block);
      const target = (block === null ? genes : (blocks[String(block)] ??= {})) as Record<string, unknown>;
      target[gene] = values;
      continue;
    }
    const rangeMatch = /^(min|max)_(.+)$/.exec(param);
    if (rangeMatch) {
      (ranges[rangeMatch[2]] ??= {})[rangeMatch[1] as 'min' | 'max'] = parseNumber(param, raw);
      continue;
    }
    if (param === 'limit') {
      const v = parseNumber(param, raw);
      if (!Number.isInteger(v) || v < 1 || v > 500)
        throw new ServiceError('bad_request', `limit is ${raw}; allowed: an integer from 1 to 500.`);
      input.limit = v;
      continue;
    }
    input[param] = raw;
  }
  for (const [key, r] of Object.entries(ranges)) {
    if (r.min !== undefined && r.max !== undefined && r.min > r.max)
      throw new ServiceError('bad_request', `min_${key} (${r.min}) is greater than max_${key} (${r.max}).`);
  }
  if (Object.keys(genes).length) input.genes = genes;
  if (Object.keys(blocks).length) input.blocks = blocks;
  if (Object.keys(ranges).length) input.ranges = ranges;
  return architectureListInput.parse(input);
}
