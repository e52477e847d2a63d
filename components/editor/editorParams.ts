// URL state of /arch/[code] besides the code itself (which is the path): the device metric and the
// top-1 loss allowed for "best single edit", the architecture the predictions are compared with (`vs`),
// the profiled devices linked into the prediction table (`device`, #12), and the dataset (`dv`) and
// surrogate (`sv`) versions.
import { createParser, createSearchParamsCache, parseAsStringLiteral } from 'nuqs/server';
import { isProfileId } from '@/core/profile/profiledMetric';
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

/** Most profiled devices a link names: each is a fetch and a row or two of the table. */
export const MAX_LINKED_DEVICES = 4;

/** Profiled device ids as a comma list; anything not an id and repeats dropped, at most MAX_LINKED_DEVICES. */
export const profileIdsParam = createParser<string[]>({
  parse: (raw) => {
    const ids = [...new Set(raw.split(',').map((s) => s.trim()))].filter(isProfileId).slice(0, MAX_LINKED_DEVICES);
    return ids.length > 0 ? ids : null;
  },
  serialize: (v) => v.join(','),
  eq: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]),
});

export const editorParams = {
  /** The architecture every prediction is compared with: set to the first one edited, changeable. */
  vs: architectureCodeParam,
  /** Device metric the best single edit should improve. */
  bm: parseAsStringLiteral(DEVICE_METRIC_NAMES).withDefault('throughput_a100'),
  /** Most top-1 accuracy (percentage points) the best single edit may lose. */
  loss: parseAsFloatInRange(0, 10).withDefault(0.5),
  /** Profiled devices shown in the prediction table whatever else this server lists. */
  device: profileIdsParam.withDefault([]),
  dv: datasetVersionParam,
  sv: surrogateVersionParam,
};

export const editorParamsCache = createSearchParamsCache(editorParams);
