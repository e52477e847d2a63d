import { describe, expect, it } from 'vitest';
import { profiledMetricSpec } from '@/core/profile/profiledMetric';
import { plottedDeviceMetric } from './plottedDeviceMetric';

describe('plottedDeviceMetric', () => {
  it('names an ANB metric from core/targets, measured', () => {
    expect(plottedDeviceMetric('latency_vck190', null)).toEqual({
      name: 'latency_vck190',
      label: 'Latency VCK190',
      long: 'VCK190 latency',
      unit: 'ms',
      direction: 'min',
      profiled: false,
    });
  });

  it('names a profiled metric after its device, predicted', () => {
    const spec = profiledMetricSpec('u3fa9c2d1e0ab', 'Lab laptop', 'throughput', 8);
    expect(plottedDeviceMetric('u3fa9c2d1e0ab.throughput', { spec, deviceName: 'Lab laptop' })).toEqual({
      name: 'u3fa9c2d1e0ab.throughput',
      label: 'Throughput Lab laptop (profiled, batch 8)',
      long: 'Lab laptop throughput',
      unit: 'img/s',
      direction: 'max',
      profiled: true,
    });
  });

  it('is null until the profile of that very metric is loaded', () => {
    const spec = profiledMetricSpec('u3fa9c2d1e0ab', 'Lab laptop', 'latency', 1);
    expect(plottedDeviceMetric('u3fa9c2d1e0ab.latency', null)).toBeNull();
    expect(plottedDeviceMetric('u3fa9c2d1e0ab.throughput', { spec, deviceName: 'Lab laptop' })).toBeNull();
  });
});
