// Every target of the architecture in one table: the surrogate's mean ± std, the measured value(s)
// when the architecture is in the dataset (both trainings for the 13 trained twice; no column when it
// is not, so the table fits beside the stages), where it
// ranks among the measured architectures, and the predicted change against the previous architecture
// of the edit history and against the original one (where editing started), each with whether it is
// within noise (the 90% interval of the difference in the cell's title). Each predicted cell carries
// the full-precision mean in `data-mean`, the number the API returns, so tests and scripts can compare
// without rounding; each change cell its `data-delta` and `data-verdict`. Below ANB's targets, one row
// per profiled device metric (#12), predicted by the device's kernel-level model.
import { TARGETS, type TargetName } from '@/core/targets';
import { formatWithUnit } from '@/components/ui/formatWithUnit';
import type { PredictedDifference } from '@/surrogates/runtime/predictedDifference';
import { DifferenceCell } from './DifferenceCell';
import { ProfiledPredictionRows } from './ProfiledPredictionRows';
import type { ArchPrediction } from './useEditPredictions';
import type { ProfiledRow } from './useProfiledRows';

export interface MeasuredRecord {
  resultId: number;
  values: Partial<Record<TargetName, number | null>>;
}

export interface PredictionTableProps {
  /** The surrogate's output column order. */
  targets: TargetName[] | null;
  prediction: ArchPrediction | undefined;
  /** null: not in the dataset; undefined: still asking. */
  measured: MeasuredRecord[] | null | undefined;
  /** Percentile among measured per target, and whether it ranks the measured or the predicted value. */
  percentiles: Partial<Record<TargetName, { share: number; of: 'measured' | 'predicted' } | null>>;
  predictionError: string | null;
  /** The architectures compared with, in column order, each with the predicted difference per output column (null while predicting). */
  comparisons?: readonly Comparison[];
  /** Profiled devices' rows (#12), below ANB's targets. */
  profiled?: readonly ProfiledRow[];
}

export interface Comparison {
  /** `previous`: the entry before in the edit history; `original`: where editing started (URL `vs`). */
  against: 'previous' | 'original';
  code: string;
  differences: (PredictedDifference | null)[];
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

export function PredictionTable({
  targets,
  prediction,
  measured,
  percentiles,
  predictionError,
  comparisons = [],
  profiled = [],
}: PredictionTableProps) {
  const records = measured ?? [];
  return (
    <div
      // relative: the cells' screen-reader text (position: absolute) is clipped by this scroller, not the page.
      className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white"
      tabIndex={0}
      role="region"
      aria-label="Predicted and measured values"
    >
      <table className="w-full text-left text-[13px] tabular-nums" data-testid="prediction-table">
        <caption className="sr-only">
          Predicted (surrogate mean ± std) and measured values of every target, with the percentile among measured architectures and the
          predicted change against the previous and the original architecture
        </caption>
        <thead className="bg-slate-50 text-xs text-muted">
          <tr>
            <th scope="col" className="px-1.5 py-1.5 font-medium">
              Target
            </th>
            <th scope="col" className="px-1.5 py-1.5 text-right font-medium">
              Predicted (mean ± std)
            </th>
            {/* Only a measured architecture has measured columns (the summary above says when it has none). */}
            {records.map((r, i) => (
              <th key={r.resultId} scope="col" className="px-1.5 py-1.5 text-right font-medium">
                Measured{records.length > 1 ? ` (training ${i + 1}, result_${r.resultId})` : ` (result_${r.resultId})`}
              </th>
            ))}
            <th scope="col" className="px-1.5 py-1.5 text-right font-medium">
              Better than
            </th>
            {comparisons.map((c) => (
              <th key={c.against} scope="col" className="px-1.5 py-1.5 text-right font-medium" title={c.code}>
                Change vs {c.against}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {TARGETS.map((t) => {
            const col = targets?.indexOf(t.name) ?? -1;
            const mean = prediction && col >= 0 ? prediction.mean[col] : undefined;
            const std = prediction && col >= 0 ? prediction.std[col] : undefined;
            const p = percentiles[t.name];
            return (
              <tr key={t.name} className="border-t border-slate-100" data-target={t.name}>
                <th scope="row" className="whitespace-nowrap px-1.5 py-1 font-normal">
                  {t.label} <span className="text-xs text-muted">({t.unit})</span>
                </th>
                <td
                  className="whitespace-nowrap px-1.5 py-1 text-right"
                  data-testid={`predicted-${t.name}`}
                  data-mean={mean !== undefined ? String(mean) : undefined}
                  data-std={std !== undefined ? String(std) : undefined}
                >
                  {mean !== undefined && std !== undefined ? (
                    <>
                      {formatWithUnit(mean, t.unit)} <span className="text-muted">± {formatWithUnit(std, t.unit, true)}</span>
                    </>
                  ) : predictionError ? (
                    <span className="text-red-800">—</span>
                  ) : (
                    <span className="inline-block h-3 w-16 animate-pulse rounded bg-slate-200" aria-label="predicting" />
                  )}
                </td>
                {records.map((r) => {
                  const v = r.values[t.name];
                  return (
                    <td key={r.resultId} className="px-1.5 py-1 text-right" data-testid={`measured-${t.name}`}>
                      {v === null || v === undefined ? <span className="text-muted">not measured</span> : formatWithUnit(v, t.unit)}
                    </td>
                  );
                })}
                <td className="whitespace-nowrap px-1.5 py-1 text-right">
                  {p ? (
                    <span title={`Share of measured architectures this ${p.of} value beats on ${t.label}`}>
                      {pct(p.share)}
                      <span className="sr-only"> ({p.of})</span>
                    </span>
                  ) : (
                    <span className="text-muted">—</span>
                  )}
                </td>
                {comparisons.map((c) => (
                  <DifferenceCell
                    key={c.against}
                    d={col >= 0 ? c.differences[col] : null}
                    kind={t.kind}
                    testId={c.against === 'original' ? `change-${t.name}` : `change-previous-${t.name}`}
                  />
                ))}
              </tr>
            );
          })}
          <ProfiledPredictionRows rows={profiled} measuredColumns={records.length} comparisons={comparisons.map((c) => c.against)} />
        </tbody>
      </table>
    </div>
  );
}
