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
