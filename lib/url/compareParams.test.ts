// /compare's URL: defaults for an empty query, the rank-flip N and top-1 threshold clamped to what
// the API accepts, unknown words ignored.
import { describe, expect, it } from 'vitest';
import { createLoader } from 'nuqs/server';
import { compareParams, RANK_FLIP_N } from './compareParams';

const load = createLoader(compareParams);

describe('compareParams', () => {
  it('gives the defaults for an empty query', () => {
    expect(load('')).toEqual({ corr: 'spearman', a: 'throughput_a100', b: 'throughput_zcu102', n: 50, acc: 64, rule: 'se', dv: null });
  });

  it('clamps N to the rank-flip bounds and the top-1 threshold to 0–100', () => {
    expect(load('?n=3&acc=101')).toMatchObject({ n: RANK_FLIP_N.min, acc: 100 });
    expect(load('?n=100000&acc=-1')).toMatchObject({ n: RANK_FLIP_N.max, acc: 0 });
    expect(load('?n=120&acc=72.5')).toMatchObject({ n: 120, acc: 72.5 });
  });

  it("takes a profiled device's metric for A or B (#12)", () => {
    expect(load('?a=u3fa9c2d1e0ab.latency&b=throughput_tpuv2')).toMatchObject({ a: 'u3fa9c2d1e0ab.latency', b: 'throughput_tpuv2' });
    expect(load('?b=u3fa9c2d1e0ab.throughput').b).toBe('u3fa9c2d1e0ab.throughput');
    expect(load('?a=U3FA9C2D1E0AB.latency').a).toBe('throughput_a100');
  });

  it('falls back to the defaults for values it does not know', () => {
    expect(load('?corr=pearson&a=throughput_h100&rule=depth&n=ten')).toMatchObject({
      corr: 'spearman',
      a: 'throughput_a100',
      rule: 'se',
      n: 50,
    });
    expect(load('?corr=kendall&b=latency_vck190&rule=k')).toMatchObject({ corr: 'kendall', b: 'latency_vck190', rule: 'k' });
  });
});
