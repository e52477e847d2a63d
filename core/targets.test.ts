import { describe, expect, it } from 'vitest';
import { DEVICE_IDS, DEVICES, device, isDeviceId } from './devices';
import {
  DEVICE_METRIC_NAMES,
  TARGETS,
  TARGET_NAMES,
  deviceMetrics,
  isDeviceMetricName,
  isTargetName,
  measuredValue,
  parseTargetName,
  target,
  type MeasuredFields,
} from './targets';

describe('TARGETS', () => {
  it('holds the 11 dataset targets in the order of the surrogate columns', () => {
    expect(TARGET_NAMES).toEqual([
      'val_top1',
      'val_top5',
      'train_time',
      'throughput_a100',
      'throughput_3090',
      'throughput_tpuv2',
      'throughput_tpuv3',
      'throughput_zcu102',
      'throughput_vck190',
      'latency_zcu102',
      'latency_vck190',
    ]);
    expect(DEVICE_METRIC_NAMES).toEqual(TARGET_NAMES.slice(3));
  });

  it('labels every device metric with the one short device name', () => {
    expect(TARGETS.map((t) => t.label)).toEqual([
      'Top-1 accuracy',
      'Top-5 accuracy',
      'Training time (proxy)',
      'Throughput A100',
      'Throughput RTX 3090',
      'Throughput TPUv2',
      'Throughput TPUv3',
      'Throughput ZCU102',
      'Throughput VCK190',
      'Latency ZCU102',
      'Latency VCK190',
    ]);
    expect(TARGETS.map((t) => t.short)).toEqual([
      'Top-1',
      'Top-5',
      'Training time (proxy)',
      'A100 thr.',
      'RTX 3090 thr.',
      'TPUv2 thr.',
      'TPUv3 thr.',
      'ZCU102 thr.',
      'VCK190 thr.',
      'ZCU102 lat.',
      'VCK190 lat.',
    ]);
  });

  it('gives units, directions and fields as the dataset and the records table have them', () => {
    expect(target('throughput_3090')).toMatchObject({
      unit: 'img/s',
      direction: 'max',
      kind: 'throughput',
      device: '3090',
      field: 'throughput_3090_mean',
    });
    expect(target('latency_vck190')).toMatchObject({
      unit: 'ms',
      direction: 'min',
      kind: 'latency',
      device: 'vck190',
      field: 'latency_vck190_mean',
    });
    expect(target('train_time')).toMatchObject({ unit: 's', direction: 'min', field: 'train_time' });
    expect(target('val_top5')).toMatchObject({ unit: '%', direction: 'max', field: 'val_top5' });
  });

  it('lists the metrics of each device, latency on the FPGAs only', () => {
    expect(DEVICE_IDS.map((id) => deviceMetrics(id).map((t) => t.name))).toEqual([
      ['throughput_a100'],
      ['throughput_3090'],
      ['throughput_tpuv2'],
      ['throughput_tpuv3'],
      ['throughput_zcu102', 'latency_zcu102'],
      ['throughput_vck190', 'latency_vck190'],
    ]);
  });
});

describe('names from outside', () => {
  it('parses target names and rejects others with the allowed list', () => {
    expect(parseTargetName('latency_zcu102')).toEqual({ ok: true, value: 'latency_zcu102' });
    const bad = parseTargetName('latency_a100');
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.error).toEqual({ code: 'unknown_target', message: `"latency_a100" is not a target; allowed: ${TARGET_NAMES.join(', ')}` });
    expect(isTargetName('throughput_mean')).toBe(false);
    expect(isDeviceMetricName('val_top1')).toBe(false);
    expect(isDeviceMetricName('throughput_tpuv3')).toBe(true);
    expect(isDeviceId('3090')).toBe(true);
    expect(isDeviceId('RTX 3090')).toBe(false);
  });
});

describe('DEVICES', () => {
  it('keeps the dataset order, with 3090 second (not first, as an integer-like object key would be)', () => {
    expect(DEVICE_IDS).toEqual(['a100', '3090', 'tpuv2', 'tpuv3', 'zcu102', 'vck190']);
    expect(DEVICES.map((d) => d.short)).toEqual(['A100', 'RTX 3090', 'TPUv2', 'TPUv3', 'ZCU102', 'VCK190']);
    expect(device('zcu102').name).toBe('Zynq UltraScale+ ZCU102');
  });
});

describe('measuredValue', () => {
  it('reads accuracy directly and a device metric from its mean field', () => {
    const row = Object.fromEntries(TARGETS.map((t, i) => [t.field, i])) as unknown as MeasuredFields;
    expect(measuredValue(row, 'val_top1')).toBe(0);
    expect(measuredValue(row, 'throughput_3090')).toBe(4);
    expect(measuredValue({ ...row, latency_vck190_mean: null }, 'latency_vck190')).toBeNull();
  });
});
