import { describe, expect, it } from 'vitest';
import { describeOodReasons, featureLabel } from './describeOodReasons';

describe('featureLabel', () => {
  it('names genes, stage descriptors and totals as a reader says them', () => {
    expect(featureLabel('block5_l')).toBe('block 5 layers');
    expect(featureLabel('block0_se')).toBe('block 0 squeeze-excite');
    expect(featureLabel('stage3_params')).toBe('stage 3 parameters');
    expect(featureLabel('macs')).toBe('total MACs');
    expect(featureLabel('something_new')).toBe('something_new');
  });
});

describe('describeOodReasons', () => {
  it('says which side of the trained range each descriptor and prediction is on, with units', () => {
    expect(
      describeOodReasons([
        { kind: 'descriptor', feature: 'macs', value: 57.04, min: 84.12, max: 712.3, excess: 0.04 },
        { kind: 'prediction', target: 'throughput_a100', value: 45_375.2, min: 1_200, max: 30_275, excess: 0.52 },
        { kind: 'prediction', target: 'val_top1', value: 39.96, min: 40.5, max: 67.05, excess: 0.02 },
      ]),
    ).toEqual([
      'total MACs 57 M, below the trained 84.1–712 M',
      'predicted A100 throughput 45,375 img/s, above the highest value trained on (30,275 img/s)',
      'predicted Top-1 39.96 %, below the lowest value trained on (40.50 %)',
    ]);
  });

  it('keeps the first `limit` of each kind and counts the rest; adds the gene distance', () => {
    const d = (feature: string) => ({ kind: 'descriptor' as const, feature, value: 5, min: 1, max: 4, excess: 0.3 });
    expect(describeOodReasons([d('block1_l'), d('block2_l'), d('block3_l'), { kind: 'genes', percentile: 0.995 }], 2)).toEqual([
      'block 1 layers 5, above the trained 1–4',
      'block 2 layers 5, above the trained 1–4',
      '1 more descriptors beyond the trained range',
      'its genes are further from the training set than 100% of test architectures',
    ]);
  });
});
