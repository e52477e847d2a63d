// What the explorer reads from /pareto's URL, as types: a parameter with a default is never null,
// one without is, and literal parsers give the literal unions the charts switch on.
import { describe, expectTypeOf, it } from 'vitest';
import type { AxisId } from '@/components/parcoords/parallelAxes';
import type { DeviceMetricName } from '@/core/targets';
import type { AnyDeviceMetricName } from '@/lib/url/parseAsDeviceMetric';
import type { GeneFilter } from '@/core/space/geneFilter';
import { paretoParamsCache, toGeneFilter, type AccuracyTarget, type ParetoState } from './paretoParams';

describe('ParetoState', () => {
  it('is non-null where the parser has a default', () => {
    expectTypeOf<ParetoState['metric']>().toEqualTypeOf<AnyDeviceMetricName>();
    expectTypeOf<ParetoState['acc']>().toEqualTypeOf<AccuracyTarget>();
    expectTypeOf<AccuracyTarget>().toEqualTypeOf<'val_top1' | 'val_top5'>();
    expectTypeOf<ParetoState['e']>().toEqualTypeOf<number[]>();
    expectTypeOf<ParetoState['n']>().toEqualTypeOf<number>();
    expectTypeOf<ParetoState['ov']>().toEqualTypeOf<DeviceMetricName[]>();
    expectTypeOf<ParetoState['ood']>().toEqualTypeOf<'show' | 'hide'>();
  });

  it('is nullable where absence means something (whole extent, no version pinned)', () => {
    expectTypeOf<ParetoState['x0']>().toEqualTypeOf<number | null>();
    expectTypeOf<ParetoState['dv']>().toEqualTypeOf<string | null>();
    expectTypeOf<ParetoState['sv']>().toEqualTypeOf<string | null>();
    expectTypeOf<ParetoState['cb']>().toEqualTypeOf<AxisId | null>();
  });

  it('has no keys besides the documented ones', () => {
    expectTypeOf<keyof ParetoState>().toEqualTypeOf<
      'metric' | 'acc' | 'e' | 'k' | 'l' | 'se' | 'n' | 'seed' | 'ov' | 'ood' | 'x0' | 'x1' | 'y0' | 'y1' | 'cb' | 'dv' | 'sv'
    >();
  });

  it('is what the server-side cache gives a page', () => {
    expectTypeOf(paretoParamsCache.all).returns.toEqualTypeOf<ParetoState>();
  });
});

describe('toGeneFilter', () => {
  it('needs only the gene lists and gives the worker’s filter', () => {
    expectTypeOf(toGeneFilter).parameter(0).toEqualTypeOf<Pick<ParetoState, 'e' | 'k' | 'l' | 'se'>>();
    expectTypeOf(toGeneFilter).returns.toEqualTypeOf<GeneFilter>();
    // @ts-expect-error: squeeze-excite comes from the URL as 1/0, not as booleans.
    toGeneFilter({ e: [], k: [], l: [], se: [true] });
  });
});
