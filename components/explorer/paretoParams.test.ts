// /pareto's URL: gene lists keep only values the gene allows, the cloud size and seed clamp, and the
// lists become the worker's gene filter (squeeze-excite 1/0 as true/false, duplicates dropped).
import { describe, expect, it } from 'vitest';
import { createLoader } from 'nuqs/server';
import { CLOUD_SIZE, DEFAULT_OVERLAY, paretoParams, toGeneFilter } from './paretoParams';

const load = createLoader(paretoParams);

describe('paretoParams', () => {
  it('gives the defaults for an empty query', () => {
    expect(load('')).toEqual({
      metric: 'throughput_a100',
      acc: 'val_top1',
      e: [],
      k: [],
      l: [],
      se: [],
      n: CLOUD_SIZE.default,
      seed: 1,
      ov: [...DEFAULT_OVERLAY],
      ood: 'show',
      x0: null,
      x1: null,
      y0: null,
      y1: null,
      cb: null,
      dv: null,
      sv: null,
    });
  });

  it("takes a profiled device's metric and falls back to the default for a malformed one (#12)", () => {
    expect(load('?metric=u3fa9c2d1e0ab.latency').metric).toBe('u3fa9c2d1e0ab.latency');
    expect(load('?metric=u3fa9c2d1e0ab.throughput').metric).toBe('u3fa9c2d1e0ab.throughput');
    expect(load('?metric=u3fa9c2d1e0a.latency').metric).toBe('throughput_a100');
    expect(load('?metric=u3fa9c2d1e0ab.power').metric).toBe('throughput_a100');
  });

  it('drops gene values outside the search space', () => {
    expect(load('?e=4,9,6&k=3,7&l=0,4&se=0,2')).toMatchObject({ e: [4, 6], k: [3], l: [4], se: [0] });
  });

  it('clamps the cloud size to 0–200,000 and the seed to 0–999,999', () => {
    expect(load('?n=999999&seed=-4')).toMatchObject({ n: CLOUD_SIZE.max, seed: 0 });
    expect(load('?n=0&seed=1000000')).toMatchObject({ n: 0, seed: 999_999 });
    expect(load('?n=5e4&seed=2.5')).toMatchObject({ n: CLOUD_SIZE.default, seed: 1 });
  });

  it('reads the zoom window, keeping unreadable corners absent', () => {
    expect(load('?x0=61.5&x1=78&y0=-2&y1=abc')).toMatchObject({ x0: 61.5, x1: 78, y0: -2, y1: null });
  });

  it('keeps known overlay devices; an empty overlay stays empty', () => {
    expect(load('?ov=latency_vck190,throughput_h100,throughput_3090').ov).toEqual(['latency_vck190', 'throughput_3090']);
    expect(load('?ov=').ov).toEqual([]);
  });

  it('hides extrapolated predictions only for ood=hide', () => {
    expect(load('?ood=hide').ood).toBe('hide');
    expect(load('?ood=yes').ood).toBe('show');
  });

  it('takes a surrogate version only as 6–64 lower-case hex digits', () => {
    expect(load('?sv=3fa9c0d1e2b4').sv).toBe('3fa9c0d1e2b4');
    expect(load('?sv=3FA9C0').sv).toBeNull();
    expect(load('?sv=3fa9c').sv).toBeNull();
  });
});

describe('toGeneFilter', () => {
  it('sends nothing for empty lists', () => {
    expect(toGeneFilter({ e: [], k: [], l: [], se: [] })).toEqual({});
  });

  it('drops duplicates and turns squeeze-excite 1/0 into true/false', () => {
    expect(toGeneFilter({ e: [6, 4, 6], k: [5], l: [], se: [0, 1, 0] })).toEqual({ e: [6, 4], k: [5], se: [false, true] });
  });

  it('turns a URL into the filter the worker samples under', () => {
    expect(toGeneFilter(load('?k=3&se=0&l=1,2'))).toEqual({ k: [3], l: [1, 2], se: [false] });
  });
});
