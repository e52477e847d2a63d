// /search's URL describes a race completely; junk in it must fall back to the defaults rather than
// start a different race. `w` and `target` stay null when absent or out of range (the metric's own
// default then applies), unlike the clamped integers.
import { describe, expect, it } from 'vitest';
import { createLoader } from 'nuqs/server';
import { RACE_LIMITS, searchParams, tourParams } from './searchParams';

const load = createLoader(searchParams);

describe('searchParams', () => {
  it('gives the default race for an empty query', () => {
    expect(load('')).toEqual({
      o: ['rs', 're', 'reinforce'],
      seeds: 3,
      metric: 'throughput_vck190',
      acc: 'val_top1',
      budget: 1000,
      w: null,
      target: null,
      dv: null,
    });
  });

  it('reads a full race', () => {
    expect(load('?o=re,nsga2&seeds=5&metric=latency_zcu102&acc=val_top5&budget=2500&w=-0.07&target=2.5')).toMatchObject({
      o: ['re', 'nsga2'],
      seeds: 5,
      metric: 'latency_zcu102',
      acc: 'val_top5',
      budget: 2500,
      w: -0.07,
      target: 2.5,
    });
  });

  it("reads a profiled device's metric and refuses a malformed one (#12)", () => {
    expect(load('?metric=u3fa9c2d1e0ab.latency').metric).toBe('u3fa9c2d1e0ab.latency');
    expect(load('?metric=u3fa9c2d1e0ab.throughput').metric).toBe('u3fa9c2d1e0ab.throughput');
    expect(load('?metric=u3FA9c2d1e0ab.latency').metric).toBe('throughput_vck190');
    expect(load('?metric=u3fa9c2d1e0ab').metric).toBe('throughput_vck190');
  });

  it('races the default optimizers when none in o is known, never an empty race', () => {
    expect(load('?o=foo').o).toEqual(['rs', 're', 'reinforce']);
    expect(load('?o=').o).toEqual(['rs', 're', 'reinforce']);
    expect(load('?o=re,re,ls').o).toEqual(['re', 'ls']);
  });

  it('drops unknown optimizers and clamps seeds and budget to the race limits', () => {
    const s = load('?o=rs,annealing,re&seeds=99&budget=5');
    expect(s.o).toEqual(['rs', 're']);
    expect(s.seeds).toBe(RACE_LIMITS.seeds.max);
    expect(s.budget).toBe(RACE_LIMITS.budget.min);
    expect(load('?seeds=0&budget=1e4')).toMatchObject({ seeds: RACE_LIMITS.seeds.min, budget: RACE_LIMITS.budget.default });
  });

  it('keeps w and target null outside their ranges instead of clamping them', () => {
    expect(load('?w=10&target=1e9')).toMatchObject({ w: 10, target: 1e9 });
    expect(load('?w=-10.5&target=0')).toMatchObject({ w: null, target: null });
    expect(load('?w=&target=abc')).toMatchObject({ w: null, target: null });
    expect(load('?target=0.000001')).toMatchObject({ target: 1e-6 });
  });
});

describe('tourParams', () => {
  it('is on for large=true or large=1 (the README writes the first, people type the second), off otherwise', () => {
    const tour = createLoader(tourParams);
    expect(tour('').large).toBe(false);
    expect(tour('?large=true').large).toBe(true);
    expect(tour('?large=1').large).toBe(true);
    expect(tour('?large=0').large).toBe(false);
    expect(tour('?large=false').large).toBe(false);
    expect(tour('?large=yes').large).toBe(false);
  });
});
