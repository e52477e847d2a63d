'use client';
// A profiled device's metric, ready to predict any architecture in the browser (#12): the profile from
// tRPC devices.profile, fitted with core/profile/fitDeviceProfile (the same fit the server reports).
// `predict(arch)` is the kernel-level model: microseconds per architecture, so a 100,000-point cloud
// costs tens of milliseconds. For ANB's own metrics (or none) it answers { status: 'anb' }.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { fitDeviceProfile, predictProfiled, type MeasurementFit } from '@/core/profile/fitDeviceProfile';
import { deviceProfileSchema } from '@/core/profile/deviceProfile';
import { parseProfiledMetricName, profiledMetricSpec, type ProfiledMetricSpec } from '@/core/profile/profiledMetric';
import type { Architecture } from '@/core/space/searchSpace';
import { useTRPC } from '@/lib/trpc/TrpcProvider';

export type ProfiledMetricState =
  | { status: 'anb' }
  | { status: 'loading'; spec: null }
  | { status: 'error'; message: string }
  | {
      status: 'ready';
      spec: ProfiledMetricSpec;
      deviceName: string;
      fit: MeasurementFit;
      predict: (arch: Architecture) => { mean: number; std: number };
    };

export function useProfiledMetric(metric: string | null | undefined): ProfiledMetricState {
  const parsed = metric ? parseProfiledMetricName(metric) : null;
  const trpc = useTRPC();
  const q = useQuery({
    ...trpc.devices.profile.queryOptions({ id: parsed?.id ?? 'u000000000000' }),
    enabled: parsed !== null,
    retry: false,
    staleTime: Infinity,
  });
  return useMemo((): ProfiledMetricState => {
    if (!parsed) return { status: 'anb' };
    if (q.error)
      return {
        status: 'error',
        message:
          q.error.data?.code === 'NOT_FOUND'
            ? `No profiled device ${parsed.id} on this server (deleted, or profiled on another server). Pick a device from the list.`
            : `Could not load device ${parsed.id}: ${q.error.message}`,
      };
    if (!q.data) return { status: 'loading', spec: null };
    const profile = deviceProfileSchema.parse(q.data.profile);
    const fit = fitDeviceProfile(profile).fits.find((f) => f.metric === parsed.metric);
    if (!fit)
      return {
        status: 'error',
        message: `Device ${q.data.name} was not profiled for ${parsed.metric}; it has ${q.data.metrics.map((m) => m.metric).join(', ')}.`,
      };
    return {
      status: 'ready',
      spec: profiledMetricSpec(parsed.id, q.data.name, parsed.metric, fit.batch),
      deviceName: q.data.name,
      fit,
      predict: (arch) => predictProfiled(fit, arch),
    };
    // parsed is derived from metric
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [metric, q.data, q.error]);
}
