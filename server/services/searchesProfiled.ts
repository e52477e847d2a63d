// `npm run search -- --device <profile id>` (#12): the same seeded searches as for ANB's devices
// (core/search/runSurrogateSearch), accuracy from the surrogate on onnxruntime-node and the hardware
// objective from a profiled device's kernel-level model, its profile read from the database the server
// uses. Its median over the stated sample (core/profile/profiledMedian.ts) stands in for the dataset's
// as reward target and reference. No 'server-only': the CLI runs it outside Next.js.
import { DATASET_MEDIANS, MEDIANS_DATASET_VERSION } from '@/core/search/datasetMedians';
import type { ProfileMetric } from '@/core/profile/deviceProfile';
import { predictProfiled, type MeasurementFit } from '@/core/profile/fitDeviceProfile';
import { PROFILED_MEDIAN_SAMPLE, PROFILED_MEDIAN_SEED, profiledMedian } from '@/core/profile/profiledMedian';
import { profiledMetricSpec, type ProfiledMetricName, type ProfiledMetricSpec } from '@/core/profile/profiledMetric';
import { runSurrogateSearch, type SurrogateSearchRun } from '@/core/search/runSurrogateSearch';
import { createNodePredictor } from '@/surrogates/runtime/createNodePredictor';
import type { Database } from '../db/openDatabase';
import { fittedProfile, rowById } from './deviceProfiles';
import type { SearchArgs } from './searchesCliArgs';
import { ServiceError } from './serviceError';

export interface ProfiledSearchDevice {
  id: string;
  name: string;
  spec: ProfiledMetricSpec;
  batch: number;
  fit: MeasurementFit;
  /** Median of the fit's predictions over the stated sample, in the metric's unit. */
  median: number;
}

/** The stored profile `id` fitted for `metric` (null: latency when profiled, else throughput). */
export async function profiledSearchDevice(db: Database, id: string, metric: ProfileMetric | null): Promise<ProfiledSearchDevice> {
  const row = await rowById(db, id);
  const fits = fittedProfile(row).fitted.fits;
  const fit = metric ? fits.find((f) => f.metric === metric) : (fits.find((f) => f.metric === 'latency') ?? fits[0]);
  if (!fit)
    throw new ServiceError(
      'bad_request',
      `Device ${row.name} (${id}) was not profiled for ${metric}; it has ${fits.map((f) => f.metric).join(', ')}. Pass --metric ${fits[0].metric}.`,
    );
  return {
    id,
    name: row.name,
    spec: profiledMetricSpec(id, row.name, fit.metric, fit.batch),
    batch: fit.batch,
    fit,
    median: profiledMedian(fit),
  };
}

export interface ProfiledSearchOutput {
  surrogate: { versionHash: string; modelSha256: string; dataContentHash: string };
  device: { id: string; name: string; metric: ProfiledMetricName; label: string; unit: string; batch: number; median: number };
  reference: { rule: string; datasetVersion: string; accuracyMedian: number; hardwareMedian: number };
  request: Pick<SearchArgs, 'optimizers' | 'accuracy' | 'budget' | 'seeds' | 'w' | 'target'>;
  runs: SurrogateSearchRun<ProfiledMetricName>[];
}

export async function runProfiledSearch(
  args: Pick<SearchArgs, 'optimizers' | 'accuracy' | 'budget' | 'seeds' | 'w' | 'target' | 'models'>,
  device: ProfiledSearchDevice,
  onRun?: (run: SurrogateSearchRun<ProfiledMetricName>) => void,
): Promise<ProfiledSearchOutput> {
  const predictor = await createNodePredictor(args.models);
  const hardware = (arch: Parameters<typeof predictProfiled>[1]) => predictProfiled(device.fit, arch).mean;
  try {
    const runs: SurrogateSearchRun<ProfiledMetricName>[] = [];
    for (const optimizer of args.optimizers)
      for (const seed of args.seeds) {
        const run = await runSurrogateSearch(
          {
            optimizer,
            seed,
            budget: args.budget,
            metric: device.spec.name,
            accuracy: args.accuracy,
            w: args.w,
            target: args.target,
            hardwareMedian: device.median,
          },
          async (archs) => (await predictor.predict(archs)).mean,
          predictor.targets,
          hardware,
        );
        runs.push(run);
        onRun?.(run);
      }
    return {
      surrogate: {
        versionHash: predictor.manifest.versionHash,
        modelSha256: predictor.manifest.model.sha256,
        dataContentHash: predictor.manifest.training.dataContentHash,
      },
      device: {
        id: device.id,
        name: device.name,
        metric: device.spec.name,
        label: device.spec.label,
        unit: device.spec.unit,
        batch: device.batch,
        median: device.median,
      },
      reference: {
        rule: `reference point = (median measured accuracy over the dataset, median of the profiled device's predictions over ${PROFILED_MEDIAN_SAMPLE} architectures sampled uniformly with seed ${PROFILED_MEDIAN_SEED}); the same median is the default reward target`,
        datasetVersion: MEDIANS_DATASET_VERSION,
        accuracyMedian: DATASET_MEDIANS[args.accuracy],
        hardwareMedian: device.median,
      },
      request: {
        optimizers: args.optimizers,
        accuracy: args.accuracy,
        budget: args.budget,
        seeds: args.seeds,
        w: args.w,
        target: args.target,
      },
      runs,
    };
  } finally {
    await predictor.release();
  }
}
