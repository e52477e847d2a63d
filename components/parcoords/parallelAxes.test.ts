import { describe, expect, it } from 'vitest';
import { parseArchitectureCode } from '@/core/space/architectureCode';
import { packGeneIndex } from '@/core/space/geneIndex';
import { EFFICIENTNET_B0 } from '@/core/space/searchSpace';
import { axesOf, axisById, axisColumn, PARALLEL_AXES, type LineSource } from './parallelAxes';

describe('parallel axes', () => {
  it('are the 11 targets and the 28 genes, each once', () => {
    expect(PARALLEL_AXES).toHaveLength(39);
    expect(new Set(PARALLEL_AXES.map((a) => a.id)).size).toBe(39);
    expect(axesOf(['targets']).map((a) => a.id)).toEqual([
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
    expect(axesOf(['l']).map((a) => a.choices)).toEqual([
      [1, 2, 3],
      [1, 2, 3],
      [1, 2, 3],
      [1, 2, 3],
      [1, 2, 3],
      [1, 2, 3, 4],
      [1, 2, 3],
    ]);
    expect(axisById('se4')).toMatchObject({ label: 'Squeeze-excite, block 4', choices: [0, 1] });
    expect(axisById('latency_vck190')).toMatchObject({ unit: 'ms', direction: 'min' });
    expect(axisById('x9')).toBeUndefined();
  });

  it('read genes as the URL writes them (squeeze-excite 1/0) and targets as they are', () => {
    const other = parseArchitectureCode('1530-1530-1530-1530-1530-1530-1530');
    const archs = [EFFICIENTNET_B0, ...(other.ok ? [other.value] : [])];
    expect(archs).toHaveLength(2);
    const source: LineSource = { count: 2, genes: packGeneIndex(archs), target: () => [71.2, NaN] };
    expect(Array.from(axisColumn(source, axisById('e1')!))).toEqual([6, 1]);
    expect(Array.from(axisColumn(source, axisById('k2')!))).toEqual([5, 5]);
    expect(Array.from(axisColumn(source, axisById('l5')!))).toEqual([4, 3]);
    expect(Array.from(axisColumn(source, axisById('se0')!))).toEqual([1, 0]);
    expect(Array.from(axisColumn(source, axisById('val_top1')!))).toEqual([71.2, NaN]);
  });
});
