// URL state of /pareto, shared by the page (server: createSearchParamsCache) and the explorer (client:
// useQueryStates): the device metric and accuracy plotted, gene filters (the REST API's own keys
// `e`, `k`, `l`, `se`, applying to every block), the predicted cloud's size and seed, the devices of
// the normalised overlay, whether extrapolated predictions are hidden (`ood=hide`), the zoom window, the
// measured points' colour-by axis (`cb`: any gene or target), and the dataset (`dv`) and surrogate (`sv`) versions.
import {
  createParser,
  createSearchParamsCache,
  parseAsArrayOf,
  parseAsFloat,
  parseAsNumberLiteral,
  parseAsStringLiteral,
  type inferParserType,
} from 'nuqs/server';
import type { GeneFilter } from '@/core/space/geneFilter';
import { colourByParam } from '@/components/parcoords/parcoordsParams';
import { EXPANSIONS, KERNELS } from '@/core/space/searchSpace';
import { DEVICE_METRIC_NAMES } from '@/core/targets';
import { datasetVersionParam } from '@/lib/url/datasetVersionParam';
import { parseAsDeviceMetric } from '@/lib/url/parseAsDeviceMetric';
import { parseAsIntegerInRange } from '@/lib/url/parseAsIntegerInRange';

export const ACCURACY_TARGETS = ['val_top1', 'val_top5'] as const;
export type AccuracyTarget = (typeof ACCURACY_TARGETS)[number];

/** Sample sizes of the predicted cloud; 100,000 by default (the worker allows up to 200,000). */
export const CLOUD_SIZE = { min: 0, max: 200_000, default: 100_000 } as const;
export const CLOUD_PRESETS = [0, 10_000, 50_000, 100_000, 200_000] as const;

/** `sv`: the surrogate version a link was made with, a hex prefix of manifest.versionHash. */
export const SURROGATE_VERSION_PREFIX = 12;
export const surrogateVersionParam = createParser<string>({
  parse: (raw) => (/^[0-9a-f]{6,64}$/.test(raw) ? raw : null),
  serialize: (v) => v,
});

const geneList = (values: readonly number[]) => parseAsArrayOf(parseAsNumberLiteral(values)).withDefault([]);

export const OOD_VISIBILITY = ['show', 'hide'] as const;

export const DEFAULT_OVERLAY = ['throughput_a100', 'throughput_tpuv3', 'throughput_zcu102', 'latency_vck190'] as const;

export const paretoParams = {
  /** One of ANB's eight device metrics or a profiled device's (`u3fa9c2d1e0ab.latency`, #12). */
  metric: parseAsDeviceMetric.withDefault('throughput_a100'),
  acc: parseAsStringLiteral(ACCURACY_TARGETS).withDefault('val_top1'),
  e: geneList(EXPANSIONS),
  k: geneList(KERNELS),
  l: geneList([1, 2, 3, 4]),
  se: geneList([1, 0]),
  n: parseAsIntegerInRange(CLOUD_SIZE.min, CLOUD_SIZE.max).withDefault(CLOUD_SIZE.default),
  seed: parseAsIntegerInRange(0, 999_999).withDefault(1),
  ov: parseAsArrayOf(parseAsStringLiteral(DEVICE_METRIC_NAMES)).withDefault([...DEFAULT_OVERLAY]),
  /** Predicted points the surrogate flags as extrapolated (level edge or far): shown and marked, or hidden. */
  ood: parseAsStringLiteral(OOD_VISIBILITY).withDefault('show'),
  /** Zoom window in data units; absent: the whole extent. */
  x0: parseAsFloat,
  x1: parseAsFloat,
  y0: parseAsFloat,
  y1: parseAsFloat,
  /** Colour the measured points by a gene or target (parcoords/colourBy); absent: one colour. */
  cb: colourByParam,
  dv: datasetVersionParam,
  sv: surrogateVersionParam,
};

export type ParetoState = inferParserType<typeof paretoParams>;
export const paretoParamsCache = createSearchParamsCache(paretoParams);

/** The worker's gene filter for the URL's lists (squeeze-excite as 1/0 there). */
export function toGeneFilter(state: Pick<ParetoState, 'e' | 'k' | 'l' | 'se'>): GeneFilter {
  const f: GeneFilter = {};
  if (state.e.length) f.e = [...new Set(state.e)];
  if (state.k.length) f.k = [...new Set(state.k)];
  if (state.l.length) f.l = [...new Set(state.l)];
  if (state.se.length) f.se = [...new Set(state.se)].map((v) => v === 1);
  return f;
}
