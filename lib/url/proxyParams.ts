// URL state of /proxy: which seed the scatter shows (absent: the per-architecture means over seeds)
// and the dataset version.
import { createSearchParamsCache } from 'nuqs/server';
import { datasetVersionParam } from './datasetVersionParam';
import { parseAsIntegerInRange } from './parseAsIntegerInRange';

export const proxyParams = {
  seed: parseAsIntegerInRange(0, 1_000_000),
  dv: datasetVersionParam,
};

export const proxyParamsCache = createSearchParamsCache(proxyParams);
