import { describe, expect, it } from 'vitest';
import { parseDeviceMetric } from './parseAsDeviceMetric';

describe('parseDeviceMetric', () => {
  it("reads ANB's metrics and profiled devices' metrics, nothing else", () => {
    expect(parseDeviceMetric('latency_vck190')).toBe('latency_vck190');
    expect(parseDeviceMetric('u3fa9c2d1e0ab.throughput')).toBe('u3fa9c2d1e0ab.throughput');
    for (const bad of ['val_top1', 'latency_gpu', 'u3fa9c2d1e0ab', 'u3fa9c2d1e0ab.top1', '']) expect(parseDeviceMetric(bad)).toBeNull();
  });
});
