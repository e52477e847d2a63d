// /search's URL as the race panel reads it: `w` and `target` nullable (absent means the metric's
// default), everything else defaulted, optimizers and metrics as their literal unions.
import { describe, expectTypeOf, it } from 'vitest';
import type { inferParserType } from 'nuqs/server';
import type { OptimizerId } from '@/core/search/optimizers';
import type { AccuracyName } from '@/core/search/accuracyNames';
import type { AnyDeviceMetricName } from './parseAsDeviceMetric';
import type { proxyParams } from './proxyParams';
import type { compareParams, CorrelationKind, DesignRuleId } from './compareParams';
import type { searchParams, tourParams } from './searchParams';

describe('searchParams', () => {
  it('types a race', () => {
    type Race = inferParserType<typeof searchParams>;
    expectTypeOf<Race>().toEqualTypeOf<{
      o: OptimizerId[];
      seeds: number;
      metric: AnyDeviceMetricName;
      acc: AccuracyName;
      budget: number;
      w: number | null;
      target: number | null;
      dv: string | null;
    }>();
    expectTypeOf<inferParserType<typeof tourParams>>().toEqualTypeOf<{ large: boolean }>();
  });
});

describe('compareParams and proxyParams', () => {
  it('type the /compare and /proxy views', () => {
    type Compare = inferParserType<typeof compareParams>;
    expectTypeOf<Compare['corr']>().toEqualTypeOf<CorrelationKind>();
    expectTypeOf<CorrelationKind>().toEqualTypeOf<'spearman' | 'kendall'>();
    expectTypeOf<Compare['rule']>().toEqualTypeOf<DesignRuleId>();
    expectTypeOf<Compare['a']>().toEqualTypeOf<AnyDeviceMetricName>();
    expectTypeOf<Compare['n']>().toEqualTypeOf<number>();
    // No default: the scatter shows per-architecture means over seeds when absent.
    expectTypeOf<inferParserType<typeof proxyParams>['seed']>().toEqualTypeOf<number | null>();
  });
});
