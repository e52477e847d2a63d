'use client';
// Every measured record, loaded once per browser session in ONE request (architectures.columns: the
// dataset as columns) and packed for scans: genes as 28 indices per record (core/space/geneIndex),
// each target as a Float64Array with NaN where the dataset has no value. Gene filters, nearest
// neighbours, percentiles and the parallel coordinates then run on the client without another request.
// /pareto, /arch and /data share it through the query cache.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { inferOutput } from '@trpc/tanstack-react-query';
import { GENE_COUNT } from '@/core/space/geneIndex';
import { TARGET_NAMES, type TargetName } from '@/core/targets';
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

type Columns = inferOutput<ReturnType<typeof useTRPC>['architectures']['columns']>;

const DIGIT_0 = 48;

/** The server's columns as typed arrays (a few ms for 5,138 records: no code is parsed here). */
export function packColumns(c: Columns): MeasuredDataset {
  if (c.genes.length !== c.count * GENE_COUNT)
    throw new Error(`The server sent ${c.genes.length} gene digits for ${c.count} records; expected ${c.count * GENE_COUNT}.`);
  const genes = new Uint8Array(c.genes.length);
  for (let i = 0; i < genes.length; i++) genes[i] = c.genes.charCodeAt(i) - DIGIT_0;
  const column = (v: readonly (number | null)[]) => Float64Array.from(v, (x) => x ?? NaN);
  return {
    count: c.count,
    codes: c.codes,
    resultIds: Int32Array.from(c.resultIds),
    genes,
    values: Object.fromEntries(TARGET_NAMES.map((t) => [t, column(c.targets[t])])) as Record<TargetName, Float64Array>,
    splits: c.splits,
    macs: Float64Array.from(c.macs),
    params: Float64Array.from(c.params),
  };
}

export function useMeasuredDataset() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: ['measuredDataset'],
    staleTime: Infinity,
    gcTime: Infinity,
    queryFn: async (): Promise<MeasuredDataset> => packColumns(await queryClient.fetchQuery(trpc.architectures.columns.queryOptions())),
  });
}
