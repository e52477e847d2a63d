// URL state of /compare, shared by the page (server: createSearchParamsCache) and its panels (client:
// useQueryStates): correlation kind, the two devices (ANB's or profiled ones, #12) and N of the rank-flip view, the top-1
// threshold of the best-per-device table, the design rule shown, and the dataset version.
import { createSearchParamsCache, parseAsStringLiteral } from 'nuqs/server';
import { datasetVersionParam } from './datasetVersionParam';
import { parseAsDeviceMetric } from './parseAsDeviceMetric';
import { parseAsFloatInRange } from './parseAsFloatInRange';
import { parseAsIntegerInRange } from './parseAsIntegerInRange';

export const CORRELATION_KINDS = ['spearman', 'kendall'] as const;
export type CorrelationKind = (typeof CORRELATION_KINDS)[number];
export const DESIGN_RULE_IDS = ['se', 'k', 'e', 'l'] as const;
export type DesignRuleId = (typeof DESIGN_RULE_IDS)[number];

/** Bounds of N, the size of the rank-flip set; the same as compare.rankFlip's input. */
export const RANK_FLIP_N = { min: 5, max: 500, default: 50 } as const;

export const compareParams = {
  corr: parseAsStringLiteral(CORRELATION_KINDS).withDefault('spearman'),
  a: parseAsDeviceMetric.withDefault('throughput_a100'),
  b: parseAsDeviceMetric.withDefault('throughput_zcu102'),
  n: parseAsIntegerInRange(RANK_FLIP_N.min, RANK_FLIP_N.max).withDefault(RANK_FLIP_N.default),
  acc: parseAsFloatInRange(0, 100).withDefault(64),
  rule: parseAsStringLiteral(DESIGN_RULE_IDS).withDefault('se'),
  dv: datasetVersionParam,
};

export const compareParamsCache = createSearchParamsCache(compareParams);
