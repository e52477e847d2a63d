import { describe, expect, it } from 'vitest';
import { parseArchitectureCode } from '@/core/space/architectureCode';
import { packGeneIndex } from '@/core/space/geneIndex';
import type { TargetName } from '@/core/targets';
import type { LineSource } from './parallelAxes';
import { selectionMask, type MeasuredExtras } from './selectionMask';

const codes = [
  '1311-6321-6521-6331-6531-6541-6311', // EfficientNet-B0
  '1530-1530-1530-1530-1530-1530-1530',
  '4321-4321-4321-4321-4321-4341-4321',
];
const archs = codes.map((c) => {
  const r = parseArchitectureCode(c);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
});
const columns: Partial<Record<TargetName, number[]>> = { val_top1: [76.1, 70.5, 73.0], throughput_tpuv3: [1200, NaN, 900] };
const source: LineSource = { count: 3, genes: packGeneIndex(archs), target: (t) => columns[t] ?? [0, 0, 0] };
const extras: MeasuredExtras = { resultIds: [1, 2, 3], macs: [390, 120, 250], params: [5.3, 2.1, 3.9], splits: ['train', null, 'val'] };

const rows = (input: Parameters<typeof selectionMask>[1], x: MeasuredExtras | null = extras) => {
  const m = selectionMask(source, input, x);
  return { rows: Array.from(m.mask), selected: m.selected, ignored: m.ignored };
};

describe('selectionMask', () => {
  it('keeps everything without constraints', () => {
    expect(rows({})).toEqual({ rows: [1, 1, 1], selected: 3, ignored: [] });
  });

  it('applies all-block and per-block gene lists like the API', () => {
    // Expansion 4 or 6 in every block: B0 has e=1 in block 0, so only the third.
    expect(rows({ genes: { e: [4, 6] } }).rows).toEqual([0, 0, 1]);
    expect(rows({ blocks: { '5': { l: [4] } } }).rows).toEqual([1, 0, 1]);
    expect(rows({ blocks: { '0': { se: [false] } } }).rows).toEqual([0, 1, 0]);
    expect(rows({ blocks: { '2': { k: [5] }, '5': { l: [4] } } }).rows).toEqual([1, 0, 0]);
  });

  it('fails a range on a missing value and ANDs every range', () => {
    expect(rows({ ranges: { throughput_tpuv3: { max: 1000 } } }).rows).toEqual([0, 0, 1]);
    expect(rows({ ranges: { val_top1: { min: 72 }, macs: { max: 300 } } }).rows).toEqual([0, 0, 1]);
    expect(rows({ ranges: { val_top1: { min: 70.5, max: 76.1 } } }).selected).toBe(3);
  });

  it('filters by split, and says which constraints a predicted cloud cannot apply', () => {
    expect(rows({ split: 'none' }).rows).toEqual([0, 1, 0]);
    expect(rows({ split: 'val', ranges: { params: { min: 3 }, val_top1: { min: 72 } } }, null)).toEqual({
      rows: [1, 0, 1],
      selected: 2,
      ignored: ['params range', 'split'],
    });
  });
});
