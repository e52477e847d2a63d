// URL state of the parallel coordinates on /data, beside /data's own filters (lib/url/dataParams.ts;
// the brushes are those filters, see brushPatch.ts): which axis groups are shown (`axes`), the colour-by
// axis (`color`), measured records or the predicted cloud (`src`, `pn`), and the table rows picked to
// highlight (`rows`, result ids). Each value is parsed by one zod schema: the nuqs parser drops what it
// refuses, and parcoordsParamCorrections says what was given, what is shown instead and why. These keys
// are not the REST API's: the page's REST link leaves them out.
import { createParser } from 'nuqs/server';
import { z } from 'zod';
import { formatCount } from '@/components/ui/formatCount';
import type { ParamCorrection } from '@/lib/url/raceParamCorrections';
import { AXIS_GROUPS, AXIS_IDS, type AxisGroup, type AxisId } from './parallelAxes';

export const DEFAULT_AXIS_GROUPS: readonly AxisGroup[] = ['targets', 'e', 'l'];
export const LINE_SOURCES = ['measured', 'predicted'] as const;
export type LineSourceKind = (typeof LINE_SOURCES)[number];
/** The predicted cloud's size: thousands of lines stay legible and draw in a few ms; 20,000 is the cap. */
export const PREDICTED_LINES = { min: 1_000, max: 20_000, default: 5_000 } as const;
/** Rows one can pick in the table to highlight: enough to compare, few enough to read. */
export const MAX_PICKED_ROWS = 50;

const list = (raw: string) => raw.split(',').map((s) => s.trim());

export const axesSchema = z
  .string()
  .transform(list)
  .pipe(
    z
      .array(z.enum(AXIS_GROUPS, { error: (i) => `"${String(i.input)}" is not an axis group; allowed: ${AXIS_GROUPS.join(', ')}` }))
      .min(1, 'at least one axis group is needed'),
  )
  .transform((groups) => AXIS_GROUPS.filter((g) => groups.includes(g)));

export const colourBySchema = z.enum(AXIS_IDS, {
  error: (i) =>
    `"${String(i.input)}" is neither a target nor a gene axis; allowed: a target (val_top1, latency_zcu102, …) or a gene of a block (e0–e6, k0–k6, l0–l6, se0–se6)`,
});

export const sourceSchema = z.enum(LINE_SOURCES, { error: (i) => `"${String(i.input)}" is not a source; allowed: measured, predicted` });

export const predictedLinesSchema = z
  .string()
  .regex(/^\d+$/, 'expected a whole number')
  .transform(Number)
  .pipe(
    z
      .number()
      .min(PREDICTED_LINES.min, `allowed: ${formatCount(PREDICTED_LINES.min)} to ${formatCount(PREDICTED_LINES.max)}`)
      .max(PREDICTED_LINES.max, `allowed: ${formatCount(PREDICTED_LINES.min)} to ${formatCount(PREDICTED_LINES.max)}`),
  );

export const pickedRowsSchema = z
  .string()
  .transform(list)
  .pipe(
    z
      .array(
        z
          .string()
          .regex(/^[1-9]\d{0,6}$/, 'result ids are whole numbers from 1')
          .transform(Number),
      )
      .max(MAX_PICKED_ROWS, `at most ${MAX_PICKED_ROWS} rows can be picked`),
  )
  .transform((ids) => [...new Set(ids)]);

/** A nuqs parser that keeps what the schema accepts and drops the rest (null: the default applies). */
function zodParser<T>(schema: z.ZodType<T, string>, serialize: (v: T) => string) {
  return createParser<T>({
    parse: (raw) => {
      const r = schema.safeParse(raw);
      return r.success ? r.data : null;
    },
    serialize,
  });
}

export const colourByParam = zodParser<AxisId>(colourBySchema, (v) => v);

export const parcoordsParams = {
  axes: zodParser<AxisGroup[]>(axesSchema, (v) => v.join(',')).withDefault([...DEFAULT_AXIS_GROUPS]),
  color: colourByParam,
  src: zodParser<LineSourceKind>(sourceSchema, (v) => v).withDefault('measured'),
  pn: zodParser<number>(predictedLinesSchema, String).withDefault(PREDICTED_LINES.default),
  rows: zodParser<number[]>(pickedRowsSchema, (v) => v.join(',')).withDefault([]),
};

const FALLBACK: Record<keyof typeof parcoordsParams, string> = {
  axes: `${DEFAULT_AXIS_GROUPS.join(', ')} (the default)`,
  color: 'no colouring',
  src: 'measured (the default)',
  pn: `${formatCount(PREDICTED_LINES.default)} (the default)`,
  rows: 'no row picked',
};

const SCHEMAS: Record<keyof typeof parcoordsParams, z.ZodType<unknown, string>> = {
  axes: axesSchema,
  color: colourBySchema,
  src: sourceSchema,
  pn: predictedLinesSchema,
  rows: pickedRowsSchema,
};

/** One parameter's value refused by its schema, in the REST API's words; null when it is fine or absent. */
export function paramCorrection(
  param: string,
  raw: string | null,
  schema: z.ZodType<unknown, string>,
  used: string,
): ParamCorrection | null {
  if (raw === null) return null;
  const r = schema.safeParse(raw);
  if (r.success) return null;
  const issue = r.error.issues[0];
  return { param, given: raw, used, why: `${param} is "${raw}": ${issue.message}.` };
}

/** What the chart could not use of its parameters and of /data's metric ranges (a range bound that is not a number). */
export function parcoordsParamCorrections(query: URLSearchParams): ParamCorrection[] {
  const out: ParamCorrection[] = [];
  for (const key of Object.keys(parcoordsParams) as (keyof typeof parcoordsParams)[]) {
    const c = paramCorrection(key, query.get(key), SCHEMAS[key], FALLBACK[key]);
    if (c) out.push(c);
  }
  for (const [key, raw] of query) {
    if (!/^(min|max)_/.test(key) || (Number.isFinite(Number(raw)) && raw.trim() !== '')) continue;
    out.push({ param: key, given: raw, used: 'no bound: this end of the range is open', why: `${key} is "${raw}": expected a number.` });
  }
  return out;
}
