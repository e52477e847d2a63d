'use client';
// The surrogate validation view: metrics table (ours vs XGBoost), predicted-vs-measured scatter of
// the selected target with 90% error bars, the calibration of the intervals, their 90% coverage by
// distance from the training data, and the coverage of measured differences between test pairs. The selected target lives in the URL
// (`target`); the server sends the scatter's points of that target only, so a change waits for the server's answer.
import { useQueryState } from 'nuqs';
import { CalibrationChart } from '@/components/charts/CalibrationChart';
import { CoverageByDistanceChart, type DistanceBinLabel } from '@/components/charts/CoverageByDistanceChart';
import { distanceBinLabel } from '@/components/charts/distanceBinLabel';
import { MeasuredWidth } from '@/components/charts/MeasuredWidth';
import { PredictedVsMeasured } from '@/components/charts/PredictedVsMeasured';
import { ChartExport } from '@/components/ui/ChartExport';
import { LabelledSelect } from '@/components/ui/LabelledSelect';
import { ScrollRegion } from '@/components/ui/ScrollRegion';
import { Z90 } from '@/core/metrics/normalQuantile';
import { target, type TargetName } from '@/core/targets';
import { surrogatesParams } from '@/lib/url/surrogatesParams';
import { DifferenceCoverageTable, type DifferenceRow } from './DifferenceCoverageTable';
import { SurrogateMetricsTable, type MetricsRow } from './SurrogateMetricsTable';

export interface ValidationTarget extends MetricsRow, Omit<DifferenceRow, 'kind'> {
  coverage: number[];
  /** 90% coverage and mean relative interval width per gene-distance bin (the panel's `distanceBins` order). */
  byDistance: { n: number; coverage: number | null; meanRelativeWidth: number | null }[];
}

/** The test points of one target, as columns. */
export interface ValidationScatter {
  target: TargetName;
  measured: number[];
  mean: number[];
  std: number[];
}

export interface SurrogateValidationPanelProps {
  targets: ValidationTarget[];
  /** The selected target's points; another target's while the server answers a change of target. */
  scatter: ValidationScatter;
  levels: number[];
  /** Gene-distance bins of the test split, shared by every target's `byDistance`. */
  distanceBins: DistanceBinLabel[];
}

