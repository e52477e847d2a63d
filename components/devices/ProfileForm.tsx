'use client';
// The /devices/new form (#12): the device's name, what to measure (latency at batch 1, throughput at a
// batch size, or both), how many calibration and held-out networks, rounds and timed runs per model. Every
// choice is in the URL (lib/url/deviceProfileParams.ts), so a link sets up the same profile.
import { useQueryStates } from 'nuqs';
import { NumberField } from '@/components/ui/NumberField';
import { PillRadioGroup } from '@/components/ui/PillRadioGroup';
import { deviceProfileSchema } from '@/core/profile/deviceProfile';
import { kernelRoundsFor, ROUND_WARMUP } from '@/core/profile/runProfile';
import { deviceProfileParams, PROFILE_FORM_LIMITS, PROFILE_MEASURE } from '@/lib/url/deviceProfileParams';

export type ProfileFormValues = ReturnType<typeof useProfileFormValues>[0];

export function useProfileFormValues() {
  return useQueryStates(deviceProfileParams, { history: 'replace' });
}

const MEASURE_LABELS: Record<(typeof PROFILE_MEASURE)[number], string> = {
  latency: 'Latency',
  throughput: 'Throughput',
  both: 'Both',
};

export interface ProfileFormProps {
  disabled: boolean;
  onStart: (v: ProfileFormValues, name: string) => void;
}

export function ProfileForm({ disabled, onStart }: ProfileFormProps) {
  const [v, setV] = useProfileFormValues();
  const name = deviceProfileSchema.shape.name.safeParse(v.name);
  const clamp = (k: keyof typeof PROFILE_FORM_LIMITS, x: number | null) =>
    x === null ? null : Math.min(PROFILE_FORM_LIMITS[k].max, Math.max(PROFILE_FORM_LIMITS[k].min, Math.round(x)));
  const nameError = v.name !== '' && !name.success ? name.error.issues[0].message : null;
  return (
    <form
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-4"
      aria-label="Profile settings"
      onSubmit={(e) => {
        e.preventDefault();
        if (name.success && !disabled) onStart(v, name.data);
      }}
    >
      <label className="flex flex-col gap-1 text-sm sm:max-w-md">
        <span className="text-muted">Device name</span>
        <input
          type="text"
          className="rounded border border-slate-300 bg-white px-2 py-1"
          value={v.name}
          maxLength={120}
          placeholder="e.g. My laptop, Chrome"
          aria-invalid={nameError !== null}
          aria-describedby={nameError ? 'device-name-error' : undefined}
          onChange={(e) => void setV({ name: e.target.value })}
          data-testid="device-name"
        />
        {nameError && (
          <span id="device-name-error" className="text-red-700">
            The device {nameError}.
          </span>
        )}
      </label>
      <PillRadioGroup
        legend="Measure"
        name="measure"
        options={PROFILE_MEASURE.map((m) => ({ value: m, label: MEASURE_LABELS[m] }))}
        value={v.measure}
        onChange={(measure) => void setV({ measure })}
      />
      <div className="flex flex-wrap gap-x-6 gap-y-3">
        {v.measure !== 'latency' && (
          <NumberField
            label="Throughput batch"
            value={v.batch}
            min={PROFILE_FORM_LIMITS.batch.min}
            max={PROFILE_FORM_LIMITS.batch.max}
            step={1}
            onCommit={(x) => void setV({ batch: clamp('batch', x) })}
            testId="profile-batch"
          />
        )}
        <NumberField
          label="Calibration networks (samples)"
          value={v.samples}
          min={PROFILE_FORM_LIMITS.samples.min}
          max={PROFILE_FORM_LIMITS.samples.max}
          step={1}
          onCommit={(x) => void setV({ samples: clamp('samples', x) })}
          testId="profile-samples"
        />
        <NumberField
          label="Held-out networks"
          value={v.heldout}
          min={PROFILE_FORM_LIMITS.heldOut.min}
          max={PROFILE_FORM_LIMITS.heldOut.max}
          step={1}
          onCommit={(x) => void setV({ heldout: clamp('heldOut', x) })}
          testId="profile-held-out"
        />
        <NumberField
          label="Rounds"
          value={v.rounds}
          min={PROFILE_FORM_LIMITS.rounds.min}
          max={PROFILE_FORM_LIMITS.rounds.max}
          step={1}
          onCommit={(x) => void setV({ rounds: clamp('rounds', x) })}
          testId="profile-rounds"
        />
        <NumberField
          label="Timed runs per model and round"
          value={v.repeats}
          min={PROFILE_FORM_LIMITS.repeats.min}
          max={PROFILE_FORM_LIMITS.repeats.max}
          step={1}
          onCommit={(x) => void setV({ repeats: clamp('repeats', x) })}
          testId="profile-repeats"
        />
      </div>
      <p className="text-sm text-muted">
        Times the 168 MBConv kernels and {v.samples + v.heldout} whole networks
        {v.measure === 'both' ? ' for each metric' : ''}: the networks in {v.rounds} rounds, the kernels in the first{' '}
        {kernelRoundsFor(v.rounds)}, each model after {ROUND_WARMUP} warm-up runs in every round. More rounds take longer and even out the
        moments the machine is busy with other work. Keep this tab in front while it runs: a background tab is slowed down by the browser.
      </p>
      <button
        type="submit"
        disabled={disabled || !name.success}
        className="rounded bg-accent px-4 py-2 font-semibold text-white disabled:opacity-50"
        data-testid="profile-start"
      >
        Start profiling
      </button>
      {!name.success && v.name === '' && <p className="text-sm text-muted">Name the device to start.</p>}
    </form>
  );
}
