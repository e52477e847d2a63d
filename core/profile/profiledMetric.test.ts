import { describe, expect, it } from 'vitest';
import { parseProfiledMetricName, profiledMetricName, profiledMetricSpec } from './profiledMetric';

describe('profiled metric names', () => {
  it('round-trips an id and metric and refuses everything else', () => {
    expect(parseProfiledMetricName(profiledMetricName('u3fa9c2d1e0ab', 'throughput'))).toEqual({
      id: 'u3fa9c2d1e0ab',
      metric: 'throughput',
    });
    for (const bad of [
      'latency_vck190',
      'u3fa9c2d1e0ab',
      'u3fa9c2d1e0ab.top1',
      'U3FA9C2D1E0AB.latency',
      'u3fa9c2d1e0a.latency',
      'x.latency',
    ])
      expect(parseProfiledMetricName(bad)).toBeNull();
    expect(() => profiledMetricName('nope', 'latency')).toThrow(/not a profile id/);
  });

  it('labels a metric with the device name, its unit and direction', () => {
    expect(profiledMetricSpec('u3fa9c2d1e0ab', 'Laptop', 'throughput', 8)).toMatchObject({
      label: 'Throughput Laptop (profiled, batch 8)',
      unit: 'img/s',
      direction: 'max',
    });
    expect(profiledMetricSpec('u3fa9c2d1e0ab', 'Laptop', 'latency', 1)).toMatchObject({ unit: 'ms', direction: 'min', kind: 'latency' });
  });
});
