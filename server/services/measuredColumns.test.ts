// The dataset as columns (one response for the client's scans) against the list API the client walked
// before: every record of the real dataset, in result_id order, with the same code, split, targets,
// MACs and params, and its genes as the digits of the code's gene indices.
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseArchitectureCode } from '@/core/space/architectureCode';
import { GENE_COUNT, writeGeneIndex } from '@/core/space/geneIndex';
import { DEVICE_METRICS } from '@/core/targets';
import type { OpenedDatabase } from '@/server/db/openDatabase';
import { openTestDatabase } from '@/server/db/openTestDatabase';
import { importDataset } from '@/server/import/importDataset';
import type { ApiRecord } from '../api/schemas';
import { listArchitecturesFromSnapshot } from './listArchitecturesFromSnapshot';
import { measuredColumns } from './measuredColumns';

const DATA = path.resolve(process.cwd(), '../shared/accel-nasbench');
let opened: OpenedDatabase;

beforeAll(async () => {
  opened = await openTestDatabase();
  const r = await importDataset(opened.db, DATA);
  if (!r.ok) throw new Error(r.error.message);
});
afterAll(() => opened?.close());

it('holds every record of the list API, column by column', async () => {
  const items: ApiRecord[] = [];
  let cursor: string | undefined;
  do {
    const page = await listArchitecturesFromSnapshot(opened.db, { limit: 500, cursor, sort: 'result_id', order: 'asc' });
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);

  const c = await measuredColumns(opened.db);
  expect(c.count).toBe(5138);
  expect(items).toHaveLength(5138);
  expect(c.resultIds).toEqual(items.map((r) => r.resultId));
  expect(c.codes).toEqual(items.map((r) => r.code));
  expect(c.splits).toEqual(items.map((r) => r.split));
  expect(c.macs).toEqual(items.map((r) => r.macs));
  expect(c.params).toEqual(items.map((r) => r.params));
  expect(c.targets.val_top1).toEqual(items.map((r) => r.valTop1));
  expect(c.targets.val_top5).toEqual(items.map((r) => r.valTop5));
  expect(c.targets.train_time).toEqual(items.map((r) => r.trainTime));
  for (const t of DEVICE_METRICS) expect(c.targets[t.name]).toEqual(items.map((r) => r.measurements[t.name].mean));
  // Some device means are missing in the dataset: they stay null, not 0.
  expect(DEVICE_METRICS.some((t) => c.targets[t.name].includes(null))).toBe(true);

  const genes = new Uint8Array(c.count * GENE_COUNT);
  items.forEach((r, i) => {
    const arch = parseArchitectureCode(r.code);
    if (!arch.ok) throw new Error(arch.error.message);
    writeGeneIndex(arch.value, genes, i * GENE_COUNT);
  });
  expect(c.genes).toBe(genes.join(''));
  expect(c.genes).toMatch(/^[0-3]+$/);
  // Built once per dataset version.
  expect(await measuredColumns(opened.db)).toBe(c);
});
