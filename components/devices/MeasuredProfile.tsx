'use client';
// A profile just measured in this browser, before it is saved (#12): per metric the fit's validation on
// the held-out networks, predicted against measured, and the ANB device metrics it ranks most like;
// then Save (tRPC devices.create) or Discard. A profile the server refuses shows the server's message.
import { protocolText } from './protocolText';
import { useMutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { DeviceProfile } from '@/core/profile/deviceProfile';
import { fitDeviceProfile } from '@/core/profile/fitDeviceProfile';
import { useTRPC } from '@/lib/trpc/TrpcProvider';
import { ProfileMetricResult } from './ProfileMetricResult';
import { useMostLike } from './useMostLike';

export interface SavedDevice {
  id: string;
  name: string;
  created: boolean;
  deleteToken: string | null;
  metrics: string[];
}

export interface MeasuredProfileProps {
  profile: DeviceProfile;
  onSaved: (d: SavedDevice) => void;
  onDiscard: () => void;
}

export function MeasuredProfile({ profile, onSaved, onDiscard }: MeasuredProfileProps) {
  const fitted = useMemo(() => fitDeviceProfile(profile), [profile]);
  const mostLike = useMostLike(profile);
  const trpc = useTRPC();
  const save = useMutation(
    trpc.devices.create.mutationOptions({
      onSuccess: (r) =>
        onSaved({
          id: r.device.id,
          name: r.device.name,
          created: r.created,
          deleteToken: r.deleteToken,
          metrics: r.device.metrics.map((m) => m.name),
        }),
    }),
  );
  const r = profile.runtime;
  return (
    <section aria-labelledby="measured" className="space-y-4">
      <h2 id="measured" className="text-xl font-semibold">
        {profile.name}: measured in {profile.seconds.toFixed(0)} s
      </h2>
      <p className="text-sm text-muted" data-testid="measured-runtime">
        onnxruntime-web on {r.backend === 'webgpu' ? 'WebGPU' : 'wasm'}, {r.threads} thread{r.threads === 1 ? '' : 's'}, {r.cores} cores
        reported; {protocolText(profile.protocol)}. The numbers below are the kernel-level model&apos;s predictions for the held-out
        networks it never saw, against their measured times.
      </p>
      {fitted.fits.map((f) => {
        const m = profile.measurements.find((x) => x.metric === f.metric)!;
        const latency = f.metric === 'latency';
        const like = mostLike.status === 'ready' ? (mostLike.value.find((x) => x.metric === f.metric)?.mostLike ?? []) : null;
        return (
          <ProfileMetricResult
            key={f.metric}
            metric={f.metric}
            label={latency ? `Latency (batch 1)` : `Throughput (batch ${f.batch})`}
            unit={latency ? 'ms' : 'img/s'}
            calibrationNetworks={m.calibrationNetworks.length}
            validation={f.validation}
            heldOut={f.heldOut}
            mostLike={like}
            mostLikeError={mostLike.status === 'error' ? `Could not compare with ANB's devices: ${mostLike.message}` : undefined}
          />
        );
      })}
      {save.error && (
        <p role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-sm text-red-900" data-testid="save-error">
          The server did not store the profile: {save.error.message}
        </p>
      )}
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          disabled={save.isPending}
          onClick={() => save.mutate({ origin: 'browser', profile })}
          className="rounded bg-accent px-4 py-2 font-semibold text-white disabled:opacity-50"
          data-testid="profile-save"
        >
          {save.isPending ? 'Saving…' : 'Save'}
        </button>
        <button
          type="button"
          onClick={onDiscard}
          className="rounded border border-slate-300 bg-white px-4 py-2 font-medium hover:border-red-500"
          data-testid="profile-discard-measured"
        >
          Discard
        </button>
      </div>
    </section>
  );
}
