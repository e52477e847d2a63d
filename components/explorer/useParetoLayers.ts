'use client';
// What the Pareto chart draws, derived from the measured dataset, the predicted cloud and the URL
// state: the measured records passing the gene filters with their front (computed here: 5,138 points
// take well under a millisecond), the predicted cloud's plotted columns with the worker's front, and
// the full extent the zoom window resets to. Hidden extrapolations (`hideOod`) leave the drawn rows and
// the front to the rows predicted within the training data; the worker computes that front too
// (FrontPair.inDistribution), so no front of the cloud is computed on the main thread. A profiled device
// metric (#12) takes its x columns and the cloud's front from `profiled` (useProfiledParetoColumns).
import { useMemo } from 'react';
import { paretoFront } from '@/core/metrics/paretoFront';
import { isTargetName, target, type Direction, type TargetName } from '@/core/targets';
import type { AnyDeviceMetricName } from '@/lib/url/parseAsDeviceMetric';
import type { GeneFilter } from '@/core/space/geneFilter';
import type { FrontPair } from '@/workers/surrogate/protocol';
import { extentOf, type ChartView } from '@/components/charts/chartView';
import { countFlagged } from '@/components/charts/countFlagged';
import { viewBounds } from '@/components/charts/viewBounds';
import { inDistributionIndices } from './inDistributionIndices';
import { outwardExtent } from './outwardExtent';
import { compileGeneFilter, matchesGeneFilter } from './matchesGeneFilter';
import type { MeasuredDataset } from './useMeasuredDataset';
import type { PredictedCloud } from './useSurrogateCloud';
import type { ProfiledParetoColumns } from './useProfiledParetoColumns';

export interface MeasuredLayer {
  xs: Float64Array;
  /** A profiled device metric only: the std of each record's predicted x. */
  xStd?: Float64Array;
  ys: Float64Array;
  /** Dataset indices passing the filters with both values measured. */
  indices: Int32Array;
  /** Dataset indices on the front of `indices`, x ascending. */
  front: Int32Array;
}

export interface PredictedLayer {
  xs: Float32Array;
  ys: Float32Array;
  xStd: Float32Array;
  yStd: Float32Array;
  count: number;
  /** The same while the cloud streams into the same columns: drawCloud then bins only each batch's new points. */
  source: object;
  /** Cloud indices drawn: null for all of [0, count); the in-distribution rows when extrapolations are hidden. */
  indices: Int32Array | null;
  /** Per cloud row, its OOD level (OOD_LEVEL_CODES). */
  ood: Uint8Array;
  /** Rows of [0, count) the surrogate flags as extrapolated (edge or far), hidden or not. */
  flagged: number;
  /** Cloud indices on the front of the drawn rows, x ascending; null until the worker has sent it for these axes. */
  front: Int32Array | null;
}

/** Indices of `subset` on the 2-D front of (xs, ys), as indices of the full arrays. */
export function subsetFront(xs: ArrayLike<number>, ys: ArrayLike<number>, subset: Int32Array, x: TargetName, y: TargetName): Int32Array {
  return subsetFrontBy(xs, ys, subset, target(x).direction, target(y).direction);
}

function subsetFrontBy(xs: ArrayLike<number>, ys: ArrayLike<number>, subset: Int32Array, dx: Direction, dy: Direction): Int32Array {
  const sx = new Float64Array(subset.length);
  const sy = new Float64Array(subset.length);
  subset.forEach((i, j) => {
    sx[j] = xs[i];
    sy[j] = ys[i];
  });
  const front = paretoFront(sx, sy, { x: dx, y: dy });
  return front.map((j) => subset[j]);
}

/** Dataset indices passing the filter with both targets measured. */
export function filteredIndices(data: MeasuredDataset, filter: GeneFilter, x: TargetName, y: TargetName): Int32Array {
  return filteredIndicesOf(data, filter, data.values[x], data.values[y]);
}

function filteredIndicesOf(data: MeasuredDataset, filter: GeneFilter, xs: ArrayLike<number>, ys: ArrayLike<number>): Int32Array {
  const compiled = compileGeneFilter(filter);
  const out: number[] = [];
  for (let i = 0; i < data.count; i++)
    if (!Number.isNaN(xs[i]) && !Number.isNaN(ys[i]) && matchesGeneFilter(data.genes, i, compiled)) out.push(i);
  return Int32Array.from(out);
}

