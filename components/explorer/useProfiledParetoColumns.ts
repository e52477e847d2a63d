'use client';
// /pareto's hardware axis when the device metric is a profiled device (#12): no record was measured on
// it, so every x is the profile's prediction (core/profile/predictProfiledRows) with the profile's std.
// The 5,138 measured records take ~8 ms here; the predicted cloud (up to 200,000 rows, ~160 ms of
// predictions and a front) goes to the profiled-cloud worker, batch by batch as the cloud streams in.
import { useEffect, useMemo, useState } from 'react';
import type { Direction } from '@/core/targets';
import type { MeasurementFit } from '@/core/profile/fitDeviceProfile';
import { predictProfiledRows } from '@/core/profile/predictProfiledRows';
import { GENE_COUNT } from '@/core/space/geneIndex';
import { profiledCloud } from '@/workers/profiled/client';
import type { ProfiledCloud, ProfiledError } from '@/workers/profiled/protocol';
import { inDistributionIndices } from './inDistributionIndices';
import type { MeasuredDataset } from './useMeasuredDataset';
import type { PredictedCloud } from './useSurrogateCloud';

export interface ProfiledParetoColumns {
  direction: Direction;
  /** One value per measured record (the dataset's order): the profile's prediction and its std. */
  measured: { xs: Float64Array; xStd: Float64Array } | null;
  /** The cloud's first `count` rows on the profile and their front; null until the worker answers. */
  cloud: ProfiledCloud | null;
  error: ProfiledError | null;
}

export function useProfiledParetoColumns(
  fit: MeasurementFit | null,
  data: MeasuredDataset | undefined,
  cloud: PredictedCloud,
  yColumn: number | null,
  targets: number | null,
  yDirection: Direction,
  hideOod: boolean,
): ProfiledParetoColumns | null {
  const measured = useMemo(() => {
    if (!fit || !data) return null;
    const out = { mean: new Float64Array(data.count), std: new Float64Array(data.count) };
    predictProfiledRows(fit, data.genes, 0, data.count, out);
    return { xs: out.mean, xStd: out.std };
  }, [fit, data]);

  const { genes, mean, ood, done, cloudId } = cloud;
  // Keyed by what the answer depends on: an answer for another fit, cloud, accuracy or OOD setting is stale.
  const key = fit && yColumn !== null && targets ? `${fit.metric}|${fit.intercept}|${fit.slope}|${yColumn}|${hideOod}` : null;
  const [answer, setAnswer] = useState<{ key: string; source: number | null; cloud: ProfiledCloud | null; error: ProfiledError | null }>();
  useEffect(() => {
    if (!fit || key === null || yColumn === null || !targets || done === 0) return;
    let live = true;
    const ys = new Float32Array(done);
    for (let i = 0; i < done; i++) ys[i] = mean[i * targets + yColumn];
    void profiledCloud({
      fit,
      genes: genes.slice(0, done * GENE_COUNT),
      ys,
      count: done,
      keep: hideOod ? inDistributionIndices(ood, done) : null,
      xDirection: fit.metric === 'latency' ? 'min' : 'max',
      yDirection,
    }).then((r) => {
      if (!live || (!r.ok && r.error.code === 'superseded')) return;
      setAnswer((prev) => ({
        key,
        source: cloudId,
        cloud: r.ok ? r.value : prev?.key === key && prev.source === cloudId ? prev.cloud : null,
        error: r.ok ? null : r.error,
      }));
    });
    return () => {
      live = false;
    };
    // `key` stands for the fit, the accuracy column and hideOod; `cloudId` names the cloud (its streamed
    // and final arrays hold the same rows), `mean` and `done` its rows so far.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, cloudId, mean, done, targets, yDirection]);

  if (!fit) return null;
  const current = answer && answer.key === key && answer.source === cloudId ? answer : null;
  return { direction: fit.metric === 'latency' ? 'min' : 'max', measured, cloud: current?.cloud ?? null, error: current?.error ?? null };
}
