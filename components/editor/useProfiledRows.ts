'use client';
// The prediction table's profiled-device rows (#12): for each device shown (editorProfiledDevices: the
// linked ones, then the newest on this server), its profile from tRPC devices.profile fitted once in
// the browser, then on every render its kernel-level prediction of the edited architecture and of the
// architectures compared with — microseconds each, so an edit re-predicts them in the same frame.
import { useQueries } from '@tanstack/react-query';
import { useUserDevices } from '@/components/devices/useUserDevices';
import { deviceProfileSchema } from '@/core/profile/deviceProfile';
import { fitDeviceProfile, predictProfiled, type MeasurementFit } from '@/core/profile/fitDeviceProfile';
import { profiledMetricSpec, type ProfiledMetricSpec } from '@/core/profile/profiledMetric';
import type { Architecture } from '@/core/space/searchSpace';
import { useTRPC } from '@/lib/trpc/TrpcProvider';
import type { PredictedDifference } from '@/surrogates/runtime/predictedDifference';
import { editorProfiledDevices } from './editorProfiledDevices';
import { profiledDifference, profiledRunNoise } from './profiledDifference';

export type ProfiledRow =
  | {
      status: 'ready';
      id: string;
      spec: ProfiledMetricSpec;
      mean: number;
      std: number;
      /** Against each reference, in the order given (the table's change columns). */
      differences: PredictedDifference[];
    }
  | { status: 'loading'; id: string }
  | { status: 'error'; id: string; message: string };

interface FittedMetric {
  spec: ProfiledMetricSpec;
  fit: MeasurementFit;
  runNoise: number;
}

/** Fits per loaded profile: a profile is immutable, so its fit is computed once per query result. */
const fitted = new WeakMap<object, FittedMetric[]>();

function fitOf(id: string, data: { name: string; profile: unknown }): FittedMetric[] {
  let f = fitted.get(data);
  if (!f) {
    const profile = deviceProfileSchema.parse(data.profile);
    f = fitDeviceProfile(profile).fits.map((fit) => {
      const m = profile.measurements.find((x) => x.metric === fit.metric)!;
      return {
        spec: profiledMetricSpec(id, data.name, fit.metric, fit.batch),
        fit,
        runNoise: profiledRunNoise([...m.calibrationNetworks, ...m.heldOutNetworks]),
      };
    });
    fitted.set(data, f);
  }
  return f;
}

export function useProfiledRows(
  arch: Architecture,
  references: readonly { arch: Architecture }[],
  linked: readonly string[],
): ProfiledRow[] {
  const trpc = useTRPC();
  const { devices } = useUserDevices();
  const ids = editorProfiledDevices(
    linked,
    (devices ?? []).map((d) => d.id),
  );
  const queries = useQueries({
    queries: ids.map((id) => ({ ...trpc.devices.profile.queryOptions({ id }), retry: false, staleTime: Infinity })),
  });
  return ids.flatMap((id, i): ProfiledRow[] => {
    const q = queries[i];
    if (q.error)
      return [
        {
          status: 'error',
          id,
          message:
            q.error.data?.code === 'NOT_FOUND'
              ? `No profiled device ${id} on this server (deleted, or profiled on another server).`
              : `Could not load profiled device ${id}: ${q.error.message}`,
        },
      ];
    if (!q.data) return [{ status: 'loading', id }];
    return fitOf(id, q.data).map(({ spec, fit, runNoise }) => {
      const { mean, std } = predictProfiled(fit, arch);
      return {
        status: 'ready',
        id,
        spec,
        mean,
        std,
        differences: references.map((r) => profiledDifference(predictProfiled(fit, r.arch).mean, mean, fit.logResidualStd, runNoise)),
      };
    });
  });
}
