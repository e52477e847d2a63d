// The dataset table from the in-memory snapshot of the current dataset version: the same filters,
// order (metric with missing values last, then result_id), totals and cursors as the SQL form in
// listArchitecturesSql.ts, without a query per request. Per version, each record's
// genes are parsed once and each (sort, order) is sorted once; a request is one pass over ≤5,138 rows.
import 'server-only';
import { parseArchitectureCode } from '@/core/space/architectureCode';
import { BLOCK_COUNT, type Architecture } from '@/core/space/searchSpace';
import type { Database } from '../db/openDatabase';
import type { RecordRow } from '../db/schema';
import type { ArchitectureListInput, GeneConstraint, SortKey } from '../api/architectureQuery';
import { decodeCursor, encodeCursor, type Cursor } from './architectureListCursor';
import { getSnapshot, memo, type DatasetSnapshot } from './datasetSnapshot';
import { metricValue } from './metricValue';
import { recordToApi } from './recordToApi';

interface Row {
  record: RecordRow;
  arch: Architecture;
}

function rows(snap: DatasetSnapshot): Row[] {
  return memo(snap, 'list:rows', () =>
    snap.records.map((record) => {
      const parsed = parseArchitectureCode(record.code);
      if (!parsed.ok) throw new Error(`record ${record.result_id} holds an invalid code ${record.code}`);
      return { record, arch: parsed.value };
    }),
  );
}

/** `order by <key> <order> nulls last, result_id asc`, as SQL sorts it. */
function sorted(snap: DatasetSnapshot, key: SortKey, order: 'asc' | 'desc'): Row[] {
  return memo(snap, `list:sorted:${key}:${order}`, () => {
    const sign = order === 'asc' ? 1 : -1;
    return [...rows(snap)].sort((a, b) => {
      const va = metricValue(a.record, key);
      const vb = metricValue(b.record, key);
      if (va !== vb) {
        if (va === null) return 1;
        if (vb === null) return -1;
        return sign * (va - vb);
      }
      return a.record.result_id - b.record.result_id;
    });
  });
}

type Predicate = (row: Row) => boolean;

function genePredicates(block: number, c: GeneConstraint): Predicate[] {
  const out: Predicate[] = [];
  if (c.e) out.push((r) => c.e!.includes(r.arch[block].e));
  if (c.k) out.push((r) => c.k!.includes(r.arch[block].k));
  if (c.l) out.push((r) => c.l!.includes(r.arch[block].l));
  if (c.se) out.push((r) => c.se!.includes(r.arch[block].se));
  return out;
}

/** The WHERE clauses of filterConditions as predicates (a comparison with a missing value is false). */
function filterPredicates(input: ArchitectureListInput): Predicate[] {
  const out: Predicate[] = [];
  if (input.genes) for (let b = 0; b < BLOCK_COUNT; b++) out.push(...genePredicates(b, input.genes));
  for (const [block, c] of Object.entries(input.blocks ?? {})) if (c) out.push(...genePredicates(Number(block), c));
  for (const [key, range] of Object.entries(input.ranges ?? {})) {
    if (!range) continue;
    const { min, max } = range;
    if (min !== undefined)
      out.push((r) => {
        const v = metricValue(r.record, key as SortKey);
        return v !== null && v >= min;
      });
    if (max !== undefined)
      out.push((r) => {
        const v = metricValue(r.record, key as SortKey);
        return v !== null && v <= max;
      });
  }
  const split = input.split;
  if (split === 'none') out.push((r) => r.record.split === null);
  else if (split) out.push((r) => r.record.split === split);
  return out;
}

/** afterCursor of the SQL form: beyond the cursor's value, or tied and a larger id, or missing. */
function afterCursor(key: SortKey, order: 'asc' | 'desc', c: Cursor): Predicate {
  return (r) => {
    const v = metricValue(r.record, key);
    const id = r.record.result_id;
    if (c.v === null) return v === null && id > c.id;
    if (v === null) return true;
    return (order === 'asc' ? v > c.v : v < c.v) || (v === c.v && id > c.id);
  };
}

export function listFromSnapshot(snap: DatasetSnapshot, input: ArchitectureListInput) {
  const filters = filterPredicates(input);
  const after = input.cursor ? afterCursor(input.sort, input.order, decodeCursor(input.cursor)) : null;
  let total = 0;
  const page: RecordRow[] = [];
  for (const row of sorted(snap, input.sort, input.order)) {
    if (!filters.every((p) => p(row))) continue;
    total++;
    if (page.length <= input.limit && (!after || after(row))) page.push(row.record);
  }
  const more = page.length > input.limit;
  const items = page.slice(0, input.limit);
  const last = items.at(-1);
  const nextCursor = more && last ? encodeCursor({ v: metricValue(last, input.sort), id: last.result_id }) : null;
  return { total, items: items.map(recordToApi), nextCursor };
}

/** The architecture list of the current dataset version (tRPC architectures.list, GET /api/v1/architectures). */
export async function listArchitecturesFromSnapshot(db: Database, input: ArchitectureListInput) {
  return listFromSnapshot(await getSnapshot(db), input);
}
