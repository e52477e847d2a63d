import { describe, expect, it } from 'vitest';
import type { OnnxModel } from '../onnx/encodeOnnxModel';
import { ProfileCancelled, profileSteps, runProfile, type Timing } from './runProfile';

const request = { metrics: [{ metric: 'latency' as const, batch: 1 }], calibration: 3, heldOut: 2, seed: 4, rounds: 4, kernelRounds: 2 };

// Steps per round: the 168 kernels and 5 networks in rounds 1–2, the 5 networks alone in rounds 3–4.
const PER_ROUND = [173, 173, 5, 5];
const STEPS = 1 + PER_ROUND.reduce((s, n) => s + n, 0);

// A deterministic engine: each model's time is its node count, and the whole machine runs 1.5× slow
// during the second round (a busy neighbour) — which combining the rounds must divide out.
function engine() {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    time: async (model: OnnxModel): Promise<Timing> => {
      calls++;
      let round = 0;
      for (let seen = 1; round < PER_ROUND.length && seen < calls; round++) seen += PER_ROUND[round];
      const ms = (model.graph.nodes.length / 10) * (round === 2 ? 1.5 : 1);
      return { minMs: ms, medianMs: ms * 1.1, iqrMs: 0.01 };
    },
  };
}

describe('runProfile', () => {
  it('warms up once, then times every network once per round and every kernel in the first rounds, each round in its own seeded order', () => {
    const steps = profileSteps(request);
    expect(steps).toHaveLength(STEPS);
    expect(steps[0].kind).toBe('warmup');
    const round = (r: number) => steps.filter((s) => s.key.endsWith(`:round${r}`)).map((s) => s.key.replace(/:round\d$/, ''));
    expect(new Set(round(1)).size).toBe(173);
    expect([...round(2)].sort()).toEqual([...round(1)].sort());
    // Kernels and networks are mixed, and the order differs between rounds but not between calls.
    expect(round(1).findIndex((k) => k.includes(':network:'))).toBeLessThan(168);
    expect(round(2)).not.toEqual(round(1));
    expect(profileSteps(request).map((s) => s.key)).toEqual(steps.map((s) => s.key));
    expect(round(3).sort()).toEqual(
      round(1)
        .filter((k) => k.includes(':network:'))
        .sort(),
    );
    expect(round(4)).toHaveLength(5);
    expect(() => profileSteps({ ...request, rounds: 1 })).toThrow(/rounds must be an integer from 2/);
    expect(() => profileSteps({ ...request, kernelRounds: 5 })).toThrow(/kernel rounds must be an integer from 2 to rounds/);
  });

  it("keeps each round's fastest run and divides out a round in which the whole machine was slow", async () => {
    const e = engine();
    const [m] = await runProfile(request, { time: e.time });
    expect(e.calls).toBe(STEPS);
    expect(Object.keys(m.kernels)).toHaveLength(168);
    const steps = profileSteps(request);
    const nodes = new Map(steps.map((s) => [s.key.replace(/:round\d$/, '').replace('latency:1:', ''), s.model().graph.nodes.length / 10]));
    // Kernels ran in rounds 1–2 only: the slow round is divided out up to one scale common to all of
    // them (the median of the two levels), which the fit's slope absorbs.
    const scale = m.kernels['s0.first.e1k3'] / nodes.get('kernel:s0.first.e1k3')!;
    expect(scale).toBeCloseTo(1.25, 9);
    for (const [key, ms] of Object.entries(m.kernels)) expect(ms / nodes.get(`kernel:${key}`)!).toBeCloseTo(scale, 9);
    for (const n of [...m.calibrationNetworks, ...m.heldOutNetworks]) {
      expect(n.ms).toBeCloseTo(nodes.get(`network:${n.code}`)!, 9);
      expect(n.iqrMs).toBeCloseTo(0, 9);
    }
    expect(m.calibrationNetworks).toHaveLength(3);
    expect(m.heldOutNetworks).toHaveLength(2);
  });

  it('reuses kept timings (never the warm-up) and stops between timings when cancelled', async () => {
    const kept = new Map<string, Timing>();
    const first = engine();
    await runProfile(request, { time: first.time, onTimed: (k, t) => kept.set(k, t) });
    expect(kept.has('latency:1:warmup')).toBe(false);
    expect(kept.size).toBe(STEPS - 1);
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