export function frontOf(cloud: PredictedCloud, pair: FrontPair): Int32Array | null {
  const i = cloud.frontPairs.findIndex((p) => p.x === pair.x && p.y === pair.y && !p.inDistribution === !pair.inDistribution);
  return i >= 0 ? (cloud.fronts[i] ?? null) : null;
}

function column(values: Float32Array, targets: number, col: number, count: number): Float32Array {
  const out = new Float32Array(count);
  for (let i = 0; i < count; i++) out[i] = values[i * targets + col];
  return out;
}

export function useParetoLayers(
  data: MeasuredDataset | undefined,
  cloud: PredictedCloud,
  targetOrder: TargetName[] | null,
  filter: GeneFilter,
  x: AnyDeviceMetricName,
  y: TargetName,
  hideOod = false,
  profiled: ProfiledParetoColumns | null = null,
) {
  const filterKey = JSON.stringify(filter);
  const anb = isTargetName(x) ? x : null;
  const xDirection: Direction = anb ? target(anb).direction : (profiled?.direction ?? 'min');
  const profiledMeasured = profiled?.measured ?? null;
  const measured = useMemo((): MeasuredLayer | null => {
    if (!data) return null;
    const xs = anb ? data.values[anb] : profiledMeasured?.xs;
    if (!xs) return null;
    const ys = data.values[y];
    const indices = filteredIndicesOf(data, JSON.parse(filterKey) as GeneFilter, xs, ys);
    const front = subsetFrontBy(xs, ys, indices, xDirection, target(y).direction);
    return { xs, ys, indices, front, ...(profiledMeasured && !anb ? { xStd: profiledMeasured.xStd } : {}) };
  }, [data, filterKey, anb, profiledMeasured, xDirection, y]);

  const { mean, std, done, ood } = cloud;
  const profiledCloud = anb ? null : (profiled?.cloud ?? null);
  // One token per streamed cloud and plotted pair: batches append to `mean` in place, so rows below the
  // last drawn count are unchanged while it holds. A profiled x arrives as one new column per answer.
  const source = useMemo(() => ({ mean, x, y, profiledCloud }), [mean, x, y, profiledCloud]);
  const predictedColumns = useMemo(() => {
    if (!targetOrder || done === 0) return null;
    const t = targetOrder.length;
    const yi = targetOrder.indexOf(y);
    if (yi < 0) return null;
    if (!anb) {
      // The worker's answer covers the rows streamed when it was asked; later rows wait for the next one.
      if (!profiledCloud) return null;
      const count = Math.min(profiledCloud.count, done);
      return {
        xs: profiledCloud.mean,
        ys: column(mean, t, yi, count),
        xStd: profiledCloud.std,
        yStd: column(std, t, yi, count),
        count,
        source,
      };
    }
    const xi = targetOrder.indexOf(anb);
    if (xi < 0) return null;
    return {
      xs: column(mean, t, xi, done),
      ys: column(mean, t, yi, done),
      xStd: column(std, t, xi, done),
      yStd: column(std, t, yi, done),
      count: done,
      source,
    };
  }, [mean, std, done, targetOrder, anb, y, source, profiledCloud]);
  const count = predictedColumns?.count ?? 0;
  // `ood` is filled in place while the cloud streams; `done` says how much of it is new.
  const flagged = useMemo(() => countFlagged(ood, count), [ood, count]);
  const kept = useMemo(() => (hideOod ? inDistributionIndices(ood, count) : null), [hideOod, ood, count]);
  const predictedFront = anb ? frontOf(cloud, { x: anb, y, inDistribution: hideOod }) : (profiledCloud?.front ?? null);
  const predicted = useMemo(
    (): PredictedLayer | null => (predictedColumns ? { ...predictedColumns, indices: kept, ood, flagged, front: predictedFront } : null),
    [predictedColumns, kept, ood, flagged, predictedFront],
  );

  // The full window: every measured record (filters or not, so it stays put) and the cloud; also the
  // bounds no zoom or pan may leave (useParetoData).
  const measuredXs = data && (anb ? data.values[anb] : profiledMeasured?.xs);
  const extent = useMemo((): ChartView | null => {
    if (!data || !measuredXs) return null;
    let ex = extentOf(measuredXs, null, data.count);
    let ey = extentOf(data.values[y], null, data.count);
    if (predictedColumns) {
      ex = outwardExtent(ex, extentOf(predictedColumns.xs, null, predictedColumns.count));
      ey = outwardExtent(ey, extentOf(predictedColumns.ys, null, predictedColumns.count));
    }
    return viewBounds(ex, ey);
  }, [data, measuredXs, predictedColumns, y]);

  return { measured, predicted, extent };
}
