// `dv` names a dataset version by a lower-case hex prefix of its sha256; anything else is dropped.
import { describe, expect, it } from 'vitest';
import { MEDIANS_DATASET_VERSION } from '@/core/search/datasetMedians';
import { DATASET_VERSION_PREFIX, datasetVersionParam } from './datasetVersionParam';

describe('datasetVersionParam', () => {
  it('keeps the 12-character prefix the app writes, and the full hash', () => {
    const prefix = MEDIANS_DATASET_VERSION.slice(0, DATASET_VERSION_PREFIX);
    expect(prefix).toBe('aed7f2c25dff');
    expect(datasetVersionParam.parse(prefix)).toBe(prefix);
    expect(datasetVersionParam.parse(MEDIANS_DATASET_VERSION)).toBe(MEDIANS_DATASET_VERSION);
    expect(datasetVersionParam.parse('aed7f2')).toBe('aed7f2');
  });

  it('drops prefixes shorter than 6 or longer than 64, upper case and non-hex', () => {
    for (const raw of ['aed7f', `${MEDIANS_DATASET_VERSION}0`, 'AED7F2C25DFF', 'aed7f2c25dfg', ' aed7f2c25dff', '']) {
      expect(datasetVersionParam.parse(raw), raw).toBeNull();
    }
  });
});
