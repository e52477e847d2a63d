// The CSV export: one header, one line per record, each device metric as a _mean/_std pair, missing
// values as empty cells, so that reading it back gives every value under its own column, named with its unit.
import { describe, expect, it } from 'vitest';
import { DEVICE_METRIC_NAMES } from '@/core/targets';
import type { ApiRecordLike } from './dataColumns';
import { CSV_HEADER, recordsToCsv } from './recordsToCsv';

function record(overrides: Partial<ApiRecordLike> = {}): ApiRecordLike {
  const measurements = Object.fromEntries(
    DEVICE_METRIC_NAMES.map((m, i) => [m, { mean: 100 + i, std: i / 10, unit: m.startsWith('latency') ? 'ms' : 'img/s' }]),
  ) as ApiRecordLike['measurements'];
  return {
    resultId: 17,
    code: '1311-6321-6521-6331-6531-6541-6311',
    split: 'train',
    valTop1: 76.34,
    valTop5: 92.9,
    trainTime: 1234.5,
    macs: 399.56,
    params: 5.288,
    measurements,
    ...overrides,
  };
}

/** Each line split on commas, keyed by the header: right while no cell holds a comma (none can, see below). */
function readBack(csv: string): Record<string, string>[] {
  const [header, ...rows] = csv
    .trimEnd()
    .split('\n')
    .map((line) => line.split(','));
  return rows.map((cells) => Object.fromEntries(header.map((h, i) => [h, cells[i]])));
}

describe('recordsToCsv', () => {
  it('has 8 record columns and a mean and std column for each of the 8 device metrics', () => {
    expect(CSV_HEADER.length).toBe(8 + 2 * 8);
    expect(CSV_HEADER.slice(0, 8)).toEqual([
      'result_id',
      'code',
      'split',
      'val_top1_pct',
      'val_top5_pct',
      'train_time_s',
      'macs_M',
      'params_M',
    ]);
    expect(CSV_HEADER.slice(8, 10)).toEqual(['throughput_a100_mean_img_per_s', 'throughput_a100_std_img_per_s']);
    expect(CSV_HEADER).toContain('latency_vck190_mean_ms');
    expect(new Set(CSV_HEADER).size).toBe(CSV_HEADER.length);
  });

  it('is the header alone, newline-terminated, for no records', () => {
    expect(recordsToCsv([])).toBe(`${CSV_HEADER.join(',')}\n`);
  });

  it('writes values unrounded under their own columns', () => {
    const csv = recordsToCsv([record(), record({ resultId: 18, valTop1: 70.1 })]);
    expect(csv.endsWith('\n')).toBe(true);
    const rows = readBack(csv);
    expect(rows.length).toBe(2);
    expect(rows[0]).toMatchObject({
      result_id: '17',
      code: '1311-6321-6521-6331-6531-6541-6311',
      split: 'train',
      val_top1_pct: '76.34',
      train_time_s: '1234.5',
      macs_M: '399.56',
      params_M: '5.288',
    });
    expect(rows[0][`${DEVICE_METRIC_NAMES[7]}_mean_ms`]).toBe('107');
    expect(rows[0][`${DEVICE_METRIC_NAMES[7]}_std_ms`]).toBe('0.7');
    expect(rows[1]).toMatchObject({ result_id: '18', val_top1_pct: '70.1' });
  });

  it('leaves missing measurements and the missing split empty, keeping every line as wide as the header', () => {
    const r = record({ split: null });
    r.measurements = { ...r.measurements, throughput_tpuv3: { mean: null, std: null, unit: 'img/s' } };
    const csv = recordsToCsv([r]);
    const line = csv.split('\n')[1];
    expect(line.split(',').length).toBe(CSV_HEADER.length);
    const [row] = readBack(csv);
    expect(row.split).toBe('');
    expect(row.throughput_tpuv3_mean_img_per_s).toBe('');
    expect(row.throughput_tpuv3_std_img_per_s).toBe('');
    expect(row.throughput_a100_mean_img_per_s).toBe(String(r.measurements.throughput_a100.mean));
  });

  it('needs no quoting: codes are digits and dashes, everything else numbers or a split name', () => {
    const csv = recordsToCsv([record(), record({ split: 'test', code: '6541-6541-6541-6541-6541-6541-6541' })]);
    expect(csv).not.toMatch(/["\r]/);
    expect(
      csv
        .split('\n')
        .slice(1, -1)
        .every((line) => line.split(',').length === CSV_HEADER.length),
    ).toBe(true);
  });
});
