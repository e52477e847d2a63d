import { describe, expect, it } from 'vitest';
import { DATASET_MEDIANS } from './datasetMedians';
import { objectiveSettings } from './objectiveSettings';

describe('objectiveSettings', () => {
  it('set the reference point and the default reward, whose sign follows the metric direction', () => {
    expect(objectiveSettings({ metric: 'latency_vck190', accuracy: 'val_top1' })).toEqual({
      hardwareDirection: 'min',
      reward: { target: DATASET_MEDIANS.latency_vck190, w: -0.07 },
      reference: { accuracy: DATASET_MEDIANS.val_top1, hardware: DATASET_MEDIANS.latency_vck190 },
    });
    expect(objectiveSettings({ metric: 'throughput_a100', accuracy: 'val_top5', w: 0.1, target: 400 }).reward).toEqual({
      target: 400,
      w: 0.1,
    });
  });
});

describe('objectiveSettings for a profiled device (#12)', () => {
  it("takes the direction from the metric's kind and the median given in place of the dataset's", () => {
    expect(objectiveSettings({ metric: 'u0123456789ab.latency', accuracy: 'val_top1', hardwareMedian: 12.5 })).toEqual({
      hardwareDirection: 'min',
      reward: { target: 12.5, w: -0.07 },
      reference: { accuracy: DATASET_MEDIANS.val_top1, hardware: 12.5 },
    });
    expect(objectiveSettings({ metric: 'u0123456789ab.throughput', accuracy: 'val_top1', hardwareMedian: 80 }).hardwareDirection).toBe(
      'max',
    );
  });

  it('refuses a profiled metric without its median', () => {
    expect(() => objectiveSettings({ metric: 'u0123456789ab.latency', accuracy: 'val_top1' })).toThrow(/needs its median/);
  });
});
