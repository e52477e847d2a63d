import { describe, expect, it } from 'vitest';
import { hypervolume } from '../metrics/hypervolume';
import type { Evaluate, EvaluateAsync } from './optimizer';
import { OPTIMIZER_IDS, optimizers } from './optimizers';
import { runSearch } from './runSearch';
import { runSearchAsync } from './runSearchAsync';
import { syntheticEvaluate } from './syntheticEvaluate';

/** The synthetic problem with latency (ms) instead of throughput: one image at a time, 1000 / img/s. */
const latencyEvaluate: Evaluate = (archs) => syntheticEvaluate(archs).map((o) => ({ accuracy: o.accuracy, hardware: 1000 / o.hardware }));
const latencySettings = { hardwareDirection: 'min', reward: { target: 2.5, w: -0.07 }, reference: { accuracy: 50, hardware: 10 } } as const;

describe('runSearch', () => {
  it('returns the Pareto front of everything evaluated and its hypervolume', () => {
    for (const id of OPTIMIZER_IDS) {
      const result = runSearch(id, optimizers[id].defaultSettings as never, syntheticEvaluate, 250, 4);
      const all = result.trajectory.map((p) => p.objectives);
      const dominates = (a: (typeof all)[number], b: (typeof all)[number]) =>
        a.accuracy >= b.accuracy && a.hardware >= b.hardware && (a.accuracy > b.accuracy || a.hardware > b.hardware);
      const onFront = new Set(result.front.map((p) => p.code));
      expect(result.front.length).toBeGreaterThan(0);
      for (const p of result.trajectory) {
        const dominated = all.some((q) => dominates(q, p.objectives));
        // Each evaluation is either dominated or its architecture is on the front.
        expect(dominated).toBe(!onFront.has(p.code));
      }
      // Throughput ascending, one entry per architecture.
      for (let i = 1; i < result.front.length; i++)
        expect(result.front[i].objectives.hardware).toBeGreaterThanOrEqual(result.front[i - 1].objectives.hardware);
      expect(onFront.size).toBe(result.front.length);
      expect(result.hypervolume).toBe(result.trajectory[result.trajectory.length - 1].hypervolume);
      expect(result.hypervolume).toBe(
        hypervolume(
          all.map((o) => o.accuracy),
          all.map((o) => o.hardware),
          [0, 0],
          { x: 'max', y: 'max' },
        ),
      );
    }
  });

  it('minimises latency when the hardware direction is min', () => {
    for (const id of OPTIMIZER_IDS) {
      const settings = { ...optimizers[id].defaultSettings, ...latencySettings };
      const result = runSearch(id, settings as never, latencyEvaluate, 200, 2);
      // The front is sorted by latency ascending (fastest first); each slower point must buy accuracy.
      for (let i = 1; i < result.front.length; i++) {
        expect(result.front[i].objectives.hardware).toBeGreaterThanOrEqual(result.front[i - 1].objectives.hardware);
        expect(result.front[i].objectives.accuracy).toBeGreaterThan(result.front[i - 1].objectives.accuracy);
      }
      expect(result.hypervolume).toBeGreaterThan(0);
    }
  });

  it('handles a zero budget and rejects a budget that is not a whole number', () => {
    expect(runSearch('re', optimizers.re.defaultSettings, syntheticEvaluate, 0, 1)).toEqual({ trajectory: [], front: [], hypervolume: 0 });
    expect(() => runSearch('rs', optimizers.rs.defaultSettings, syntheticEvaluate, -1, 1)).toThrow(RangeError);
    expect(() => runSearch('rs', optimizers.rs.defaultSettings, syntheticEvaluate, 2.5, 1)).toThrow(RangeError);
  });

  it('fails loudly when the evaluator returns the wrong number of objectives', () => {
    const short: Evaluate = (archs) => syntheticEvaluate(archs).slice(1);
    expect(() => runSearch('rs', optimizers.rs.defaultSettings, short, 10, 1)).toThrow(/expected objectives for/);
  });
});

describe('runSearchAsync', () => {
  it('gives the same result as runSearch and reports each batch', async () => {
    const evaluateAsync: EvaluateAsync = async (archs) => syntheticEvaluate(archs);
    for (const id of OPTIMIZER_IDS) {
      const progress: number[] = [];
      const asyncResult = await runSearchAsync(id, optimizers[id].defaultSettings as never, evaluateAsync, 130, 6, {
        batchSize: 50,
        onBatch: (state) => progress.push(state.evaluations),
      });
      expect(asyncResult).toEqual(runSearch(id, optimizers[id].defaultSettings as never, syntheticEvaluate, 130, 6));
      expect(progress[progress.length - 1]).toBe(130);
      expect(progress.every((n, i) => i === 0 || n > progress[i - 1])).toBe(true);
    }
  });
});
