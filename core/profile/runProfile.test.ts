import { describe, expect, it } from 'vitest';
import type { OnnxModel } from '../onnx/encodeOnnxModel';
import { PASSES, ProfileCancelled, profileSteps, runProfile, type Timing } from './runProfile';

const request = { metrics: [{ metric: 'latency' as const, batch: 1 }], calibration: 3, heldOut: 2, seed: 4 };

// A deterministic engine: each model's time is its node count, plus 5 ms on the first kernel pass
// (a "cold" pass the minimum over passes must remove).
function engine() {
  let calls = 0;
  let kernelCalls = 0;
  return {
    get calls() {
      return calls;
    },
    time: async (model: OnnxModel): Promise<Timing> => {
      calls++;
      const isKernel = model.graph.name === 'anb_layer';
      if (isKernel) kernelCalls++;
      const cold = isKernel && kernelCalls <= 168 ? 5 : 0;
      return { medianMs: model.graph.nodes.length / 10 + cold, iqrMs: 0.01 };
    },
  };
}

describe('runProfile', () => {
  it('warms up once, times every kernel in each pass and keeps its smallest median, then the networks', async () => {
    const e = engine();
    const steps = profileSteps(request);
    expect(steps).toHaveLength(1 + PASSES * (168 + 5));
    const [m] = await runProfile(request, { time: e.time });
    expect(e.calls).toBe(steps.length);
    expect(Object.keys(m.kernels)).toHaveLength(168);
    // No kernel keeps the cold first pass's extra 5 ms.
    expect(Math.max(...Object.values(m.kernels))).toBeLessThan(5);
    expect(m.calibrationNetworks).toHaveLength(3);
    expect(m.heldOutNetworks).toHaveLength(2);
  });

  it('reuses kept timings (never the warm-up) and stops between timings when cancelled', async () => {
    const kept = new Map<string, Timing>();
    const first = engine();
    await runProfile(request, { time: first.time, onTimed: (k, t) => kept.set(k, t) });
    expect(kept.has('latency:1:warmup')).toBe(false);
    const again = engine();
    await runProfile(request, { time: again.time, known: kept });
    expect(again.calls).toBe(1);

    const abort = new AbortController();
    const cancelled = engine();
    const run = runProfile(request, {
      time: cancelled.time,
      signal: abort.signal,
      onProgress: (p) => {
        if (p.done === 10) abort.abort();
      },
    });
    await expect(run).rejects.toBeInstanceOf(ProfileCancelled);
    expect(cancelled.calls).toBe(10);
  });
});
