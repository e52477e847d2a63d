'use client';
// The surrogate validation view: metrics table (ours vs XGBoost), predicted-vs-measured scatter of
// the selected target with 90% error bars, and the calibration of the intervals. The selected target
// lives in the URL (`target`).
import { parseAsStringLiteral, useQueryState } from 'nuqs';
import { CalibrationChart } from '@/components/charts/CalibrationChart';
import { MeasuredWidth } from '@/components/charts/MeasuredWidth';
import { PredictedVsMeasured } from '@/components/charts/PredictedVsMeasured';
import { ChartExport } from '@/components/ui/ChartExport';
import { LabelledSelect } from '@/components/ui/LabelledSelect';
import { Z90 } from '@/core/metrics/normalQuantile';
import { TARGET_NAMES } from '@/core/targets';
import { SurrogateMetricsTable, type MetricsRow } from './SurrogateMetricsTable';

export interface ValidationTarget extends MetricsRow {
  coverage: number[];
  points: { code: string; measured: number; mean: number; std: number }[];
}

export function SurrogateValidationPanel({ targets, levels }: { targets: ValidationTarget[]; levels: number[] }) {
  const [selected, setSelected] = useQueryState('target', parseAsStringLiteral(TARGET_NAMES).withDefault('val_top1'));
  const t = targets.find((x) => x.name === selected) ?? targets[0];
  return (
    <div className="space-y-8">
      <section aria-labelledby="metrics-heading" className="space-y-2">
        <h2 id="metrics-heading" className="text-xl font-semibold">
          Test-split metrics
        </h2>
        <SurrogateMetricsTable rows={targets} selected={t.name} onSelect={(n) => void setSelected(n as typeof selected)} />
      </section>
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="scatter-heading" className="space-y-2">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="scatter-heading" className="text-xl font-semibold">
              Predicted vs measured
            </h2>
            <LabelledSelect
              label="Target"
              value={t.name}
              options={targets.map((x) => ({ value: x.name, label: x.label }))}
              onChange={(name) => void setSelected(name as typeof selected)}
              className="text-sm"
            />
          </div>
          <ChartExport filename={`surrogate-${t.name}`} label={`${t.label} predicted vs measured`}>
            <div className="rounded-lg border border-slate-200 bg-white p-2" data-testid="validation-scatter" data-points={t.points.length}>
              <MeasuredWidth initialWidth={520}>
                {(w) => (
                  <PredictedVsMeasured
                    measured={t.points.map((p) => p.measured)}
                    mean={t.points.map((p) => p.mean)}
                    std={t.points.map((p) => p.std)}
                    z={Z90}
                    label={t.label}
                    unit={`(${t.unit})`}
                    width={w}
                    height={Math.min(480, Math.max(300, w * 0.8))}
                  />
                )}
              </MeasuredWidth>
            </div>
          </ChartExport>
          <p className="text-sm text-muted">
            {t.points.length} test architectures; bars are each prediction&apos;s 90% interval (mean ± 1.645·std); dashed: perfect
            prediction.
          </p>
        </section>
        <section aria-labelledby="calibration-heading" className="space-y-2">
          <h2 id="calibration-heading" className="text-xl font-semibold">
            Are the intervals honest?
          </h2>
          <ChartExport filename="surrogate-calibration" label="Interval calibration">
            <div className="rounded-lg border border-slate-200 bg-white p-2">
              <MeasuredWidth initialWidth={520}>
                {(w) => (
                  <CalibrationChart
                    levels={levels}
                    series={targets}
                    highlight={t.name}
                    width={w}
                    height={Math.min(480, Math.max(300, w * 0.8))}
                  />
                )}
              </MeasuredWidth>
            </div>
          </ChartExport>
          <p className="text-sm text-muted">
            Share of test points inside mean ± z·std at each nominal level; red: {t.label}, grey: the other targets. On the diagonal the
            stated uncertainty is exactly right; above it, conservative; below it, over-confident.
          </p>
          <table className="text-sm" aria-label={`Coverage of ${t.label} per level`}>
            <tbody>
              <tr>
                {levels.map((l, i) => (
                  <td key={l} className="pr-4 tabular-nums">
                    <span className="text-muted">{Math.round(l * 100)}% → </span>
                    {(t.coverage[i] * 100).toFixed(1)}%
                  </td>
                ))}
              </tr>
            </tbody>
          </table>
        </section>
      </div>
    </div>
  );
}
