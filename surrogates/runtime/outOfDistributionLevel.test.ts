import { describe, expect, it } from 'vitest';
import { OOD_THRESHOLDS, outOfDistributionLevel, type OodReference } from './outOfDistributionLevel';

const ref: OodReference = {
  featureNames: ['macs', 'layers'],
  features: { min: [100, 10], max: [500, 20] },
  targets: [
    { name: 'val_top1', min: 40, max: 60 },
    { name: 'throughput_a100', min: 1000, max: 30000 },
  ],
};

describe('outOfDistributionLevel', () => {
  it('is `in` with no reasons inside the box with predictions inside the training ranges', () => {
    expect(outOfDistributionLevel(ref, [300, 15], [50, 5000], 0.5)).toEqual({ level: 'in', edge: 0, reasons: [] });
  });

  it('is `edge` for a descriptor slightly beyond the box, naming it and by how much', () => {
    const v = outOfDistributionLevel(ref, [520, 15], [50, 5000]);
    expect(v.level).toBe('edge');
    expect(v.edge).toBeCloseTo(0.05, 12);
    expect(v.reasons).toEqual([{ kind: 'descriptor', feature: 'macs', value: 520, min: 100, max: 500, excess: expect.closeTo(0.05, 12) }]);
  });

  it('ignores an excess below EDGE_MIN (float noise at the faces of the box)', () => {
    expect(outOfDistributionLevel(ref, [500 + 400 * OOD_THRESHOLDS.EDGE_MIN * 0.5, 15], [50, 5000]).level).toBe('in');
  });

  it('flags a prediction beyond its target’s training range even inside the box (winner’s curse)', () => {
    const v = outOfDistributionLevel(ref, [300, 15], [61, 5000]);
    expect(v.level).toBe('edge');
    expect(v.reasons).toEqual([{ kind: 'prediction', target: 'val_top1', value: 61, min: 40, max: 60, excess: 0.05 }]);
    expect(outOfDistributionLevel(ref, [300, 15], [50, 500]).reasons[0]).toMatchObject({ target: 'throughput_a100', value: 500 });
  });

  it('is `far` beyond FAR_EDGE, FAR_PREDICTION or the gene percentile, most extreme descriptor first', () => {
    const v = outOfDistributionLevel(ref, [50, 25], [50, 5000]);
    expect(v.level).toBe('far');
    expect(v.edge).toBeCloseTo(0.125 + 0.5, 12);
    expect(v.reasons.map((r) => (r.kind === 'descriptor' ? r.feature : r.kind))).toEqual(['layers', 'macs']);
    expect(outOfDistributionLevel(ref, [300, 15], [63, 5000]).level).toBe('far');
    expect(outOfDistributionLevel(ref, [300, 15], [50, 5000], 0.995)).toEqual({
      level: 'far',
      edge: 0,
      reasons: [{ kind: 'genes', percentile: 0.995 }],
    });
  });
});