export function SurrogateValidationPanel({ targets, scatter, levels, distanceBins }: SurrogateValidationPanelProps) {
  const [selected, setSelected] = useQueryState('target', surrogatesParams.target);
  const t = targets.find((x) => x.name === selected) ?? targets[0];
  // The points drawn are the server's latest answer; until it has answered a change, they are dimmed.
  const drawn = targets.find((x) => x.name === scatter.target) ?? t;
  const pending = drawn.name !== t.name;
  return (
    <div className="space-y-8">
      <section aria-labelledby="metrics-heading" className="space-y-2">
        <h2 id="metrics-heading" className="text-xl font-semibold">
          Test-split metrics
        </h2>
        <SurrogateMetricsTable rows={targets} selected={t.name} onSelect={(n) => void setSelected(n as typeof selected)} />
      </section>
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
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
          <ChartExport filename={`surrogate-${drawn.name}`} label={`${drawn.label} predicted vs measured`}>
            <div
              className={`rounded-lg border border-slate-200 bg-white p-2 ${pending ? 'opacity-60' : ''}`}
              data-testid="validation-scatter"
              data-target={scatter.target}
              data-points={scatter.measured.length}
              aria-busy={pending}
            >
              <MeasuredWidth initialWidth={520}>
                {(w) => (
                  <PredictedVsMeasured
                    measured={scatter.measured}
                    mean={scatter.mean}
                    std={scatter.std}
                    z={Z90}
                    label={drawn.label}
                    unit={`(${drawn.unit})`}
                    width={w}
                    height={Math.min(480, Math.max(300, w * 0.8))}
                  />
                )}
              </MeasuredWidth>
            </div>
          </ChartExport>
          <p className="text-sm text-muted">
            {pending ? `Loading the test points of ${t.label}… ` : ''}
            {scatter.measured.length} test architectures; bars are each prediction&apos;s 90% interval (mean ± 1.645·std); dashed: perfect
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
          <ScrollRegion label={`Coverage of ${t.label} per level`}>
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
          </ScrollRegion>
        </section>
      </div>
      <section aria-labelledby="distance-heading" className="space-y-2">
        <h2 id="distance-heading" className="text-xl font-semibold">
          Coverage by distance from the training data
        </h2>
        <p className="text-sm text-muted">
          The test architectures grouped by how many genes separate them from the nearest training architecture, and in each group the share
          inside the 90% interval: if the intervals widen enough away from the data, every bin stays near the dashed 90%.
        </p>
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
          <ChartExport filename="surrogate-coverage-by-distance" label="Coverage by distance from the training data">
            <div className="rounded-lg border border-slate-200 bg-white p-2" data-testid="coverage-by-distance">
              <MeasuredWidth initialWidth={520}>
                {(w) => (
                  <CoverageByDistanceChart
                    bins={distanceBins}
                    series={targets.map((x) => ({ name: x.name, label: x.label, coverage: x.byDistance.map((b) => b.coverage) }))}
                    nominal={0.9}
                    highlight={t.name}
                    width={w}
                    height={Math.min(400, Math.max(280, w * 0.6))}
                  />
                )}
              </MeasuredWidth>
            </div>
          </ChartExport>
          <ScrollRegion label={`Coverage of ${t.label} by distance from the training data`} className="self-start">
            <table className="text-sm" data-testid="coverage-by-distance-table">
              <caption className="mb-1 text-left text-muted">{t.label}: red in the chart; grey: the other targets.</caption>
              <thead>
                <tr className="text-left">
                  <th scope="col" className="pr-4 font-medium">
                    Genes from the data
                  </th>
                  <th scope="col" className="pr-4 text-right font-medium">
                    Test architectures
                  </th>
                  <th scope="col" className="pr-4 text-right font-medium">
                    Inside the 90% interval
                  </th>
                  <th scope="col" className="text-right font-medium">
                    Mean interval width
                  </th>
                </tr>
              </thead>
              <tbody>
                {distanceBins.map((bin, i) => {
                  const b = t.byDistance[i];
                  return (
                    <tr key={bin.min} data-n={b.n}>
                      <th scope="row" className="pr-4 text-left font-normal tabular-nums">
                        {distanceBinLabel(bin, i === distanceBins.length - 1)}
                      </th>
                      <td className="pr-4 text-right tabular-nums">{b.n}</td>
                      <td className="pr-4 text-right tabular-nums">{b.coverage === null ? '–' : `${(b.coverage * 100).toFixed(1)}%`}</td>
                      <td className="text-right tabular-nums">
                        {b.meanRelativeWidth === null ? '–' : `±${((b.meanRelativeWidth / 2) * 100).toFixed(1)}% of the prediction`}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        </div>
      </section>
      <section aria-labelledby="differences-heading" className="space-y-2">
        <h2 id="differences-heading" className="text-xl font-semibold">
          Predicted differences
        </h2>
        <p className="max-w-3xl text-sm text-muted">
          The editor&apos;s advice is a difference between two architectures, with the 90% interval of that difference and a &ldquo;within
          noise&rdquo; verdict. Here every pair of test architectures is checked: the share whose measured difference lies inside the
          predicted difference&apos;s 90% interval widened by the run-to-run noise of the two measurements, by how many genes the pair
          differs. One-gene edits are nearer than any measured pair (the nearest differ in 5 or more genes); the intervals are calibrated on
          the nearest validation pairs.
        </p>
        <DifferenceCoverageTable rows={targets.map((x) => ({ ...x, kind: target(x.name as TargetName).kind }))} />
      </section>
    </div>
  );
}
