'use client';
// The /pareto layers as the chart and the tables take them, memoised so a pan (many URL updates)
// rebuilds none of them: the chart's point sets and fronts, the front tables' rows, and the brushed
// selection's counts and most accurate members.
import { useMemo } from 'react';
import { viewContains, type ChartView } from '@/components/charts/chartView';
import { formatArchitectureCode } from '@/core/space/architectureCode';
import { GENE_COUNT } from '@/core/space/geneIndex';
import { readGeneIndex } from '@/core/space/readGeneIndex';
import { OOD_LEVELS } from '@/workers/surrogate/protocol';
import type { ArchitectureRow } from './ArchitectureRows';
import { SELECTION_LISTED } from './SelectionPanel';
import type { MeasuredLayer, PredictedLayer } from './useParetoLayers';
import type { MeasuredDataset } from './useMeasuredDataset';

/** The SELECTION_LISTED indices with the highest y, highest first. */
function topByY(indices: number[], ys: ArrayLike<number>): number[] {
  return [...indices].sort((a, b) => ys[b] - ys[a]).slice(0, SELECTION_LISTED);
}

/** A measured record's row; on a profiled device its x is the profile's prediction, with the profile's std. */
function measuredRow(data: MeasuredDataset, measured: MeasuredLayer, i: number): ArchitectureRow {
  const row: ArchitectureRow = { code: data.codes[i], x: measured.xs[i], y: measured.ys[i] };
  if (measured.xStd) row.xStd = measured.xStd[i];
  return row;
}

export function useParetoRows(
  data: MeasuredDataset | undefined,
  measured: MeasuredLayer | null,
  predicted: PredictedLayer | null,
  genes: Uint8Array,
  selection: ChartView | null,
) {
  const predictedRow = useMemo(
    () =>
      (i: number): ArchitectureRow => ({
        code: formatArchitectureCode(readGeneIndex(genes, i * GENE_COUNT)!),
        x: predicted!.xs[i],
        y: predicted!.ys[i],
        xStd: predicted!.xStd[i],
        yStd: predicted!.yStd[i],
        ood: OOD_LEVELS[predicted!.ood[i]],
      }),
    [genes, predicted],
  );
  const measuredRows = useMemo(
    (): ArchitectureRow[] => (measured && data ? Array.from(measured.front, (i) => measuredRow(data, measured, i)) : []),
    [measured, data],
  );
  const predictedRows = useMemo(
    (): ArchitectureRow[] => (predicted?.front ? Array.from(predicted.front, predictedRow) : []),
    [predicted, predictedRow],
  );
  const chartInput = useMemo(
    () =>
      measured
        ? {
            measured: { xs: measured.xs, ys: measured.ys, indices: measured.indices, count: measured.indices.length },
            predicted: predicted
              ? {
                  xs: predicted.xs,
                  ys: predicted.ys,
                  indices: predicted.indices,
                  count: predicted.count,
                  ood: predicted.ood,
                  source: predicted.source,
                }
              : null,
            measuredFront: Array.from(measured.front, (i) => ({ x: measured.xs[i], y: measured.ys[i] })),
            predictedFront: predicted?.front
              ? Array.from(predicted.front, (i) => ({
                  x: predicted.xs[i],
                  y: predicted.ys[i],
                  xStd: predicted.xStd[i],
                  yStd: predicted.yStd[i],
                  flagged: predicted.ood[i] !== 0,
                }))
              : [],
          }
        : null,
    [measured, predicted],
  );
  const selected = useMemo(() => {
    if (!selection || !measured || !data) return null;
    const m = Array.from(measured.indices).filter((i) => viewContains(selection, measured.xs[i], measured.ys[i]));
    const p: number[] = [];
    if (predicted) {
      // Hidden extrapolations are not selectable either: only the drawn rows count.
      const drawn = predicted.indices ?? Array.from({ length: predicted.count }, (_, i) => i);
      for (const i of drawn) if (viewContains(selection, predicted.xs[i], predicted.ys[i])) p.push(i);
    }
    return {
      measuredCount: m.length,
      predictedCount: p.length,
      measuredRows: topByY(m, measured.ys).map((i) => measuredRow(data, measured, i)),
      predictedRows: predicted ? topByY(p, predicted.ys).map(predictedRow) : [],
    };
  }, [selection, measured, predicted, data, predictedRow]);
  return { measuredRows, predictedRows, chartInput, selected };
}
