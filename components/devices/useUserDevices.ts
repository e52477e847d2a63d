'use client';
// The devices people profiled on this server (tRPC devices.profiles, #12), newest first, and their
// metrics as select options beside ANB's eight.
import { useQuery } from '@tanstack/react-query';
import type { inferOutput } from '@trpc/tanstack-react-query';
import { useMemo } from 'react';
import { useTRPC } from '@/lib/trpc/TrpcProvider';

type Api = ReturnType<typeof useTRPC>;
export type UserDevice = inferOutput<Api['devices']['profiles']>[number];
export type UserDeviceMetric = UserDevice['metrics'][number];

export function useUserDevices(): { devices: UserDevice[] | undefined; metrics: UserDeviceMetric[]; error: string | null } {
  const trpc = useTRPC();
  const q = useQuery({ ...trpc.devices.profiles.queryOptions(), staleTime: 60_000 });
  const metrics = useMemo(() => (q.data ?? []).flatMap((d) => d.metrics), [q.data]);
  return { devices: q.data, metrics, error: q.error ? q.error.message : null };
}
