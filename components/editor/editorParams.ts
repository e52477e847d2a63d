// URL state of /arch/[code] besides the code itself (which is the path): the device metric and the
// top-1 loss allowed for "best single edit", and the dataset (`dv`) and surrogate (`sv`) versions.
import { createSearchParamsCache, parseAsStringLiteral } from 'nuqs/server';
import { DEVICE_METRIC_NAMES } from '@/core/targets';
import { surrogateVersionParam } from '@/components/explorer/paretoParams';
import { datasetVersionParam } from '@/lib/url/datasetVersionParam';
import { parseAsFloatInRange } from '@/lib/url/parseAsFloatInRange';

export const editorParams = {
  /** Device metric the best single edit should improve. */
  bm: parseAsStringLiteral(DEVICE_METRIC_NAMES).withDefault('throughput_a100'),
  /** Most top-1 accuracy (percentage points) the best single edit may lose. */
  loss: parseAsFloatInRange(0, 10).withDefault(0.5),
  dv: datasetVersionParam,
  sv: surrogateVersionParam,
};

export const editorParamsCache = createSearchParamsCache(editorParams);
