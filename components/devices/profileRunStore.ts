// A profile run kept in localStorage (#12), so a reload in the middle of a profile can resume: the
// request, the wall time already spent and every finished timing by runProfile's step key. Only one run
// is kept; it is removed when the profile is saved, cancelled or discarded, so nothing half-measured is
// ever saved, and a stored run that does not parse (another build's) is dropped.
import { z } from 'zod';
import { deviceProfileSchema } from '@/core/profile/deviceProfile';
import { profilerStartSchema, timingSchema } from '@/workers/profiler/protocol';

const KEY = 'anb.deviceProfileRun';

const storedRunSchema = z.strictObject({
  runId: z.string().max(64),
  name: z.string().max(400),
  request: profilerStartSchema.shape.request,
  warmup: deviceProfileSchema.shape.protocol.shape.warmup,
  repeats: deviceProfileSchema.shape.protocol.shape.repeats,
  /** Seconds spent measuring before the page was left. */
  seconds: z.number().min(0),
  timings: z.record(z.string(), timingSchema),
});
export type StoredProfileRun = z.infer<typeof storedRunSchema>;

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

export const profileRunStore = {
  /** For useSyncExternalStore: told after every write and clear in this tab. */
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  /** The stored JSON (a string, so equal snapshots compare equal), null when none or storage is blocked. */
  raw(): string | null {
    try {
      return localStorage.getItem(KEY);
    } catch {
      return null;
    }
  },
  /** The run in `raw`, null when it does not parse (another build's run: nothing to resume). */
  parse(raw: string): StoredProfileRun | null {
    try {
      const parsed = storedRunSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  },
  write(run: StoredProfileRun): void {
    try {
      localStorage.setItem(KEY, JSON.stringify(run));
    } catch {
      // Storage full or blocked: the run goes on, it just cannot resume after a reload.
    }
    notify();
  },
  clear(): void {
    try {
      localStorage.removeItem(KEY);
    } catch {
      // Storage blocked: nothing was kept.
    }
    notify();
  },
};
