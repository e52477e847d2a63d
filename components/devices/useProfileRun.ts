'use client';
// One device profile run in the browser (#12): starts the profiler worker, follows its progress, keeps
// every finished timing in localStorage (profileRunStore) so a reload can resume, and at the end builds
// the profile and validates it with the same schema the server's write route applies. Cancel stops
// between two timings and forgets the run; nothing is ever saved from here (saving is the caller's).
import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { deviceProfileSchema, type DeviceProfile } from '@/core/profile/deviceProfile';
import type { ProfileProgress } from '@/core/profile/runProfile';
import { getProfilerClient } from '@/workers/profiler/client';
import type { ProfilerRuntime } from '@/workers/profiler/protocol';
import { profileRunStore, type StoredProfileRun } from './profileRunStore';

export type ProfileRunState =
  | { phase: 'idle' }
  | { phase: 'running'; runtime: ProfilerRuntime | null; progress: ProfileProgress | null; reused: number }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string }
  | { phase: 'measured'; profile: DeviceProfile };

export interface ProfileRun {
  state: ProfileRunState;
  /** A run a reload interrupted, offered for Resume or Discard; null when there is none. */
  kept: StoredProfileRun | null;
  start(run: Omit<StoredProfileRun, 'runId' | 'seconds' | 'timings'>): void;
  resume(): void;
  discard(): void;
  cancel(): void;
  /** Forgets the measured run once it is saved (or to measure again). */
  finish(): void;
}

export function useProfileRun(): ProfileRun {
  const [state, setState] = useState<ProfileRunState>({ phase: 'idle' });
  const active = useRef<number | null>(null);
  // localStorage is the browser's: null in the server render and at hydration, read after.
  const raw = useSyncExternalStore(profileRunStore.subscribe, profileRunStore.raw, () => null);
  const stored = useMemo(() => (raw === null ? null : profileRunStore.parse(raw)), [raw]);
  // Offered only while nothing runs here: during a run the store holds this page's own run.
  const kept = state.phase === 'idle' || state.phase === 'failed' ? stored : null;

  const launch = useCallback((run: StoredProfileRun) => {
    profileRunStore.write(run);
    const reused = Object.keys(run.timings).length;
    setState({ phase: 'running', runtime: null, progress: null, reused });
    // Wall time: what earlier page lives spent (kept with the run) plus this one's.
    const before = run.seconds;
    const t0 = performance.now();
    const spent = () => before + (performance.now() - t0) / 1000;
    const { id, outcome } = getProfilerClient().run(
      { request: run.request, warmup: run.warmup, repeats: run.repeats, known: Object.entries(run.timings) },
      {
        onRuntime: (runtime) => setState((s) => (s.phase === 'running' ? { ...s, runtime } : s)),
        onProgress: (progress) => setState((s) => (s.phase === 'running' ? { ...s, progress } : s)),
        onTimed: (key, timing) => {
          run.timings[key] = timing;
          run.seconds = spent();
          profileRunStore.write(run);
        },
      },
    );
    active.current = id;
    void outcome.then((o) => {
      if (active.current !== id) return;
      active.current = null;
      if (!o.ok) {
        if (o.error.code === 'cancelled') profileRunStore.clear();
        setState(o.error.code === 'cancelled' ? { phase: 'cancelled' } : { phase: 'failed', message: o.error.message });
        return;
      }
      const checked = deviceProfileSchema.safeParse({
        name: run.name,
        createdAt: new Date().toISOString(),
        runtime: o.value.runtime,
        protocol: {
          warmup: run.warmup,
          repeats: run.repeats,
          rounds: run.request.rounds,
          kernelRounds: run.request.kernelRounds,
          seed: run.request.seed,
        },
        seconds: Math.max(0.1, Math.round(spent() * 10) / 10),
        measurements: o.value.measurements,
      });
      setState(
        checked.success
          ? { phase: 'measured', profile: checked.data }
          : {
              phase: 'failed',
              message: `The measured profile is not valid: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
            },
      );
    });
  }, []);

  return {
    state,
    kept,
    start: (run) =>
      launch({ ...run, runId: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`, seconds: 0, timings: {} }),
    resume: () => kept && launch(kept),
    discard: () => profileRunStore.clear(),
    cancel: () => {
      if (active.current !== null) getProfilerClient().cancel(active.current);
    },
    finish: () => {
      profileRunStore.clear();
      setState({ phase: 'idle' });
    },
  };
}
