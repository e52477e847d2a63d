// URL state of /surrogates: the target whose predictions are drawn against the measurements, and the
// dataset version. The target is read by the server too: the page sends only that target's 512 test
// points (all 11 targets' were 0.9 MB of page data, parsed in one 1 s task), so choosing another one
// asks the server again (shallow: false) instead of filtering in the browser.
import { createSearchParamsCache, parseAsStringLiteral } from 'nuqs/server';
import { TARGET_NAMES } from '@/core/targets';
import { datasetVersionParam } from './datasetVersionParam';

export const surrogatesParams = {
  target: parseAsStringLiteral(TARGET_NAMES).withDefault('val_top1').withOptions({ shallow: false }),
  dv: datasetVersionParam,
};

export const surrogatesParamsCache = createSearchParamsCache(surrogatesParams);
