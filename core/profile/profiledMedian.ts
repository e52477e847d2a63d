// The median of a profiled metric (#12), where ANB's metrics use the measured dataset's median
// (core/search/datasetMedians.ts): the default reward target and the hypervolume's reference point of a
// search against a profiled device. A profiled device never ran the dataset's 5,138 networks, so its
// median is that of its predictions over a stated sample: PROFILED_MEDIAN_SAMPLE architectures drawn
// uniformly from the space with seed PROFILED_MEDIAN_SEED (the dataset's architectures were drawn
// uniformly too). The same sample in the browser, the worker and the CLI gives the same number.
import { median } from '../metrics/median';
import { createPrng } from '../random/prng';
import { sampleArchitecture } from '../space/sampleArchitecture';
import type { Architecture } from '../space/searchSpace';
import { predictProfiled, type MeasurementFit } from './fitDeviceProfile';

export const PROFILED_MEDIAN_SAMPLE = 1000;
export const PROFILED_MEDIAN_SEED = 1;

let sample: Architecture[] | null = null;

/** The stated sample, drawn once per process (1,000 architectures: a few ms to predict). */
export function profiledMedianSample(): readonly Architecture[] {
  if (!sample) {
    const rng = createPrng(PROFILED_MEDIAN_SEED);
    sample = Array.from({ length: PROFILED_MEDIAN_SAMPLE }, () => sampleArchitecture(rng));
  }
  return sample;
}

export function profiledMedian(fit: MeasurementFit): number {
  return median(
    profiledMedianSample()
      .map((a) => predictProfiled(fit, a).mean)
      .sort((a, b) => a - b),
  );
}
