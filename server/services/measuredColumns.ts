// Every measured record of the current dataset version as columns, in one response: what the client's
// scans (/data's parallel coordinates, /pareto's cloud, the editor's percentiles) need of each record,
// and nothing else. It replaces walking architectures.list 500 records at a time (11 requests, ~970 kB
// of per-record objects). Genes travel as digits of their gene indices (core/space/geneIndex), 28 per
// record, so the client unpacks them with charCodeAt instead of parsing 5,138 codes on the main thread.
// Built once per dataset version.
import 'server-only';
import { parseArchitectureCode } from '@/core/space/architectureCode';
import { GENE_COUNT, writeGeneIndex } from '@/core/space/geneIndex';
import { measuredValue, TARGET_NAMES, type TargetName } from '@/core/targets';
import type { Database } from '../db/openDatabase';
import { getSnapshot, memo } from './datasetSnapshot';

export interface MeasuredColumns {
  /** Dataset version hash. */
  version: string;
  count: number;
  resultIds: number[];
  codes: string[];
  /** GENE_COUNT digits per record, record after record: each gene's index in its choices. */
  genes: string;
  splits: ('train' | 'val' | 'test' | null)[];
  /** Per target, one value per record; null where it was not measured (a device metric's mean). */
  targets: Record<TargetName, (number | null)[]>;
  /** Millions of multiply-accumulates and of parameters. */
  macs: number[];
  params: number[];
}

export async function measuredColumns(db: Database): Promise<MeasuredColumns> {
  const snap = await getSnapshot(db);
  return memo(snap, 'measuredColumns', () => {
    const rows = [...snap.records].sort((a, b) => a.result_id - b.result_id);
    const genes = new Uint8Array(rows.length * GENE_COUNT);
    rows.forEach((r, i) => {
      const arch = parseArchitectureCode(r.code);
      if (!arch.ok) throw new Error(`record ${r.result_id} holds an invalid code ${r.code}: ${arch.error.message}`);
      writeGeneIndex(arch.value, genes, i * GENE_COUNT);
    });
    return {
      version: snap.version.hash,
      count: rows.length,
      resultIds: rows.map((r) => r.result_id),
      codes: rows.map((r) => r.code),
      genes: genes.join(''),
      splits: rows.map((r) => r.split),
      targets: Object.fromEntries(TARGET_NAMES.map((t) => [t, rows.map((r) => measuredValue(r, t))])) as MeasuredColumns['targets'],
      macs: rows.map((r) => r.macs),
      params: rows.map((r) => r.params),
    };
  });
}
