'use client';
// /data's parallel coordinates, above the table and linked to it: the brushes are the table's filters
// (brushPatch.ts), so brushing an axis filters the table and the REST link; rows picked in the table are
// drawn highlighted. Its own URL state (parcoordsParams.ts): the axis groups, the colour-by axis, and
// measured records or the surrogate's predicted cloud (mean predictions of distinct sampled architectures).
import { useQueryStates } from 'nuqs';
import { useMemo } from 'react';
import { useMeasuredDataset } from '@/components/explorer/useMeasuredDataset';
import { COLOUR_BY_OPTIONS } from '@/components/parcoords/colourByOptions';
import {
  AXIS_GROUP_LABELS,
  AXIS_GROUPS,
  axesOf,
  axisById,
  type AxisGroup,
  type AxisId,
  type LineSource,
} from '@/components/parcoords/parallelAxes';
import { parcoordsParams, type LineSourceKind } from '@/components/parcoords/parcoordsParams';
import type { MeasuredExtras, SelectionInput } from '@/components/parcoords/selectionMask';
import { LabelledSelect } from '@/components/ui/LabelledSelect';
import { PillRadioGroup } from '@/components/ui/PillRadioGroup';
import type { DataState } from '@/lib/url/dataParams';
import type { DataPatch } from './DataFilters';
import { ParallelView } from './ParallelView';
import { PredictedParallel } from './PredictedParallel';

export interface ParallelCoordinatesPanelProps {
  state: DataState;
  selection: SelectionInput;
  onFilter: (patch: DataPatch) => void;
}

const SOURCES: { value: LineSourceKind; label: string }[] = [
  { value: 'measured', label: 'Measured records' },
  { value: 'predicted', label: 'Predicted cloud (surrogate)' },
];
const PREDICTED_SIZES = [2_000, 5_000, 10_000, 20_000].map((n) => ({ value: n, label: n.toLocaleString('en-US') }));

export function ParallelCoordinatesPanel({ state, selection, onFilter }: ParallelCoordinatesPanelProps) {
  const [pc, setPc] = useQueryStates(parcoordsParams, { history: 'push' });
  const groupsKey = pc.axes.join(',');
  const axes = useMemo(() => axesOf(groupsKey.split(',') as AxisGroup[]), [groupsKey]);
  const colourAxis = pc.color ? (axisById(pc.color) ?? null) : null;
  const toggleGroup = (g: AxisGroup) => {
    const next = pc.axes.includes(g) ? pc.axes.filter((x) => x !== g) : AXIS_GROUPS.filter((x) => x === g || pc.axes.includes(x));
    if (next.length) setPc({ axes: next });
  };
  const view = { axes, colourAxis, state, selection, onFilter };

  return (
    <section aria-labelledby="pc-heading" className="space-y-3" data-testid="pc-panel">
      <div className="space-y-1">
        <h2 id="pc-heading" className="text-xl font-semibold">
          Parallel coordinates
        </h2>
        <p className="text-sm text-muted">
          One line per architecture across its genes and targets. Drag along an axis to brush it; several brushes combine (AND) and filter
          the table below; click an axis to clear its brush. From the keyboard, the same brushes are the metric ranges and per-block genes
          under the filters. Pick rows in the table to draw them dark.
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
        <fieldset className="flex flex-wrap items-center gap-1" data-testid="pc-axes">
          <legend className="float-left mr-1.5 text-sm text-muted">Axes</legend>
          {AXIS_GROUPS.map((g) => (
            <label
              key={g}
              className="cursor-pointer rounded border border-slate-300 bg-white px-2 py-1 text-xs hover:border-accent has-[:checked]:border-accent has-[:checked]:bg-accent has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent"
            >
              <input type="checkbox" className="sr-only" checked={pc.axes.includes(g)} onChange={() => toggleGroup(g)} />
              {AXIS_GROUP_LABELS[g]}
            </label>
          ))}
        </fieldset>
        <LabelledSelect<AxisId | ''>
          label="Colour by"
          value={pc.color ?? ''}
          options={COLOUR_BY_OPTIONS}
          onChange={(v) => setPc({ color: v === '' ? null : v })}
          className="flex items-center gap-1.5 text-sm"
          textClassName="text-muted"
          selectClassName="max-w-56 rounded border border-slate-300 bg-white px-2 py-0.5"
          testId="pc-colour"
        />
      </div>
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
        <PillRadioGroup<LineSourceKind>
          legend="Lines"
          name="pc-source"
          options={SOURCES}
          value={pc.src}
          onChange={(src) => setPc({ src })}
        />
        {pc.src === 'predicted' && (
          <LabelledSelect<number>
            label="Sampled architectures"
            value={pc.pn}
            options={
              PREDICTED_SIZES.some((o) => o.value === pc.pn)
                ? PREDICTED_SIZES
                : [...PREDICTED_SIZES, { value: pc.pn, label: String(pc.pn) }]
            }
            onChange={(pn) => setPc({ pn })}
            className="flex items-center gap-1.5 text-sm"
            textClassName="text-muted"
            selectClassName="rounded border border-slate-300 bg-white px-2 py-0.5"
            testId="pc-predicted-size"
          />
        )}
      </div>
      {pc.src === 'predicted' ? <PredictedParallel n={pc.pn} {...view} /> : <MeasuredParallel picked={pc.rows} {...view} />}
    </section>
  );
}

type ViewProps = Omit<Parameters<typeof ParallelView>[0], 'source' | 'extras' | 'noun' | 'highlighted'>;

function MeasuredParallel({ picked, ...view }: ViewProps & { picked: readonly number[] }) {
  const dataset = useMeasuredDataset();
  const data = dataset.data;
  const lines = useMemo((): { source: LineSource; extras: MeasuredExtras } | null => {
    if (!data) return null;
    return {
      source: { count: data.count, genes: data.genes, target: (t) => data.values[t] },
      extras: { resultIds: data.resultIds, macs: data.macs, params: data.params, splits: data.splits },
    };
  }, [data]);
  const pickedKey = picked.join(',');
  const highlighted = useMemo(() => {
    if (!data || !pickedKey) return [];
    const ids = new Set(pickedKey.split(',').map(Number));
    const rows: number[] = [];
    data.resultIds.forEach((id, i) => ids.has(id) && rows.push(i));
    return rows;
  }, [data, pickedKey]);
  if (dataset.isError)
    return (
      <p role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900">
        The records for the chart could not be loaded: {dataset.error.message}{' '}
        <button type="button" className="underline" onClick={() => dataset.refetch()}>
          Retry
        </button>
      </p>
    );
  if (!lines)
    return (
      <div
        className="flex h-[352px] items-center justify-center rounded-lg border border-slate-200 bg-white text-sm text-muted sm:h-[412px]"
        role="status"
      >
        Loading the 5,138 measured records…
      </div>
    );
  return <ParallelView {...view} source={lines.source} extras={lines.extras} noun="measured records" highlighted={highlighted} />;
}
