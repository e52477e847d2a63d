// URL state of /arch/[code] besides the code itself (which is the path): the device metric and the
// top-1 loss allowed for "best single edit", the architecture the predictions are compared with (`vs`),
// and the dataset (`dv`) and surrogate (`sv`) versions.
import { createParser, createSearchParamsCache, parseAsStringLiteral } from 'nuqs/server';
import { formatArchitectureCode, parseArchitectureCode } from '@/core/space/architectureCode';
import { DEVICE_METRIC_NAMES } from '@/core/targets';
import { surrogateVersionParam } from '@/components/explorer/paretoParams';
import { datasetVersionParam } from '@/lib/url/datasetVersionParam';
import { parseAsFloatInRange } from '@/lib/url/parseAsFloatInRange';

/** An architecture code, normalised; anything else is ignored (the view then compares with nothing). */
export const architectureCodeParam = createParser<string>({
  parse: (raw) => {
    const r = parseArchitectureCode(raw);
    return r.ok ? formatArchitectureCode(r.value) : null;
  },
  serialize: (v) => v,
});

export const editorParams = {
  /** The architecture every prediction is compared with: set to the first one edited, changeable. */
  vs: architectureCodeParam,
  /** Device metric the best single edit should improve. */
  bm: parseAsStringLiteral(DEVICE_METRIC_NAMES).withDefault('throughput_a100'),
  /** Most top-1 accuracy (percentage points) the best single edit may lose. */
  loss: parseAsFloatInRange(0, 10).withDefault(0.5),
  dv: datasetVersionParam,
  sv: surrogateVersionParam,
};

export const editorParamsCache = createSearchParamsCache(editorParams);
