// Copies one progress batch of the search worker into the race's run buffers: each chunk lands after
// the evaluations its run already had, and the run's length becomes the count the worker reported.
import type { RunProgress } from '@/workers/search/protocol';
import type { RunBuffers } from './createRunBuffers';

export function writeRunProgress(buffers: RunBuffers[], progress: readonly RunProgress[]): void {
  for (const p of progress) {
    const b = buffers[p.run];
    const offset = p.evaluations - p.accuracy.length;
    b.accuracy.set(p.accuracy, offset);
    b.hardware.set(p.hardware, offset);
    b.bestReward.set(p.bestReward, offset);
    b.hypervolume.set(p.hypervolume, offset);
    b.length = p.evaluations;
  }
}
