'use client';
// A running profile (#12): a progress bar over every timing, what was just measured, the time spent and
// runProfile's estimate of the time left, the runtime in use (WebGPU or wasm, threads) and Cancel.
import type { ProfileProgress } from '@/core/profile/runProfile';
import type { ProfilerRuntime } from '@/workers/profiler/protocol';

export interface ProfileRunProgressProps {
  progress: ProfileProgress | null;
  runtime: ProfilerRuntime | null;
  /** Timings kept from before a reload and reused. */
  reused: number;
  onCancel: () => void;
}

const duration = (s: number) => (s < 90 ? `${Math.round(s)} s` : `${Math.floor(s / 60)} min ${Math.round(s % 60)} s`);

export function ProfileRunProgress({ progress, runtime, reused, onCancel }: ProfileRunProgressProps) {
  const done = progress?.done ?? 0;
  const total = progress?.total ?? 1;
  return (
    <section aria-labelledby="profile-running" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="profile-running" className="text-xl font-semibold">
        Profiling…
      </h2>
      <div
        role="progressbar"
        aria-label="Profile progress"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${done} of ${total} timings`}
        className="h-3 w-full overflow-hidden rounded-full bg-slate-200"
        data-testid="profile-progress"
      >
        <div className="h-full bg-accent transition-[width]" style={{ width: `${(100 * done) / total}%` }} />
      </div>
      <p className="text-sm tabular-nums" aria-live="polite" data-testid="profile-progress-text">
        {progress
          ? `${done} of ${total} timed · ${duration(progress.elapsedSeconds)} so far` +
            (progress.leftSeconds === null ? ' · estimating the time left…' : ` · about ${duration(progress.leftSeconds)} left`)
          : 'Loading the runtime…'}
      </p>
      <p className="truncate font-mono text-xs text-muted" data-testid="profile-what">
        {progress ? `Measured ${progress.what}` : ''}
      </p>
      <p className="text-sm text-muted" data-testid="profile-runtime">
        {runtime
          ? `onnxruntime-web on ${runtime.backend === 'webgpu' ? 'WebGPU' : 'wasm'}, ${runtime.threads} thread${runtime.threads === 1 ? '' : 's'}`
          : 'Starting onnxruntime-web…'}
        {reused > 0 && <span data-testid="profile-reused"> · resumed with {reused} kept timings</span>}
      </p>
      <button
        type="button"
        onClick={onCancel}
        className="rounded border border-slate-300 bg-white px-4 py-2 font-medium hover:border-red-500"
        data-testid="profile-cancel"
      >
        Cancel
      </button>
    </section>
  );
}
