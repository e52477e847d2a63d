// The rank-movers table's links to the editor carry the profiled devices compared, and only those.
import { describe, expect, it } from 'vitest';
import { moverLinkQuery } from './RankMoversTable';

describe('moverLinkQuery', () => {
  it('is empty between two ANB device metrics', () => {
    expect(moverLinkQuery('throughput_a100', 'latency_vck190')).toBe('');
  });
  it('names a profiled device once, whichever side it is on and with whichever metric', () => {
    expect(moverLinkQuery('u3fa9c2d1e0ab.latency', 'throughput_tpuv3')).toBe('?device=u3fa9c2d1e0ab');
    expect(moverLinkQuery('throughput_tpuv3', 'u3fa9c2d1e0ab.throughput')).toBe('?device=u3fa9c2d1e0ab');
    expect(moverLinkQuery('u3fa9c2d1e0ab.latency', 'u3fa9c2d1e0ab.throughput')).toBe('?device=u3fa9c2d1e0ab');
    expect(moverLinkQuery('u3fa9c2d1e0ab.latency', 'u000000000001.latency')).toBe('?device=u3fa9c2d1e0ab,u000000000001');
  });
});
