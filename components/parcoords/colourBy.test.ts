import { describe, expect, it } from 'vitest';
import { CATEGORICAL_PALETTE, colourBy, NO_BIN, SEQUENTIAL_PALETTE } from './colourBy';
import { axisById } from './parallelAxes';

describe('colourBy', () => {
  it('cuts a target into 8 equal bins over its extent, the maximum in the last', () => {
    const c = colourBy(axisById('val_top1')!, [60, 61.99, 62, 75.9, 76, NaN]);
    // Width (76 − 60) / 8 = 2.
    expect(Array.from(c.bins)).toEqual([0, 0, 1, 7, 7, NO_BIN]);
    expect(c.palette).toEqual(SEQUENTIAL_PALETTE);
    expect(c.legend[0]).toEqual({ colour: '#440154', label: '60.00–62.00' });
    expect(c.legend[7].label).toBe('74.00–76.00');
  });

  it('gives each choice of a gene its own colour', () => {
    const c = colourBy(axisById('se3')!, [1, 0, 0, 1]);
    expect(Array.from(c.bins)).toEqual([1, 0, 0, 1]);
    expect(c.legend).toEqual([
      { colour: CATEGORICAL_PALETTE[0], label: 'off' },
      { colour: CATEGORICAL_PALETTE[1], label: 'on' },
    ]);
    expect(colourBy(axisById('l5')!, [4]).legend.map((l) => l.label)).toEqual(['1', '2', '3', '4']);
  });

  it('puts a constant column in the first bin', () => {
    expect(Array.from(colourBy(axisById('latency_zcu102')!, [2, 2]).bins)).toEqual([0, 0]);
  });
});
