// One architecture: its genes, MACs/params (dataset and analytic) and every measured record of it.
// Architectures trained twice return both records and the difference between them. Read from the
// in-memory snapshot of the current dataset version (records by code, indexed once per version).
import 'server-only';
import { macsParams } from '@/core/metrics/macsParams';
import { formatArchitectureCode, parseArchitectureCode } from '@/core/space/architectureCode';
import { TARGET_NAMES } from '@/core/targets';
import type { Database } from '../db/openDatabase';
import type { RecordRow } from '../db/schema';
import { ServiceError } from './serviceError';
import { getSnapshot, memo } from './datasetSnapshot';
import { metricValue } from './metricValue';
import { recordToApi } from './recordToApi';

export async function architectureByCode(db: Database, rawCode: string) {
  const parsed = parseArchitectureCode(rawCode);
  if (!parsed.ok) throw new ServiceError('bad_request', `Invalid architecture code "${rawCode}": ${parsed.error.message}`, parsed.error);
  const code = formatArchitectureCode(parsed.value);
  const snap = await getSnapshot(db);
  // The snapshot's records are in result_id order, so each code's list is too.
  const byCode = memo(snap, 'records:byCode', () => {
    const map = new Map<string, RecordRow[]>();
    for (const r of snap.records) {
      const list = map.get(r.code);
      if (list) list.push(r);
      else map.set(r.code, [r]);
    }
    return map;
  });
  const rows = byCode.get(code) ?? [];
  if (rows.length === 0) {
    throw new ServiceError(
      'not_found',
      `Architecture ${code} is valid but not among the measured records; its predicted values are at /api/v1/predict?arch=${code}.`,
    );
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
