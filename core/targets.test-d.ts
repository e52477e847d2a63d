// The types derived from the DEVICES and TARGETS tables: exactly the dataset's names, total accessors,
// and tables keyed by DeviceId or DeviceMetricName that stop compiling when a device is missing.
import { describe, expectTypeOf, it } from 'vitest';
import { device, type DeviceId } from './devices';
import {
  measuredValue,
  parseTargetName,
  target,
  type DeviceMetricName,
  type MeasuredFields,
  type TargetField,
  type TargetName,
} from './targets';
import type { Result } from './result';

describe('derived unions', () => {
  it('TargetName is exactly the 11 targets of the dataset', () => {
    expectTypeOf<TargetName>().toEqualTypeOf<
      | 'val_top1'
      | 'val_top5'
      | 'train_time'
      | 'throughput_a100'
      | 'throughput_3090'
      | 'throughput_tpuv2'
      | 'throughput_tpuv3'
      | 'throughput_zcu102'
      | 'throughput_vck190'
      | 'latency_zcu102'
      | 'latency_vck190'
    >();
  });

  it('DeviceId is exactly the six accelerators', () => {
    expectTypeOf<DeviceId>().toEqualTypeOf<'a100' | '3090' | 'tpuv2' | 'tpuv3' | 'zcu102' | 'vck190'>();
  });

  it('every device has a throughput target, and latency exists on the FPGAs only', () => {
    expectTypeOf<Extract<DeviceMetricName, `throughput_${string}`>>().toEqualTypeOf<`throughput_${DeviceId}`>();
    expectTypeOf<Extract<DeviceMetricName, `latency_${string}`>>().toEqualTypeOf<'latency_zcu102' | 'latency_vck190'>();
  });

  it("a target's field is its name, or `<name>_mean` for a device metric", () => {
    expectTypeOf<TargetField>().toEqualTypeOf<'val_top1' | 'val_top5' | 'train_time' | `${DeviceMetricName}_mean`>();
  });
});

describe('accessors', () => {
  it('target() is total and keeps the row literal', () => {
    expectTypeOf(target).parameter(0).toEqualTypeOf<TargetName>();
    expectTypeOf(target('latency_zcu102').device).toEqualTypeOf<'zcu102'>();
    expectTypeOf(target('latency_zcu102').direction).toEqualTypeOf<'min'>();
    expectTypeOf(target('val_top1').field).toEqualTypeOf<'val_top1'>();
    expectTypeOf(target('throughput_3090').field).toEqualTypeOf<'throughput_3090_mean'>();
    // @ts-expect-error a free string is not a target name: parse it first
    target('throughput_h100');
  });

  it('device() is total over DeviceId', () => {
    expectTypeOf(device('3090').id).toEqualTypeOf<'3090'>();
    // @ts-expect-error not a device of the benchmark
    device('h100');
  });

  it('parseTargetName turns an outside string into a Result', () => {
    expectTypeOf(parseTargetName).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(parseTargetName).returns.toEqualTypeOf<Result<TargetName>>();
  });

  it('measuredValue reads any row holding every target field', () => {
    expectTypeOf(measuredValue).parameter(0).toEqualTypeOf<MeasuredFields>();
    const partial = { val_top1: 1, val_top5: 2, train_time: 3 };
    // @ts-expect-error a row without the device metrics' means is not a measured record
    measuredValue(partial, 'val_top1');
  });
});

describe('exhaustive tables', () => {
  it('a Record<DeviceId, …> missing a device does not compile', () => {
    const complete: Record<DeviceId, string> = { a100: '', '3090': '', tpuv2: '', tpuv3: '', zcu102: '', vck190: '' };
    expectTypeOf(complete).toEqualTypeOf<Record<DeviceId, string>>();
    // @ts-expect-error vck190 is missing
    const missing: Record<DeviceId, string> = { a100: '', '3090': '', tpuv2: '', tpuv3: '', zcu102: '' };
    expectTypeOf(missing).toBeObject();
  });

  it('a Record<DeviceMetricName, …> missing a metric does not compile', () => {
    // @ts-expect-error latency_vck190 is missing
    const missing: Record<DeviceMetricName, number> = {
      throughput_a100: 0,
      throughput_3090: 0,
      throughput_tpuv2: 0,
      throughput_tpuv3: 0,
      throughput_zcu102: 0,
      throughput_vck190: 0,
      latency_zcu102: 0,
    };
    expectTypeOf(missing).toBeObject();
  });
});
