import { describe, expect, it } from 'vitest';
import { profiledMetricSpec } from '@/core/profile/profiledMetric';
import { anyMetricLabel } from './anyMetricLabel';

const lab = profiledMetricSpec('u3fa9c2d1e0ab', 'Lab laptop', 'latency', 1);

describe('anyMetricLabel', () => {
  it('names ANB metrics as metricLabel does', () => {
    expect(anyMetricLabel('throughput_a100', [lab])).toBe('A100 thr.');
    expect(anyMetricLabel('latency_zcu102', [lab], 'long')).toBe('ZCU102 latency');
    expect(anyMetricLabel('val_top1', [])).toBe('Top-1');
  });

  it('names a listed profiled device by its spec, and an unlisted one by its id', () => {
    expect(anyMetricLabel('u3fa9c2d1e0ab.latency', [lab])).toBe('Lab laptop lat.');
    expect(anyMetricLabel('u3fa9c2d1e0ab.latency', [lab], 'long')).toBe('Latency Lab laptop (profiled)');
    expect(anyMetricLabel('u000000000000.throughput', [lab], 'long')).toBe('device u000000000000 throughput');
  });
});
