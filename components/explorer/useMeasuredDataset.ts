'use client';
// Every measured record, loaded once per browser session through tRPC (architectures.list, 500 per
// page along the cursor) and packed for scans: genes as 28 indices per record (core/space/geneIndex),
// each target as a Float64Array with NaN where the dataset has no value. Gene filters, nearest
// neighbours and percentiles then run on the client without another request.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferOutput } from '@trpc/tanstack-react-query';
import { parseArchitectureCode } from '@/core/space/architectureCode';
import { GENE_COUNT, writeGeneIndex } from '@/core/space/geneIndex';
import { DEVICE_METRICS, TARGET_NAMES, type TargetName } from '@/core/targets';
import { useTRPC } from '@/lib/trpc/TrpcProvider';

export interface MeasuredDataset {
  count: number;
  codes: string[];
  resultIds: Int32Array;
  /** [count, 28] gene indices. */
  genes: Uint8Array;
  /** Per target, one value per record; NaN where not measured. */
  values: Record<TargetName, Float64Array>;
  /** The paper's split of each record (null: in none of the split files). */
  splits: ('train' | 'val' | 'test' | null)[];
  /** Millions of multiply-accumulates and of parameters (/data's parallel coordinates filter by them). */
  macs: Float64Array;
  params: Float64Array;
}

type ListItem = inferOutput<ReturnType<typeof useTRPC>['architectures']['list']>['items'][number];

const PAGE = 500;

const emptyValues = (count: number) =>
  Object.fromEntries(TARGET_NAMES.map((t) => [t, new Float64Array(count).fill(NaN)])) as Record<TargetName, Float64Array>;

/** One page of records packed like the whole dataset. */
function packPage(items: readonly ListItem[]): MeasuredDataset {
  const count = items.length;
  const genes = new Uint8Array(count * GENE_COUNT);
  const values = emptyValues(count);
  items.forEach((r, i) => {
    const arch = parseArchitectureCode(r.code);
    if (!arch.ok) throw new Error(`The server sent an invalid architecture code ${r.code}: ${arch.error.message}`);
    writeGeneIndex(arch.value, genes, i * GENE_COUNT);
    values.val_top1[i] = r.valTop1;
    values.val_top5[i] = r.valTop5;
    values.train_time[i] = r.trainTime;
    for (const t of DEVICE_METRICS) {
      const mean = r.measurements[t.name].mean;
      if (mean !== null) values[t.name][i] = mean;
    }
  });
  return {
    count,
    codes: items.map((r) => r.code),
    resultIds: Int32Array.from(items, (r) => r.resultId),
    genes,
    values,
    splits: items.map((r) => r.split),
    macs: Float64Array.from(items, (r) => r.macs),
    params: Float64Array.from(items, (r) => r.params),
  };
}

/** The pages end to end (typed-array copies only: cheap next to parsing). */
function joinPages(pages: readonly MeasuredDataset[]): MeasuredDataset {
  const count = pages.reduce((s, p) => s + p.count, 0);
  const genes = new Uint8Array(count * GENE_COUNT);
  const resultIds = new Int32Array(count);
  const values = emptyValues(count);
  const macs = new Float64Array(count);
  const params = new Float64Array(count);
  let offset = 0;
  for (const p of pages) {
    genes.set(p.genes, offset * GENE_COUNT);
    resultIds.set(p.resultIds, offset);
    macs.set(p.macs, offset);
    params.set(p.params, offset);
    for (const t of TARGET_NAMES) values[t].set(p.values[t], offset);
    offset += p.count;
  }
  return { count, codes: pages.flatMap((p) => p.codes), resultIds, genes, values, splits: pages.flatMap((p) => p.splits), macs, params };
}

export function useMeasuredDataset() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ['measuredDataset'],
    staleTime: Infinity,
    gcTime: Infinity,
    queryFn: async (): Promise<MeasuredDataset> => {
      // Each page is decoded as it arrives (500 codes parsed, a few ms each) rather than all 5,138 at
      // the end: one decode of everything was a 100–270 ms main-thread task on /pareto and /arch.
      const pages: MeasuredDataset[] = [];
      let cursor: string | undefined;
      do {
        const page = await queryClient.fetchQuery(
          trpc.architectures.list.queryOptions({ limit: PAGE, cursor, sort: 'result_id', order: 'asc' }),
        );
        pages.push(packPage(page.items));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return joinPages(pages);
    },
  });
}
