// Input of the architecture list (tRPC and REST): gene constraints, metric ranges, sort, cursor
// pagination. Bounded everywhere a client could ask for too much.
import { z } from 'zod';
import { BLOCK_COUNT, EXPANSIONS, KERNELS } from '@/core/space/searchSpace';
import { DEVICE_METRIC_NAMES } from '@/core/targets';

export const SORT_KEYS = ['result_id', 'val_top1', 'val_top5', 'train_time', 'macs', 'params', ...DEVICE_METRIC_NAMES] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const sortKeySchema = z.enum(SORT_KEYS);

const oneOf = (values: readonly number[]) =>
  z.number().refine((v) => values.includes(v), { message: `expected one of ${values.join(', ')}` });
const expansions = z.array(oneOf(EXPANSIONS)).min(1).max(3);
const kernels = z.array(oneOf(KERNELS)).min(1).max(2);
const layers = z
  .array(oneOf([1, 2, 3, 4]))
  .min(1)
  .max(4);
const squeezeExcite = z.array(z.boolean()).min(1).max(2);

export const geneConstraintSchema = z.strictObject({
  e: expansions.optional(),
  k: kernels.optional(),
  l: layers.optional(),
  se: squeezeExcite.optional(),
});
export type GeneConstraint = z.infer<typeof geneConstraintSchema>;

export const rangeSchema = z
  .strictObject({ min: z.number().finite().optional(), max: z.number().finite().optional() })
  .refine((r) => r.min === undefined || r.max === undefined || r.min <= r.max, 'min must be ≤ max');

export const architectureListInput = z.strictObject({
  /** Constraints applying to every block. */
  genes: geneConstraintSchema.optional(),
  /** Constraints on single blocks, keyed by block index 0..6. */
  blocks: z
    .partialRecord(z.enum(Array.from({ length: BLOCK_COUNT }, (_, i) => String(i)) as [string, ...string[]]), geneConstraintSchema)
    .optional(),
  ranges: z.partialRecord(sortKeySchema, rangeSchema).optional(),
  split: z.enum(['train', 'val', 'test', 'none']).optional(),
  sort: sortKeySchema.default('result_id'),
  order: z.enum(['asc', 'desc']).default('asc'),
  limit: z.int().min(1).max(500).default(50),
  /** Opaque cursor from the previous page's `nextCursor`. */
  cursor: z.string().max(200).optional(),
});
export type ArchitectureListInput = z.infer<typeof architectureListInput>;
