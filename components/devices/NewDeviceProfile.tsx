'use client';
// /devices/new (#12): the form, the running profile, the measured result and the saved device, in that
// order. A run a reload interrupted is offered for Resume (its kept timings are reused) or Discard.
import { useState } from 'react';
import type { ProfileMetric } from '@/core/profile/deviceProfile';
import { kernelRoundsFor, profileSteps, ROUND_WARMUP } from '@/core/profile/runProfile';
import { MeasuredProfile, type SavedDevice } from './MeasuredProfile';
import { ProfileForm } from './ProfileForm';
import { ProfileRunProgress } from './ProfileRunProgress';
import { SavedDeviceNotice } from './SavedDeviceNotice';
import { useProfileRun } from './useProfileRun';

/** Networks and kernels are drawn from this seed (the CLI's default), so two profiles time the same models. */
const PROFILE_SEED = 1;

export function NewDeviceProfile() {
  const run = useProfileRun();
  const [saved, setSaved] = useState<SavedDevice | null>(null);
  const s = run.state;

  if (saved) return <SavedDeviceNotice device={saved} onAnother={() => setSaved(null)} />;
  return (
    <div className="space-y-6">
      {run.kept && (
        <div
          role="region"
          aria-label="Interrupted profile"
          className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4 text-amber-950"
        >
          <p data-testid="profile-kept">
            A profile of “{run.kept.name}” was interrupted after {Object.keys(run.kept.timings).length} of{' '}
            {profileSteps(run.kept.request).length} timings. Resume it (the kept timings are reused) or discard it.
          </p>
          <div className="flex gap-3">
            <button
              type="button"
              className="rounded bg-accent px-4 py-2 font-semibold text-white"
              onClick={run.resume}
              data-testid="profile-resume"
            >
              Resume
            </button>
            <button
              type="button"
              className="rounded border border-slate-300 bg-white px-4 py-2 font-medium"
              onClick={run.discard}
              data-testid="profile-discard"
            >
              Discard
            </button>
          </div>
        </div>
      )}
      {s.phase === 'running' ? (
        <ProfileRunProgress progress={s.progress} runtime={s.runtime} reused={s.reused} onCancel={run.cancel} />
      ) : s.phase === 'measured' ? (
        <MeasuredProfile
          profile={s.profile}
          onSaved={(d) => {
            run.finish();
            setSaved(d);
          }}
          onDiscard={run.finish}
        />
      ) : (
        <>
          {s.phase === 'cancelled' && (
            <p role="status" className="rounded border border-slate-200 bg-white p-3 text-sm" data-testid="profile-cancelled">
              Cancelled: nothing was saved, and no timing is kept.
            </p>
          )}
          {s.phase === 'failed' && (
            <p role="alert" className="rounded border border-red-200 bg-red-50 p-3 text-sm text-red-900" data-testid="profile-failed">
              The profile stopped: {s.message}
            </p>
          )}
          <ProfileForm
            disabled={false}
            onStart={(v, name) => {
              const metrics: { metric: ProfileMetric; batch: number }[] = [];
              if (v.measure !== 'throughput') metrics.push({ metric: 'latency', batch: 1 });
              if (v.measure !== 'latency') metrics.push({ metric: 'throughput', batch: v.batch });
              run.start({
                name,
                request: {
                  metrics,
                  calibration: v.samples,
                  heldOut: v.heldout,
                  seed: PROFILE_SEED,
                  rounds: v.rounds,
                  kernelRounds: kernelRoundsFor(v.rounds),
                },
                warmup: ROUND_WARMUP,
                repeats: v.repeats,
              });
            }}
          />
        </>
      )}
    </div>
  );
}
