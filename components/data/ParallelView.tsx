'use client';
// The parallel coordinates of one set of lines (measured records or the predicted cloud): each axis's
// column, scale and brushes, which rows pass /data's filters (the brushes among them), their colours,
// and the picked table rows; then the chart, the count selected and the colour legend.
import { useMemo } from 'react';
import { MeasuredWidth } from '@/components/charts/MeasuredWidth';
import { ParallelCoordinates, type ParallelAxisView } from '@/components/charts/ParallelCoordinates';
import { axisScale } from '@/components/parcoords/axisScale';
import { brushPatch, brushSpans, clearBrushPatch, type AxisFilter } from '@/components/parcoords/brushPatch';
import { colourBy } from '@/components/parcoords/colourBy';
import { axisColumn, type ParallelAxis, type LineSource } from '@/components/parcoords/parallelAxes';
import { selectionMask, type MeasuredExtras, type SelectionInput } from '@/components/parcoords/selectionMask';
import { ColourLegend } from '@/components/ui/ColourLegend';
import { formatCount } from '@/components/ui/formatCount';
import type { DataState, GeneParam, RangeParam } from '@/lib/url/dataParams';
import type { DataPatch } from './DataFilters';

export interface ParallelViewProps {
  source: LineSource;
  /** Measured records only: split, MACs, params and result ids. */
  extras: MeasuredExtras | null;
  /** "measured records", "predicted architectures". */
  noun: string;
  axes: readonly ParallelAxis[];
  colourAxis: ParallelAxis | null;
  state: DataState;
  selection: SelectionInput;
  onFilter: (patch: DataPatch) => void;
  /** Rows drawn highlighted (picked in the table). */
  highlighted: readonly number[];
}

function axisFilter(axis: ParallelAxis, state: DataState): AxisFilter {
  if (axis.choices) return { kind: 'values', values: state[axis.id as GeneParam] };
  return { kind: 'range', min: state[`min_${axis.id}` as RangeParam], max: state[`max_${axis.id}` as RangeParam] };
}

export function ParallelView({ source, extras, noun, axes, colourAxis, state, selection, onFilter, highlighted }: ParallelViewProps) {
  const columns = useMemo(() => axes.map((a) => axisColumn(source, a)), [source, axes]);
  const scales = useMemo(() => axes.map((a, i) => axisScale(a, columns[i])), [axes, columns]);
  const units = useMemo(() => {
    const n = axes.length;
    const out = new Float32Array(source.count * n);
    for (let a = 0; a < n; a++) for (let i = 0; i < source.count; i++) out[i * n + a] = scales[a].toUnit(columns[a][i]);
    return out;
  }, [source.count, axes.length, scales, columns]);
  const selectionKey = JSON.stringify(selection);
  const selected = useMemo(() => selectionMask(source, JSON.parse(selectionKey) as SelectionInput, extras), [source, extras, selectionKey]);
  const colours = useMemo(() => (colourAxis ? colourBy(colourAxis, axisColumn(source, colourAxis)) : null), [colourAxis, source]);

  const views: ParallelAxisView[] = axes.map((a, i) => ({
    id: a.id,
    label: a.label,
    short: a.short,
    unit: a.unit,
    ticks: scales[i].ticks,
    brushes: brushSpans(a, scales[i], axisFilter(a, state)),
  }));
  const filtered = selected.selected < source.count;
  const title = `Parallel coordinates of ${formatCount(source.count)} ${noun} over ${axes.length} axes; ${formatCount(selected.selected)} pass the filters and brushes`;

  return (
    <div className="space-y-2">
      <p className="text-sm" aria-live="polite">
        <strong data-testid="pc-selected">{formatCount(selected.selected)}</strong> of{' '}
        <span data-testid="pc-total">{formatCount(source.count)}</span> {noun} selected
        {filtered ? ' by the filters and brushes' : ' (no filter or brush)'}.
        {selected.ignored.length > 0 && (
          <span className="text-muted" data-testid="pc-ignored">
            {' '}
            Not applied to predictions: {selected.ignored.join(', ')}.
          </span>
        )}
      </p>
      {/* Focusable: with many axes (or on a phone) the chart scrolls sideways, and the keyboard must reach that too. */}
      <div
        className="overflow-x-auto rounded-lg border border-slate-200 bg-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
        tabIndex={0}
        role="region"
        aria-label="Parallel coordinates chart (scrolls sideways when the axes need more room)"
        data-testid="pc-scroll"
      >
        <MeasuredWidth>
          {(width) => (
            <ParallelCoordinates
              width={width - 2}
              height={width < 640 ? 320 : 380}
              axes={views}
              count={source.count}
              units={units}
              mask={filtered ? selected.mask : null}
              bins={colours?.bins ?? null}
              palette={colours?.palette ?? null}
              highlighted={highlighted}
              title={title}
              onBrush={(a, t0, t1) => onFilter(brushPatch(axes[a], scales[a], t0, t1) as DataPatch)}
              onClearBrush={(a) => onFilter(clearBrushPatch(axes[a]) as DataPatch)}
            />
          )}
        </MeasuredWidth>
      </div>
      {colours && (
        <ColourLegend title={colourAxis!.unit ? `${colourAxis!.label} (${colourAxis!.unit})` : colourAxis!.label} items={colours.legend} />
      )}
    </div>
  );
}
