import { describe, expect, it } from 'vitest';
import { target } from '@/core/targets';
import { describeScatterPoint, scatterPointLabel } from './describeScatterPoint';

describe('describeScatterPoint', () => {
  it('prints throughput whole with thousands separators and top-1 to 2 decimals', () => {
    const t = describeScatterPoint('1311-6321-6521-6331-6531-6541-6311', 77.6912, 12345.6, target('throughput_a100'));
    expect(t).toEqual({
      code: '1311-6321-6521-6331-6531-6541-6311',
      top1: 'Top-1 77.69 %',
      metric: `${target('throughput_a100').label} 12,346 img/s`,
    });
    expect(scatterPointLabel(t)).toBe(
      `1311-6321-6521-6331-6531-6541-6311: Top-1 77.69 %, ${target('throughput_a100').label} 12,346 img/s; open in the editor`,
    );
  });

  it('prints latency to 3 significant figures', () => {
    expect(describeScatterPoint('c', 70, 1.23456, target('latency_vck190')).metric).toBe(`${target('latency_vck190').label} 1.23 ms`);
  });
});
