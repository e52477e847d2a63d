// The two fronts of /pareto as tables, architecture by architecture: measured (filtered like the
// chart) and predicted (surrogate mean ± std), each code linking to the editor.
import { memo } from 'react';
import type { ChartView } from '@/components/charts/chartView';
import { ArchitectureRows, type ArchitectureRow } from './ArchitectureRows';

export interface FrontTablesProps {
  measuredRows: ArchitectureRow[];
  predictedRows: ArchitectureRow[];
  /** The predicted cloud is still being computed. */
  running: boolean;
  metric: string;
  acc: string;
  xLabel: string;
  xUnit: string;
  yLabel: string;
  /** The chart's brush: front rows inside it are marked. */
  selection: ChartView | null;
  onHover: (row: ArchitectureRow | null) => void;
  /** Appended to the editor links (a profiled device's `?bm=`, #12). */
  linkQuery?: string;
  /** A profiled device (#12): the measured records' x is its profile's prediction, and the REST front does not serve it. */
  profiled?: boolean;
}

export const FrontTables = memo(function FrontTables({
  measuredRows,
  predictedRows,
  running,
  metric,
  acc,
  xLabel,
  xUnit,
  yLabel,
  selection,
  onHover,
  profiled = false,
  linkQuery,
}: FrontTablesProps) {
  return (
    <section
      aria-labelledby="fronts-heading"
      // Below the fold: the browser skips the tables' layout and paint until they come near the viewport
      // (each batch of the streamed cloud rewrites the predicted front's rows).
      className="space-y-3 [contain-intrinsic-size:auto_40rem] [content-visibility:auto]"
    >
      <h2 id="fronts-heading" className="text-xl font-semibold">
        The fronts, architecture by architecture
      </h2>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-1">
          <h3 className="text-sm font-semibold text-front">Measured front ({measuredRows.length})</h3>
          <ArchitectureRows
            linkQuery={linkQuery}
            rows={measuredRows}
            xLabel={xLabel}
            xUnit={xUnit}
            yLabel={yLabel}
            caption="Measured Pareto front"
            testId="measured-front"
            selection={selection}
            onHover={onHover}
          />
          {profiled ? (
            <p className="text-xs text-muted" data-testid="measured-front-profiled">
              Measured accuracy; {xLabel} predicted by your profile (± its std). No record was measured on this device.
            </p>
          ) : (
            <p className="text-xs text-muted">
              Without gene filters this is{' '}
              <a className="text-accent underline" href={`/api/v1/pareto?metric=${metric}&accuracy=${acc}`}>
                /api/v1/pareto?metric={metric}&amp;accuracy={acc}
              </a>
              .
            </p>
          )}
        </div>
        <div className="space-y-1">
          <h3 className="text-sm font-semibold text-violet-800">Predicted front ({predictedRows.length})</h3>
          {predictedRows.length > 0 ? (
            <ArchitectureRows
              linkQuery={linkQuery}
              rows={predictedRows}
              xLabel={xLabel}
              xUnit={xUnit}
              yLabel={yLabel}
              caption="Predicted Pareto front (mean ± std)"
              testId="predicted-front"
              selection={selection}
              onHover={onHover}
            />
          ) : (
            <p className="rounded border border-dashed border-slate-300 bg-white p-4 text-sm text-muted">
              {running ? 'Predicting…' : 'No predicted cloud.'}
            </p>
          )}
          <p className="text-xs text-muted">
            {profiled && <>Accuracy: surrogate; {xLabel}: your profile&apos;s prediction. </>}
            Surrogate mean ± one standard deviation; the surrogate is calibrated so that mean ± 1.645 std holds 90% of its validation
            measurements.
          </p>
        </div>
      </div>
    </section>
  );
});
