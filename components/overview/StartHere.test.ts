// "Start here" offers the tour first and three real views, taken from the one list of views.
import { describe, expect, it } from 'vitest';
import { SITE_VIEWS } from '@/components/layout/siteViews';
import { startHereViews } from './StartHere';

describe('startHereViews', () => {
  it('puts the tour first, then the Pareto explorer, the editor on EfficientNet-B0 and the search race', () => {
    expect(startHereViews().map((v) => v.href)).toEqual(['/tour', '/pareto', '/arch/1311-6321-6521-6331-6531-6541-6311', '/search']);
  });

  it('says which view is missing when the list of views loses one', () => {
    expect(() => startHereViews(SITE_VIEWS.filter((v) => v.href !== '/pareto'))).toThrow(/no view at \/pareto in siteViews\.ts/);
  });
});
