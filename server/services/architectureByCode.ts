// One architecture: its genes, MACs/params (dataset and analytic) and every measured record of it.
// Architectures trained twice return both records and the difference between them.
import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { macsParams } from '@/core/metrics/macsParams';
import { formatArchitectureCode, parseArchitectureCode } from '@/core/space/architectureCode';
import { TARGET_NAMES } from '@/core/targets';
import type { Database } from '../db/openDatabase';
import { records } from '../db/schema';
import { ApiError } from '../rest/apiError';
import { metricValue } from './metricValue';
import { recordToApi } from './recordToApi';

export async function architectureByCode(db: Database, rawCode: string) {
  const parsed = parseArchitectureCode(rawCode);
  if (!parsed.ok) throw new ApiError(400, 'bad_request', `Invalid architecture code "${rawCode}": ${parsed.error.message}`, parsed.error);
  const code = formatArchitectureCode(parsed.value);
  const rows = await db.select().from(records).where(eq(records.code, code)).orderBy(asc(records.result_id));
  if (rows.length === 0) {
    throw new ApiError(404, 'not_found', `Architecture ${code} is valid but not among the measured records; its predicted values are at /api/v1/predict?arch=${code}.`);
  }
  const absDifference: Record<string, number | null> = {};
  if (rows.length > 1) {
    for (const name of TARGET_NAMES) {
      const values = rows.map((r) => metricValue(r, name));
      absDifference[name] = values.some((v) => v === null) ? null : Math.max(...(values as number[])) - Math.min(...(values as number[]));
    }
  }
  return {
    code,
    blocks: parsed.value.map((b) => ({ ...b })),
    macs: rows[0].macs,
    params: rows[0].params,
    analytic: macsParams(parsed.value),
    records: rows.map(recordToApi),
    repeated: rows.length > 1 ? { trainings: rows.length, absDifference } : null,
  };
}
