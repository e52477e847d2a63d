// Every parameter /search cannot use as given is named with what was given, what the race uses and
// why; a clean address gets no notice at all.
import { describe, expect, it } from 'vitest';
import { raceParamCorrections } from './raceParamCorrections';

const corrections = (q: string) => raceParamCorrections(new URLSearchParams(q));

describe('raceParamCorrections', () => {
  it('says nothing about a valid race, a partial one or an empty address', () => {
    expect(corrections('o=rs,nsga2&seeds=5&metric=latency_zcu102&acc=val_top5&budget=2500&w=-0.07&target=2.5&dv=0123abcdef01')).toEqual([]);
    expect(corrections('budget=10&seeds=10')).toEqual([]);
    expect(corrections('')).toEqual([]);
  });

  it('names an unknown optimizer and a negative budget, as the issue found them (?o=foo&budget=-3)', () => {
    expect(corrections('o=foo&budget=-3')).toEqual([
      {
        param: 'o',
        given: 'foo',
        used: 'rs, re, reinforce (the default: no known optimizer was given)',
        why: 'o contains "foo"; allowed values: rs, re, reinforce, ls, nsga2 (comma-separated).',
      },
      { param: 'budget', given: '-3', used: '10 (the nearest allowed)', why: 'budget is -3; allowed: an integer from 10 to 20,000.' },
    ]);
  });

  it('keeps the known optimizers of a mixed list and says which were dropped or repeated', () => {
    expect(corrections('o=rs,annealing,re')).toEqual([
      {
        param: 'o',
        given: 'rs,annealing,re',
        used: 'rs, re',
        why: 'o contains "annealing"; allowed values: rs, re, reinforce, ls, nsga2 (comma-separated).',
      },
    ]);
    expect(corrections('o=re,re')[0]).toMatchObject({ used: 're', why: 'o lists "re" more than once; each optimizer races once.' });
    expect(corrections('o=')[0]).toMatchObject({ used: 'rs, re, reinforce (the default: no known optimizer was given)' });
    expect(corrections('o=')[0].why).toMatch(/^o is empty; allowed values: /);
  });

  it('clamps seeds and budget out of range to the nearest limit and falls back to the default for non-integers', () => {
    expect(corrections('seeds=99')).toEqual([
      { param: 'seeds', given: '99', used: '10 (the nearest allowed)', why: 'seeds is 99; allowed: an integer from 1 to 10.' },
    ]);
    expect(corrections('seeds=0&budget=1e4')).toEqual([
      { param: 'seeds', given: '0', used: '1 (the nearest allowed)', why: 'seeds is 0; allowed: an integer from 1 to 10.' },
      { param: 'budget', given: '1e4', used: '1,000 (the default)', why: 'budget is "1e4"; expected an integer from 10 to 20,000.' },
    ]);
  });

  it('names a metric or accuracy that does not exist, with the allowed values', () => {
    const [metric, acc] = corrections('metric=speed_h100&acc=top1');
    expect(metric).toMatchObject({ param: 'metric', given: 'speed_h100', used: 'throughput_vck190 (the default)' });
    expect(metric.why).toMatch(/^metric is "speed_h100"; allowed values: throughput_a100, .*latency_zcu102/);
    expect(acc).toEqual({
      param: 'acc',
      given: 'top1',
      used: 'val_top1 (the default)',
      why: 'acc is "top1"; allowed values: val_top1, val_top5.',
    });
  });

  it('falls back to the metric’s own reward settings for w and target outside their ranges or not numbers', () => {
    expect(corrections('w=20&target=abc')).toEqual([
      {
        param: 'w',
        given: '20',
        used: "the metric's default (−0.07 or +0.07 by its direction)",
        why: 'w is 20; allowed: a number from -10 to 10.',
      },
      {
        param: 'target',
        given: 'abc',
        used: "the default: the dataset's median of the metric",
        why: 'target is "abc"; expected a number.',
      },
    ]);
    expect(corrections('target=0')[0].why).toBe('target is 0; allowed: a number from 0.000001 to 1,000,000,000.');
  });

  it('names unknown parameters and a malformed dataset version as ignored', () => {
    expect(corrections('budgett=500&dv=xyz')).toEqual([
      { param: 'dv', given: 'xyz', used: 'none: ignored', why: 'dv is "xyz"; expected a dataset version, 6–64 hex digits.' },
      {
        param: 'budgett',
        given: '500',
        used: 'none: ignored',
        why: 'Unknown parameter "budgett"; allowed: o, seeds, metric, acc, budget, w, target, dv.',
      },
    ]);
  });
});

describe('raceParamCorrections: profiled devices (#12)', () => {
  it("takes a profiled device's metric as given and names the form in the allowed values otherwise", () => {
    expect(corrections('metric=u3fa9c2d1e0ab.latency')).toEqual([]);
    const [metric] = corrections('metric=u3fa9c2d1e0ab.power');
    expect(metric).toMatchObject({ param: 'metric', used: 'throughput_vck190 (the default)' });
    expect(metric.why).toMatch(/or a profiled device's <profile id>\.latency or \.throughput\.$/);
  });
});
