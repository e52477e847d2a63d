// URL state of /devices/new: what the profile will measure, so a link sets up the same profile (the
// name too). The run itself (progress, timings) is not view state: it lives in the page and, for a
// resume after a reload, in localStorage (components/devices/profileRunStore.ts).
import { createSearchParamsCache, parseAsString, parseAsStringLiteral } from 'nuqs/server';
import { MAX_PROFILE_BATCH, MAX_PROFILE_ROUNDS } from '@/core/profile/deviceProfile';
import { DEFAULT_REPEATS } from '@/core/profile/runProfile';
import { datasetVersionParam } from './datasetVersionParam';
import { parseAsIntegerInRange } from './parseAsIntegerInRange';

/** Bounds of the form. Held-out networks start at 2: fewer give no validation numbers to show. */
export const PROFILE_FORM_LIMITS = {
  batch: { min: 2, max: MAX_PROFILE_BATCH, default: 8 },
  samples: { min: 3, max: 500, default: 20 },
  heldOut: { min: 2, max: 1000, default: 50 },
  // Fewer rounds than the CLI's DEFAULT_ROUNDS: in headless Chromium here (wasm, 2 threads) a network
  // takes ~0.39 s per round against the CLI's ~0.07 s, so 16 rounds took 475 s; 8 stay under 5 minutes.
  rounds: { min: 2, max: MAX_PROFILE_ROUNDS, default: 8 },
  repeats: { min: 3, max: 1000, default: DEFAULT_REPEATS },
} as const;

export const PROFILE_MEASURE = ['latency', 'throughput', 'both'] as const;

const int = (k: keyof typeof PROFILE_FORM_LIMITS) =>
  parseAsIntegerInRange(PROFILE_FORM_LIMITS[k].min, PROFILE_FORM_LIMITS[k].max).withDefault(PROFILE_FORM_LIMITS[k].default);

export const deviceProfileParams = {
  name: parseAsString.withDefault(''),
  measure: parseAsStringLiteral(PROFILE_MEASURE).withDefault('latency'),
  batch: int('batch'),
  samples: int('samples'),
  heldout: int('heldOut'),
  rounds: int('rounds'),
  repeats: int('repeats'),
  dv: datasetVersionParam,
};

export const deviceProfileParamsCache = createSearchParamsCache(deviceProfileParams);

/** URL state of /devices and /devices/[id]: the dataset version banner only. */
export const devicesParamsCache = createSearchParamsCache({ dv: datasetVersionParam });
