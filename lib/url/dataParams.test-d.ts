// /data's parameter names are computed from template literal types; these pin what they expand to,
// so a typo in a key (`e7`, `min_top1`) is a compile error, not a silently ignored parameter.
import { describe, expectTypeOf, it } from 'vitest';
import type { DeviceMetricName } from '@/core/targets';
import {
  CLEARED_FILTERS,
  dataParamsCache,
  toListInput,
  type ArchitectureListInput,
  type DataState,
  type GeneParam,
  type RangeParam,
} from './dataParams';

describe('GeneParam and RangeParam', () => {
  it('name each gene for all blocks and for blocks 0–6', () => {
    expectTypeOf<'e'>().toExtend<GeneParam>();
    expectTypeOf<'se6'>().toExtend<GeneParam>();
    expectTypeOf<'e7'>().not.toExtend<GeneParam>();
    expectTypeOf<'x0'>().not.toExtend<GeneParam>();
    // 4 genes × (all blocks + 7 blocks)
    expectTypeOf<GeneParam>().toEqualTypeOf<`${'e' | 'k' | 'l' | 'se'}${'' | '0' | '1' | '2' | '3' | '4' | '5' | '6'}`>();
  });

  it('name a min and a max for each sortable column', () => {
    expectTypeOf<'min_val_top1' | 'max_latency_vck190' | 'min_result_id'>().toExtend<RangeParam>();
    expectTypeOf<`max_${DeviceMetricName}`>().toExtend<RangeParam>();
    expectTypeOf<'min_top1'>().not.toExtend<RangeParam>();
  });
});

describe('DataState', () => {
  it('holds gene lists, nullable ranges and a nullable split', () => {
    expectTypeOf<DataState['k3']>().toEqualTypeOf<number[]>();
    expectTypeOf<DataState['min_throughput_a100']>().toEqualTypeOf<number | null>();
    expectTypeOf<DataState['split']>().toEqualTypeOf<'train' | 'val' | 'test' | 'none' | null>();
    expectTypeOf<DataState['order']>().toEqualTypeOf<'asc' | 'desc'>();
    expectTypeOf(dataParamsCache.all).returns.toEqualTypeOf<DataState>();
    const state = {} as DataState;
    // @ts-expect-error: there is no block 7.
    void state.e7;
  });
});

describe('toListInput', () => {
  it('gives the list procedure’s input without paging', () => {
    expectTypeOf(toListInput).returns.toEqualTypeOf<Omit<ArchitectureListInput, 'cursor' | 'limit'>>();
    expectTypeOf(toListInput).returns.not.toHaveProperty('cursor');
    expectTypeOf<ArchitectureListInput>().toHaveProperty('cursor');
  });
});

describe('CLEARED_FILTERS', () => {
  it('sets only filter keys, and only to null', () => {
    expectTypeOf(CLEARED_FILTERS).toEqualTypeOf<Partial<Record<GeneParam | RangeParam | 'split', null>>>();
    expectTypeOf<'sort'>().not.toExtend<keyof typeof CLEARED_FILTERS>();
  });
});
