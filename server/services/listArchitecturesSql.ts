// The dataset table. Served from the in-memory snapshot of the current dataset version
// (listArchitecturesFromSnapshot.ts): every request used to run two SQL statements, and on the
// embedded, single-threaded PGlite that capped the route at ~65 req/s. This SQL form is the reference
// the in-memory path is tested against (same items, order, totals and cursors): gene constraints and
// metric ranges as WHERE clauses, sort by any metric (nulls last), keyset pagination on
// (metric, result_id).
import 'server-only';
import { and, asc, count, desc, eq, gt, gte, inArray, isNull, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { BLOCK_COUNT } from '@/core/space/searchSpace';
import { isTargetName, target } from '@/core/targets';
import { architectures, records } from '../db/schema';
import type { Database } from '../db/openDatabase';
import type { ArchitectureListInput, GeneConstraint, SortKey } from '../api/architectureQuery';
import { decodeCursor, encodeCursor, type Cursor } from './architectureListCursor';
import { metricValue } from './metricValue';
import { recordToApi } from './recordToApi';

export function sortColumn(key: SortKey): AnyPgColumn {
  return records[isTargetName(key) ? target(key).field : key];
}

function geneConditions(block: number, c: GeneConstraint): SQL[] {
  const out: SQL[] = [];
  const col = (g: 'e' | 'k' | 'l' | 'se') => architectures[`${g}${block}` as `e0`];
  if (c.e) out.push(inArray(col('e'), c.e));
  if (c.k) out.push(inArray(col('k'), c.k));
  if (c.l) out.push(inArray(col('l'), c.l));
  if (c.se) out.push(inArray(col('se') as unknown as AnyPgColumn, c.se));
  return out;
}

/**
 * Bounds from ranges and cursors are bound as float8: result_id is an integer column, and a valid
 * bound such as 1.5 or 1e20 does not parse as an integer parameter (a Postgres error, so a 500).
 */
const float8 = (v: number): SQL => sql`${v}::float8`;

export function filterConditions(input: ArchitectureListInput): SQL[] {
  const where: SQL[] = [];
  if (input.genes) for (let b = 0; b < BLOCK_COUNT; b++) where.push(...geneConditions(b, input.genes));
  for (const [block, c] of Object.entries(input.blocks ?? {})) if (c) where.push(...geneConditions(Number(block), c));
  for (const [key, range] of Object.entries(input.ranges ?? {})) {
    if (!range) continue;
    const column = sortColumn(key as SortKey);
    if (range.min !== undefined) where.push(gte(column, float8(range.min)));
    if (range.max !== undefined) where.push(lte(column, float8(range.max)));
  }
  if (input.split === 'none') where.push(isNull(records.split));
  else if (input.split) where.push(eq(records.split, input.split));
  return where;
}

function afterCursor(column: AnyPgColumn, order: 'asc' | 'desc', c: Cursor): SQL {
  const tie = and(eq(column, float8(c.v ?? 0)), gt(records.result_id, float8(c.id)))!;
  if (c.v === null) return and(isNull(column), gt(records.result_id, float8(c.id)))!;
  const beyond = order === 'asc' ? gt(column, float8(c.v)) : lt(column, float8(c.v));
  return or(beyond, tie, isNull(column))!;
}

/** The list as SQL against the database (the reference for listArchitecturesFromSnapshot). */
export async function listArchitecturesSql(db: Database, input: ArchitectureListInput) {
  const column = sortColumn(input.sort);
  const where = filterConditions(input);
  const base = db.select({ n: count() }).from(records).innerJoin(architectures, eq(records.code, architectures.code));
  const [{ n: total }] = await base.where(and(...where));

  const pageWhere = input.cursor ? [...where, afterCursor(column, input.order, decodeCursor(input.cursor))] : where;
  const rows = await db
    .select({ record: records })
    .from(records)
    .innerJoin(architectures, eq(records.code, architectures.code))
    .where(and(...pageWhere))
    .orderBy(input.order === 'asc' ? sql`${asc(column)} nulls last` : sql`${desc(column)} nulls last`, asc(records.result_id))
    .limit(input.limit + 1);

  const page = rows.slice(0, input.limit).map((r) => r.record);
  const last = page.at(-1);
  const nextCursor = rows.length > input.limit && last ? encodeCursor({ v: metricValue(last, input.sort), id: last.result_id }) : null;
  return { total: Number(total), items: page.map(recordToApi), nextCursor };
}
