// URL state of /search, /searches and /tour. /search: a race is fully described by its URL (optimizers, seeds, device metric,
// accuracy target, budget, reward w and target), so replaying the URL replays the race exactly. The device metric is
// one of ANB's eight or a profiled device's (`<profile id>.latency`, #12), whose profile the page loads by that id.
// Shared by the page (createSearchParamsCache) and the client panel (useQueryStates).
import { createParser, createSearchParamsCache, parseAsStringLiteral } from 'nuqs/server';
import { ACCURACY_NAMES } from '@/core/search/accuracyNames';
import { OPTIMIZER_IDS, type OptimizerId } from '@/core/search/optimizers';
import { datasetVersionParam } from './datasetVersionParam';
import { parseAsDeviceMetric } from './parseAsDeviceMetric';
import { parseAsFlag } from './parseAsFlag';
import { parseAsIntegerInRange } from './parseAsIntegerInRange';

/** Bounds of a live race: runs × budget is what the worker evaluates, kept to a few minutes at worst. */
export const RACE_LIMITS = {
  budget: { min: 10, max: 20_000, default: 1000 },
  seeds: { min: 1, max: 10, default: 3 },
  /** The reward exponent and target; absent or out of range, the metric's own default applies. */
  w: { min: -10, max: 10 },
  target: { min: 1e-6, max: 1e9 },
} as const;

export const DEFAULT_OPTIMIZERS: OptimizerId[] = ['rs', 're', 'reinforce'];

const isOptimizerId = (s: string): s is OptimizerId => (OPTIMIZER_IDS as readonly string[]).includes(s);

/**
 * Optimizers as a comma list: unknown ids and repeats dropped, and a list with no known id at all is
 * no list (null: the default race), not an empty race — `o=foo` once raced nothing ("Race: × 3 seeds").
 * raceParamCorrections.ts says what was dropped.
 */
const parseAsOptimizers = createParser<OptimizerId[]>({
  parse(raw) {
    const ids = [...new Set(raw.split(',').map((s) => s.trim()))].filter(isOptimizerId);
    return ids.length > 0 ? ids : null;
  },
  serialize: (v) => v.join(','),
  eq: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]),
});

/** A float parser that keeps absent as null (meaning "the metric's default") and rejects junk. */
const parseAsOptionalFloat = (min: number, max: number) =>
  createParser<number>({
    parse(raw) {
      const n = Number(raw);
      return raw.trim() !== '' && Number.isFinite(n) && n >= min && n <= max ? n : null;
    },
    serialize: (v) => String(v),
  });

export const searchParams = {
  /** Optimizers racing, comma list. */
  o: parseAsOptimizers.withDefault(DEFAULT_OPTIMIZERS),
  /** Seeds 1..seeds per optimizer. */
  seeds: parseAsIntegerInRange(RACE_LIMITS.seeds.min, RACE_LIMITS.seeds.max).withDefault(RACE_LIMITS.seeds.default),
  metric: parseAsDeviceMetric.withDefault('throughput_vck190'),
  acc: parseAsStringLiteral(ACCURACY_NAMES).withDefault('val_top1'),
  budget: parseAsIntegerInRange(RACE_LIMITS.budget.min, RACE_LIMITS.budget.max).withDefault(RACE_LIMITS.budget.default),
  /** Reward exponent; absent: ±0.07 by the metric's direction. */
  w: parseAsOptionalFloat(RACE_LIMITS.w.min, RACE_LIMITS.w.max),
  /** Reward target; absent: the dataset's median of the metric. */
  target: parseAsOptionalFloat(RACE_LIMITS.target.min, RACE_LIMITS.target.max),
  dv: datasetVersionParam,
};

export const searchParamsCache = createSearchParamsCache(searchParams);

/** URL state of /searches: the dataset version banner only; the stored searches are what they are. */
export const searchesParams = { dv: datasetVersionParam };
export const searchesParamsCache = createSearchParamsCache(searchesParams);

/** URL state of /tour/N: large type for presenting, `large=true` or `large=1` (the step itself is the path). */
export const tourParams = { large: parseAsFlag.withDefault(false) };
export const tourParamsCache = createSearchParamsCache(tourParams);
