// The Pareto chart's section of /pareto: heading and tools, the chart sized to its box inside
// ChartExport with a legend, and the designed loading, error and empty states in its place.
import { MeasuredWidth } from '@/components/charts/MeasuredWidth';
import type { ChartView } from '@/components/charts/chartView';
import { ParetoCloudChart, type ParetoCloudChartProps } from '@/components/charts/ParetoCloudChart';
import { ChartExport } from '@/components/ui/ChartExport';
import { ColourLegend, type ColourLegendProps } from '@/components/ui/ColourLegend';
import { ChartToolbar } from './ChartToolbar';

export type ChartPanelState =
  { kind: 'loading' } | { kind: 'error'; message: string; retry: () => void } | { kind: 'empty'; message: string } | { kind: 'ready' };

export interface ParetoChartPanelProps {
  heading: string;
  /** Export file name, without extension. */
  filename: string;
  exportLabel: string;
  state: ChartPanelState;
  onClearFilters: () => void;
  measuredCount: number;
  predictedCount: number;
  mode: 'pan' | 'select';
  onMode: (mode: 'pan' | 'select') => void;
  view: ChartView | null;
  onViewChange: (view: ChartView | null) => void;
  /** The measured points' colours, when coloured by a gene or target. */
  colourLegend: Omit<ColourLegendProps, 'testId'> | null;
  /** What the x values are when they are not measurements (a profiled device, #12); null for ANB's devices. */
  xNote?: string | null;
  /** The chart's props but its size; null until there is data. */
  chart: Omit<ParetoCloudChartProps, 'width' | 'height'> | null;
}

const heightFor = (width: number) => (width < 500 ? 340 : 500);

function Legend({ colours, xNote }: { colours: ParetoChartPanelProps['colourLegend']; xNote: string | null }) {
  return (
    <span className="flex flex-wrap gap-x-4 gap-y-1">
      {colours && <ColourLegend {...colours} testId="pareto-colour-legend" />}
      {xNote && (
        <span className="basis-full font-medium" data-testid="pareto-x-note">
          {xNote}
        </span>
      )}
      <span>
        <span className="mr-1 inline-block h-2 w-2 rounded-full bg-blue-600/60" aria-hidden="true" />
        measured
      </span>
      <span>
        <span className="mr-1 inline-block h-2 w-2 bg-slate-600/60" aria-hidden="true" />
        predicted (density)
      </span>
      <span>
        <span className="mr-1 inline-block h-2 w-2 bg-amber-600/70" aria-hidden="true" />
        <span className="mr-1 inline-block h-2 w-2 bg-rose-600/70" aria-hidden="true" />
        predicted beyond the training data (edge, far); ringed on the front
      </span>
      <span className="text-front">━ measured front</span>
      <span className="text-violet-800">┅ predicted front, bars ±1 std</span>
      <span>Hover a point for details, click to open it.</span>
    </span>
  );
}

export function ParetoChartPanel({
  heading,
  filename,
  exportLabel,
  state,
  onClearFilters,
  measuredCount,
  predictedCount,
  mode,
  onMode,
  view,
  onViewChange,
  colourLegend,
  xNote = null,
  chart,
}: ParetoChartPanelProps) {
  return (
    <section aria-labelledby="chart-heading" className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="chart-heading" className="text-xl font-semibold">
          {heading}
        </h2>
        <ChartToolbar mode={mode} onMode={onMode} view={view} onView={onViewChange} />
      </div>
      {state.kind === 'error' ? (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900">
          The measured records could not be loaded: {state.message}{' '}
          <button type="button" className="underline" onClick={state.retry}>
            Retry
          </button>
        </div>
      ) : state.kind === 'loading' || !chart ? (
        <div
          className="flex h-[340px] items-center justify-center rounded-lg border border-slate-200 bg-white text-sm text-muted sm:h-[500px]"
          role="status"
        >
          Loading the measured architectures…
        </div>
      ) : (
        <ChartExport filename={filename} label={exportLabel} caption={<Legend colours={colourLegend} xNote={xNote} />}>
          <div data-testid="pareto-chart" data-predicted-count={predictedCount} data-measured-count={measuredCount}>
            <MeasuredWidth>
              {(width) =>
                state.kind === 'empty' ? (
                  <div
                    className="flex flex-col items-center justify-center gap-2 text-center"
                    style={{ height: heightFor(width) }}
                    data-testid="pareto-empty"
                  >
                    <p className="font-medium">No architecture passes these filters.</p>
                    <p className="text-sm text-muted">{state.message}</p>
                    <button
                      type="button"
                      className="rounded border border-slate-300 bg-white px-3 py-1 text-sm hover:border-accent"
                      onClick={onClearFilters}
                    >
                      Clear filters
                    </button>
                  </div>
                ) : (
                  <ParetoCloudChart {...chart} width={Math.max(300, width - 4)} height={heightFor(width)} />
                )
              }
            </MeasuredWidth>
          </div>
        </ChartExport>
      )}
    </section>
  );
}
