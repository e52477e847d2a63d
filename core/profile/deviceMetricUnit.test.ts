import { describe, expect, it } from 'vitest';
import { DEVICE_METRICS } from '../targets';
import { deviceMetricUnit } from './deviceMetricUnit';

describe('deviceMetricUnit', () => {
  it("gives ANB's units from the targets table and a profiled metric's from its kind", () => {
    for (const m of DEVICE_METRICS) expect(deviceMetricUnit(m.name)).toBe(m.unit);
    expect(deviceMetricUnit('latency_vck190')).toBe('ms');
    expect(deviceMetricUnit('u3fa9c2d1e0ab.latency')).toBe('ms');
    expect(deviceMetricUnit('u3fa9c2d1e0ab.throughput')).toBe('img/s');
  });
  it('refuses anything else', () => {
    expect(() => deviceMetricUnit('u3fa9c2d1e0ab.power' as never)).toThrow(/neither/);
  });
});
