// Schema of one ANB record (`result_N.json`), strict about what the data really holds
// (see the dataset's NOTES.md): genes in their allowed sets, finite numbers, nulls only where they occur.
import { z } from 'zod';
import { BLOCK_COUNT, EXPANSIONS, KERNELS, layerChoices } from '../space/searchSpace';
import { DEVICE_METRICS } from '../targets';

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const positive = finite.refine((v) => v > 0, 'must be > 0');
// The message names the value found too (a gene's `z.custom` issue carries none of its own).
const oneOf = <T extends number>(values: readonly T[]) =>
  z.custom<T>((v) => values.includes(v as T), {
    error: (issue) =>
      `${issue.input === undefined ? 'missing' : `is ${JSON.stringify(issue.input)}`}; expected one of ${values.join(', ')}`,
  });

const architectureShape: Record<string, z.ZodType> = {};
for (let b = 0; b < BLOCK_COUNT; b++) {
  architectureShape[`block${b}_e`] = oneOf(EXPANSIONS);
  architectureShape[`block${b}_k`] = oneOf(KERNELS);
  architectureShape[`block${b}_l`] = oneOf(layerChoices(b));
  architectureShape[`block${b}_se`] = z.boolean();
}

const perfShape: Record<string, z.ZodType> = {};
// `platform_perf.<metric>_<device>` holds `<metric>_mean` and `<metric>_std`, metric being the target's kind.
for (const { name, kind } of DEVICE_METRICS) {
  perfShape[name] = z.strictObject({
    [`${kind}_mean`]: positive.nullable(),
    // FPGA metrics carry no std at all (null everywhere); GPU/TPU std is present with the mean.
    [`${kind}_std`]: finite.refine((v) => v >= 0, 'must be ≥ 0').nullable(),
  });
}

export const anbRecordSchema = z.strictObject({
  architecture: z.strictObject(architectureShape),
  metrics: z.strictObject({
    val_top1: finite.refine((v) => v >= 0 && v <= 100, 'must be a percentage in [0, 100]'),
    val_top5: finite.refine((v) => v >= 0 && v <= 100, 'must be a percentage in [0, 100]'),
    train_time: positive,
  }),
  model_info: z.strictObject({ macs: positive, params: positive }),
  platform_perf: z.strictObject(perfShape),
});

export type AnbRecordJson = z.infer<typeof anbRecordSchema>;
