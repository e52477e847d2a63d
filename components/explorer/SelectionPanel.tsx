// The brushed region of the Pareto chart: how many measured and predicted architectures it holds and
// the most accurate of each, with buttons to zoom to it or clear it.
import { formatCount } from '@/components/ui/formatCount';
import { ArchitectureRows, type ArchitectureRow } from './ArchitectureRows';

export interface SelectionPanelProps {
  measuredCount: number;
  predictedCount: number;
  /** The most accurate selected architectures (SELECTION_LISTED at most), most accurate first. */
  measuredRows: ArchitectureRow[];
  predictedRows: ArchitectureRow[];
  xLabel: string;
  xUnit: string;
  yLabel: string;
  onZoom: () => void;
  onClear: () => void;
  /** A listed row hovered or focused: the chart rings its point. */
  onHover: (row: ArchitectureRow | null) => void;
  /** Appended to the editor links (a profiled device's `?bm=`, #12). */
  linkQuery?: string;
}

/** Rows listed per cloud; the counts cover everything selected. */
export const SELECTION_LISTED = 50;

export function SelectionPanel({
  measuredCount,
  predictedCount,
  measuredRows,
  predictedRows,
  xLabel,
  xUnit,
  yLabel,
  onZoom,
  onClear,
  onHover,
  linkQuery,
}: SelectionPanelProps) {
  const n = formatCount;
  return (
    <section
      aria-labelledby="selection-heading"
      className="space-y-2 rounded-lg border border-blue-200 bg-blue-50/40 p-3"
      data-testid="selection-panel"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="selection-heading" className="text-lg font-semibold">
          Selection: <span data-testid="selection-measured">{n(measuredCount)}</span> measured,{' '}
          <span data-testid="selection-predicted">{n(predictedCount)}</span> predicted
        </h2>
        <div className="flex gap-1.5">
          <button type="button" className="rounded border border-slate-300 bg-white px-2 py-1 text-xs hover:border-accent" onClick={onZoom}>
            Zoom to selection
          </button>
          <button
            type="button"
            className="rounded border border-slate-300 bg-white px-2 py-1 text-xs hover:border-accent"
            onClick={onClear}
          >
            Clear selection
          </button>
        </div>
      </div>
      <div className="grid gap-3 lg:grid-cols-2">
        <div className="space-y-1">
          <h3 className="text-sm font-medium">
            Measured{measuredCount > SELECTION_LISTED ? `, the ${SELECTION_LISTED} most accurate` : ''}
          </h3>
          {measuredRows.length ? (
            <ArchitectureRows
              linkQuery={linkQuery}
              rows={measuredRows}
              xLabel={xLabel}
              xUnit={xUnit}
              yLabel={yLabel}
              caption="Selected measured architectures"
              testId="selection-measured-rows"
              onHover={onHover}
            />
          ) : (
            <p className="text-sm text-muted">None.</p>
          )}
        </div>
        <div className="space-y-1">
          <h3 className="text-sm font-medium">
            Predicted{predictedCount > SELECTION_LISTED ? `, the ${SELECTION_LISTED} most accurate` : ''}
          </h3>
          {predictedRows.length ? (
            <ArchitectureRows
              linkQuery={linkQuery}
              rows={predictedRows}
              xLabel={xLabel}
              xUnit={xUnit}
              yLabel={yLabel}
              caption="Selected predicted architectures"
              testId="selection-predicted-rows"
              onHover={onHover}
            />
          ) : (
            <p className="text-sm text-muted">None.</p>
          )}
        </div>
      </div>
    </section>
  );
}
