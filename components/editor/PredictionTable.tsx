// Every target of the architecture in one table: the surrogate's mean ± std, the measured value(s)
// when the architecture is in the dataset (both trainings for the 13 trained twice), where it
// ranks among the measured architectures, and — when the editor compares with another architecture —
// the predicted change with the 90% interval of the difference and whether it is within noise. Each predicted cell carries the full-precision mean in
// `data-mean`, the number the API returns, so tests and scripts can compare without rounding.
import { TARGETS, type TargetName } from '@/core/targets';
import { formatWithUnit } from '@/components/ui/formatWithUnit';
import type { PredictedDifference } from '@/surrogates/runtime/predictedDifference';
import { formatDifference } from './formatDifference';
import { NoiseBadge } from './NoiseBadge';
import type { ArchPrediction } from './useEditPredictions';

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
  /** The architecture compared with and, per output column, the predicted difference (null while predicting). */
  comparison?: { code: string; differences: (PredictedDifference | null)[] } | null;
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

export function PredictionTable({ targets, prediction, measured, percentiles, predictionError, comparison }: PredictionTableProps) {
  const records = measured ?? [];
  return (
    <div
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
      tabIndex={0}
      role="region"
      aria-label="Predicted and measured values"
    >
      <table className="w-full text-left text-sm tabular-nums" data-testid="prediction-table">
        <caption className="sr-only">
          Predicted (surrogate mean ± std) and measured values of every target, with the percentile among measured architectures
        </caption>
        <thead className="bg-slate-50 text-xs text-muted">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Target
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Predicted (mean ± std)
            </th>
            {records.length === 0 ? (
              <th scope="col" className="px-3 py-2 text-right font-medium">
                Measured
              </th>
            ) : (
              records.map((r, i) => (
                <th key={r.resultId} scope="col" className="px-3 py-2 text-right font-medium">
                  Measured{records.length > 1 ? ` (training ${i + 1}, result_${r.resultId})` : ` (result_${r.resultId})`}
                </th>
              ))
            )}
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Better than
            </th>
            {comparison ? (
              <th scope="col" className="px-3 py-2 text-right font-medium" title={comparison.code}>
                Change vs {comparison.code} (90% interval)
              </th>
            ) : null}
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
                <th scope="row" className="px-3 py-1.5 font-normal">
                  {t.label} <span className="text-xs text-muted">({t.unit})</span>
                </th>
                <td
                  className="px-3 py-1.5 text-right"
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
                {records.length === 0 ? (
                  <td className="px-3 py-1.5 text-right text-muted">{measured === undefined ? '…' : '—'}</td>
                ) : (
                  records.map((r) => {
                    const v = r.values[t.name];
                    return (
                      <td key={r.resultId} className="px-3 py-1.5 text-right" data-testid={`measured-${t.name}`}>
                        {v === null || v === undefined ? <span className="text-muted">not measured</span> : formatWithUnit(v, t.unit)}
                      </td>
                    );
                  })
                )}
                <td className="px-3 py-1.5 text-right">
                  {p ? (
                    <span title={`Share of measured architectures this ${p.of} value beats on ${t.label}`}>
                      {pct(p.share)} <span className="text-xs text-muted">{p.of === 'measured' ? '(measured)' : '(predicted)'}</span>
                    </span>
                  ) : (
                    <span className="text-muted">—</span>
                  )}
                </td>
                {comparison ? <DifferenceCell d={col >= 0 ? comparison.differences[col] : null} kind={t.kind} name={t.name} /> : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function DifferenceCell({ d, kind, name }: { d: PredictedDifference | null; kind: string; name: TargetName }) {
  if (!d)
    return (
      <td className="px-3 py-1.5 text-right">
        <span className="inline-block h-3 w-16 animate-pulse rounded bg-slate-200" aria-label="predicting" />
      </td>
    );
  const f = formatDifference(d, kind === 'accuracy' ? 'points' : 'relative');
  return (
    <td className="px-3 py-1.5 text-right" data-testid={`change-${name}`} data-verdict={d.verdict} data-delta={String(d.delta)}>
      {f.change} <span className="text-muted">{f.interval}</span>
      {f.noise ? <NoiseBadge text={f.noise} /> : null}
    </td>
  );
}
