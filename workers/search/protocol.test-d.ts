// The search worker's messages: every request and event carries the race it belongs to (the client
// drops events of older races by it), events narrow on `type`, and a spec names only known
// optimizers, device metrics and accuracy targets.
import { describe, expectTypeOf, it } from 'vitest';
import type { OptimizerId } from '@/core/search/optimizers';
import type { ProfiledMetricName } from '@/core/profile/profiledMetric';
import type { DeviceMetricName } from '@/core/targets';
import type { OodLevel } from '@/surrogates/runtime/outOfDistributionLevel';
import type { RaceSpec, RunFinal, RunProgress, SearchError, SearchEvent, SearchRequest } from './protocol';

describe('SearchRequest and SearchEvent', () => {
  it('all carry a race id', () => {
    expectTypeOf<SearchRequest['raceId']>().toEqualTypeOf<number>();
    expectTypeOf<SearchEvent['raceId']>().toEqualTypeOf<number>();
    expectTypeOf<SearchRequest['type']>().toEqualTypeOf<'start' | 'pause' | 'resume' | 'step' | 'speed'>();
    expectTypeOf<SearchEvent['type']>().toEqualTypeOf<'ready' | 'progress' | 'done' | 'error'>();
  });

  it('narrow on `type`', () => {
    const event = {} as SearchEvent;
    if (event.type === 'progress') expectTypeOf(event.runs).toEqualTypeOf<RunProgress[]>();
    if (event.type === 'done') expectTypeOf(event.finals).toEqualTypeOf<RunFinal[]>();
    if (event.type === 'error') expectTypeOf(event.error).toEqualTypeOf<SearchError>();
    expectTypeOf<Extract<SearchEvent, { type: 'ready' }>>().not.toHaveProperty('runs');
    expectTypeOf<Extract<SearchRequest, { type: 'start' }>['spec']>().toEqualTypeOf<RaceSpec>();
  });

  it('reject requests without their payload or race', () => {
    // @ts-expect-error: start needs the spec, paused and speed.
    const _start: SearchRequest = { type: 'start', raceId: 1 };
    // @ts-expect-error: every request names its race.
    const _pause: SearchRequest = { type: 'pause' };
  });
});

describe('RunFinal', () => {
  it("says where the best architecture's prediction sits against the training data", () => {
    expectTypeOf<RunFinal['bestOod']>().toEqualTypeOf<OodLevel>();
    expectTypeOf<RunFinal['bestOod']>().toEqualTypeOf<'in' | 'edge' | 'far'>();
  });
});

describe('RaceSpec', () => {
  it('names optimizers and metrics by their ids', () => {
    expectTypeOf<RaceSpec['runs'][number]['optimizer']>().toEqualTypeOf<OptimizerId>();
    expectTypeOf<RaceSpec['metric']>().toEqualTypeOf<DeviceMetricName | ProfiledMetricName>();
    expectTypeOf<RaceSpec['accuracy']>().toEqualTypeOf<'val_top1' | 'val_top5'>();
    // @ts-expect-error: top-1 accuracy is the accuracy target, not a device metric.
    const _spec: RaceSpec = { runs: [], metric: 'val_top1', accuracy: 'val_top1', budget: 100 };
  });
});
