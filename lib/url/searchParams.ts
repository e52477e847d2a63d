// URL state of /search, /searches and /tour. /search: a race is fully described by its URL (optimizers, seeds, device metric,
// accuracy target, budget, reward w and target), so replaying the URL replays the race exactly.
// Shared by the page (createSearchParamsCache) and the client panel (useQueryStates).
import { createParser, createSearchParamsCache, parseAsArrayOf, parseAsStringLiteral } from 'nuqs/server';
import { ACCURACY_NAMES } from '@/core/search/accuracyNames';
import { OPTIMIZER_IDS } from '@/core/search/optimizers';
import { DEVICE_METRIC_NAMES } from '@/core/targets';
import { datasetVersionParam } from './datasetVersionParam';
import { parseAsFlag } from './parseAsFlag';
import { parseAsIntegerInRange } from './parseAsIntegerInRange';

/** Bounds of a live race: runs × budget is what the worker evaluates, kept to a few minutes at worst. */
export const RACE_LIMITS = { budget: { min: 10, max: 20_000, default: 1000 }, seeds: { min: 1, max: 10, default: 3 } } as const;

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
  o: parseAsArrayOf(parseAsStringLiteral(OPTIMIZER_IDS)).withDefault(['rs', 're', 'reinforce']),
  /** Seeds 1..seeds per optimizer. */
  seeds: parseAsIntegerInRange(RACE_LIMITS.seeds.min, RACE_LIMITS.seeds.max).withDefault(RACE_LIMITS.seeds.default),
  metric: parseAsStringLiteral(DEVICE_METRIC_NAMES).withDefault('throughput_vck190'),
  acc: parseAsStringLiteral(ACCURACY_NAMES).withDefault('val_top1'),
  budget: parseAsIntegerInRange(RACE_LIMITS.budget.min, RACE_LIMITS.budget.max).withDefault(RACE_LIMITS.budget.default),
  /** Reward exponent; absent: ±0.07 by the metric's direction. */
  w: parseAsOptionalFloat(-10, 10),
  /** Reward target; absent: the dataset's median of the metric. */
  target: parseAsOptionalFloat(1e-6, 1e9),
  dv: datasetVersionParam,
};

export const searchParamsCache = createSearchParamsCache(searchParams);

/** URL state of /searches: the dataset version banner only; the stored searches are what they are. */
export const searchesParams = { dv: datasetVersionParam };
export const searchesParamsCache = createSearchParamsCache(searchesParams);

/** URL state of /tour/N: large type for presenting, `large=true` or `large=1` (the step itself is the path). */
export const tourParams = { large: parseAsFlag.withDefault(false) };
export const tourParamsCache = createSearchParamsCache(tourParams);
