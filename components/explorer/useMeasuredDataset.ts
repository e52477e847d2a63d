'use client';
// Every measured record, loaded once per browser session through tRPC (architectures.list, 500 per
// page along the cursor) and packed for scans: genes as 28 indices per record (core/space/geneIndex),
// each target as a Float64Array with NaN where the dataset has no value. Gene filters, nearest
// neighbours and percentiles then run on the client without another request.
import { useQuery, useQueryClient } from '@tanstack/react-query';
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
}

const PAGE = 500;

export function useMeasuredDataset() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ['measuredDataset'],
    staleTime: Infinity,
    gcTime: Infinity,
    queryFn: async (): Promise<MeasuredDataset> => {
      const items = [];
      let cursor: string | undefined;
      do {
        const page = await queryClient.fetchQuery(
          trpc.architectures.list.queryOptions({ limit: PAGE, cursor, sort: 'result_id', order: 'asc' }),
        );
        items.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      const count = items.length;
      const genes = new Uint8Array(count * GENE_COUNT);
      const values = Object.fromEntries(TARGET_NAMES.map((t) => [t, new Float64Array(count).fill(NaN)])) as Record<
        TargetName,
        Float64Array
      >;
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
      };
    },
  });
}
