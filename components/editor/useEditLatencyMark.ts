'use client';
// Marks `painted` in the frame after an edit's predictions were committed and publishes the
// edit→painted time as window.__anbEditLatency, which the bench and the e2e test read.
import { useLayoutEffect, type RefObject } from 'react';
import type { ArchPrediction } from './useEditPredictions';

declare global {
  interface Window {
    /** Milliseconds from the last edit to the frame that painted its predictions (for the bench). */
    __anbEditLatency?: number;
  }
}

/** `pendingEditRef`: the code of the edit not yet painted; `current`: its prediction, once there. */
export function useEditLatencyMark(pendingEditRef: RefObject<string | null>, code: string, current: ArchPrediction | undefined): void {
  // The numbers of an edit are on screen once React has committed them; the next frame paints them.
  useLayoutEffect(() => {
    if (pendingEditRef.current !== code || !current) return;
    pendingEditRef.current = null;
    requestAnimationFrame(() => {
      performance.clearMarks('painted');
      performance.clearMeasures('edit→painted');
      performance.mark('painted');
      window.__anbEditLatency = performance.measure('edit→painted', 'edit', 'painted').duration;
    });
  }, [pendingEditRef, code, current]);
}
