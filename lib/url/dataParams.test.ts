// The /data URL parameters mean the same on the page as on the REST API: a query string parsed by
// the page's loader gives the list input the REST route builds from it.
import { describe, expect, it } from 'vitest';
import { createLoader } from 'nuqs/server';
import { architectureRestToInput } from '@/server/rest/architectureRestQuery';
import { activeFilterCount, dataParams, toListInput } from './dataParams';

const load = createLoader(dataParams);

describe('toListInput', () => {
  it.each([
    'e=4,6&k3=5&se=0&min_val_top1=60&sort=val_top1&order=desc',
    'l5=4&max_latency_zcu102=2.5&split=test',
    'se3=1,0&k=3&min_throughput_a100=1000&max_throughput_a100=3000&sort=throughput_a100',
    '',
  ])('matches the REST API for ?%s', (query) => {
    const rest = Object.fromEntries(new URLSearchParams(query));
    const expected = architectureRestToInput(rest);
    const fromUrl = toListInput(load(`?${query}`));
    expect({ limit: 50, ...fromUrl }).toEqual({ ...expected, sort: expected.sort, order: expected.order });
  });

  it('ignores values a gene does not allow, and counts active filters', () => {
    const state = load('?e=4,9&l2=4&min_macs=300&split=val');
    expect(state.e).toEqual([4]);
    expect(state.l2).toEqual([]);
    expect(activeFilterCount(state)).toBe(3);
  });
});
