import { describe, expect, it } from 'vitest';
import { parseArchitectureCode } from '@/core/space/architectureCode';
import type { TargetName } from '@/core/targets';
import type { DifferenceCalibration } from '@/surrogates/runtime/predictedDifference';
import { rankEdits } from './rankEdits';
import { neighbourEdits, type ArchPrediction } from './useEditPredictions';

const targets: TargetName[] = ['val_top1', 'latency_zcu102'];
const calibrations: DifferenceCalibration[] = [
  { transform: 'identity', varianceScale: 1.78, edgeScale: 0, runNoise: 0.094, differenceFloor: 0.0157 },
  { transform: 'log', varianceScale: 6.49, edgeScale: 0, runNoise: 2.8e-7, differenceFloor: 8.4e-6 },
];
/** Two members; columns top-1, log latency. */
const prediction = (top1: number, latencyMs: number): ArchPrediction => ({
  mean: Float32Array.from([top1, latencyMs]),
  std: Float32Array.from([0.4, 0.01]),
  members: Float32Array.from([top1, Math.log(latencyMs), top1, Math.log(latencyMs)]),
  edge: 0,
});

const arch = parseArchitectureCode('4310-4320-4520-4330-6520-6540-6310');
if (!arch.ok) throw new Error(arch.error.message);
const edits = neighbourEdits(arch.value);

describe('rankEdits', () => {
  it('ranks by the fall in latency, keeps the top-1 loss within bounds and carries both differences', () => {
    const current = prediction(66, 2);
    const withPredictions = edits.map((e, i) => ({
      ...e,
      // Edit 0: −10% latency at −1 point; edit 1: −5% at −0.2; edit 2: +5% latency; the rest unchanged.
      prediction: i === 0 ? prediction(65, 1.8) : i === 1 ? prediction(65.8, 1.9) : i === 2 ? prediction(66, 2.1) : current,
    }));
    const ranked = rankEdits(targets, calibrations, current, withPredictions, 'latency_zcu102', 0.5, 5);
    expect(ranked.map((r) => r.edit.code)).toEqual([edits[1].code]);
    expect(ranked[0].gain).toBeCloseTo(0.05, 6);
    expect(ranked[0].metric.verdict).toBe('clear');
    // −0.2 points: the difference's own interval (±0.29 with F) holds 0.
    expect(ranked[0].top1.verdict).toBe('uncertain');
    expect(ranked[0].top1.lo).toBeLessThan(0);
    expect(ranked[0].top1.hi).toBeGreaterThan(0);
    expect(rankEdits(targets, calibrations, current, withPredictions, 'latency_zcu102', 2, 5).map((r) => r.edit.code)).toEqual([
      edits[0].code,
      edits[1].code,
    ]);
  });

  it('lists nothing while an edit lacks its prediction', () => {
    const current = prediction(66, 2);
    const ranked = rankEdits(
      targets,
      calibrations,
      current,
      edits.map((e) => ({ ...e, prediction: undefined })),
      'latency_zcu102',
      0.5,
      5,
    );
    expect(ranked).toEqual([]);
  });
});
