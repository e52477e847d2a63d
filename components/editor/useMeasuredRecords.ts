'use client';
// The edited architecture's measured records (tRPC architectures.byCode): undefined while unknown,
// null when it was not measured.
import { useQuery } from '@tanstack/react-query';
import type { inferOutput } from '@trpc/tanstack-react-query';
import { useMemo } from 'react';
import type { MeasuredDataset } from '@/components/explorer/useMeasuredDataset';
import type { TargetName } from '@/core/targets';
import { useTRPC } from '@/lib/trpc/TrpcProvider';
import type { MeasuredRecord } from './PredictionTable';

type Api = ReturnType<typeof useTRPC>;
export type ArchitectureDetail = inferOutput<Api['architectures']['byCode']>;

function toRecords(detail: ArchitectureDetail): MeasuredRecord[] {
  return detail.records.map((r) => {
    const values: MeasuredRecord['values'] = { val_top1: r.valTop1, val_top5: r.valTop5, train_time: r.trainTime };
    for (const [name, m] of Object.entries(r.measurements)) values[name as TargetName] = m.mean;
    return { resultId: r.resultId, values };
  });
}

export function useMeasuredRecords(code: string, data: MeasuredDataset | undefined): MeasuredRecord[] | null | undefined {
  // Whether it was measured is known from the loaded records; only measured codes are asked for
  // (an unmeasured one would be a 404 by design).
  const inDataset = useMemo(() => (data ? new Set(data.codes) : null), [data]);
  const isMeasured = inDataset ? inDataset.has(code) : undefined;
  const trpc = useTRPC();
  const detail = useQuery({
    ...trpc.architectures.byCode.queryOptions({ code }),
    enabled: isMeasured === true,
    retry: false,
    staleTime: Infinity,
  });
  const notFound = isMeasured === false || detail.error?.data?.code === 'NOT_FOUND';
  return detail.data && isMeasured ? toRecords(detail.data) : notFound ? null : undefined;
}
