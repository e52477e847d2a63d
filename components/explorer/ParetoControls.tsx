'use client';
// The /pareto controls: device metric, accuracy, gene filters (with one-click presets), the predicted
// cloud's size and seed, and whether its extrapolated predictions are hidden. Presentational: values and a patch callback come from ParetoExplorer.
import { memo } from 'react';
import { COLOUR_BY_OPTIONS } from '@/components/parcoords/colourByOptions';
import type { AxisId } from '@/components/parcoords/parallelAxes';
import { LabelledSelect } from '@/components/ui/LabelledSelect';
import { DeviceMetricSelect } from '@/components/ui/DeviceMetricSelect';
import { NumberField } from '@/components/ui/NumberField';
import { PillRadioGroup } from '@/components/ui/PillRadioGroup';
import { GeneCheckboxes } from '@/components/ui/GeneCheckboxes';
import { NumberFieldWithPresets } from '@/components/ui/NumberFieldWithPresets';
import type { AnyDeviceMetricName } from '@/lib/url/parseAsDeviceMetric';
import { CLOUD_PRESETS, CLOUD_SIZE, type AccuracyTarget, type ParetoState } from './paretoParams';

export type ParetoPatch = Partial<Pick<ParetoState, 'metric' | 'acc' | 'e' | 'k' | 'l' | 'se' | 'n' | 'seed' | 'ood' | 'cb'>>;

export interface ParetoControlsProps {
  state: ParetoState;
  onChange: (patch: ParetoPatch) => void;
}

const PRESETS: { label: string; patch: ParetoPatch; active: (s: ParetoState) => boolean }[] = [
  { label: 'No squeeze-excite', patch: { se: [0] }, active: (s) => s.se.length === 1 && s.se[0] === 0 },
  { label: 'Kernel 3 only', patch: { k: [3] }, active: (s) => s.k.length === 1 && s.k[0] === 3 },
  { label: 'At most 2 layers per stage', patch: { l: [1, 2] }, active: (s) => s.l.length === 2 && s.l.includes(1) && s.l.includes(2) },
];

const compact = (n: number) => (n >= 1000 ? `${n / 1000}k` : String(n));

export const ParetoControls = memo(function ParetoControls({ state, onChange }: ParetoControlsProps) {
  const filtered = state.e.length + state.k.length + state.l.length + state.se.length > 0;
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-3">
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2">
        <DeviceMetricSelect
          label="Device metric"
          withProfiled
          value={state.metric}
          onChange={(metric: AnyDeviceMetricName) => onChange({ metric })}
          testId="pareto-metric"
        />
        <PillRadioGroup<AccuracyTarget>
          legend="Accuracy"
          name="pareto-accuracy"
          options={[
            { value: 'val_top1', label: 'Top-1' },
            { value: 'val_top5', label: 'Top-5' },
          ]}
          value={state.acc}
          onChange={(acc) => onChange({ acc })}
        />
        <LabelledSelect<AxisId | ''>
          label="Colour measured by"
          value={state.cb ?? ''}
          options={COLOUR_BY_OPTIONS}
          onChange={(cb) => onChange({ cb: cb === '' ? null : cb })}
          selectClassName="max-w-56 rounded border border-slate-300 bg-white px-2 py-1"
          testId="pareto-colour"
        />
      </div>
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2" data-testid="pareto-filters">
        <span className="text-sm font-medium">Gene filters (every stage)</span>
        <GeneCheckboxes gene="e" block={null} values={state.e} onChange={(e) => onChange({ e })} />
        <GeneCheckboxes gene="k" block={null} values={state.k} onChange={(k) => onChange({ k })} />
        <GeneCheckboxes gene="l" block={null} values={state.l} onChange={(l) => onChange({ l })} />
        <GeneCheckboxes gene="se" block={null} values={state.se} onChange={(se) => onChange({ se })} />
      </div>
      <div className="flex flex-wrap items-center gap-2 text-xs">
        <span className="text-muted">Presets:</span>
        {PRESETS.map((p) => (
          <button
            key={p.label}
            type="button"
            aria-pressed={p.active(state)}
            onClick={() => onChange(p.active(state) ? Object.fromEntries(Object.keys(p.patch).map((k) => [k, []])) : p.patch)}
            className={`min-h-6 rounded-full border px-2.5 py-0.5 ${p.active(state) ? 'border-accent bg-accent text-white' : 'border-slate-300 bg-white hover:border-accent'}`}
          >
            {p.label}
          </button>
        ))}
        {filtered && (
          <button
            type="button"
            className="text-accent underline underline-offset-2"
            onClick={() => onChange({ e: [], k: [], l: [], se: [] })}
            data-testid="pareto-clear-filters"
          >
            Clear filters
          </button>
        )}
      </div>
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
        <NumberFieldWithPresets
          label="Predicted architectures"
          value={state.n}
          min={CLOUD_SIZE.min}
          max={CLOUD_SIZE.max}
          step={1000}
          onCommit={(v) =>
            onChange({ n: v === null ? CLOUD_SIZE.default : Math.round(Math.min(CLOUD_SIZE.max, Math.max(CLOUD_SIZE.min, v))) })
          }
          inputClassName="w-28"
          testId="pareto-n"
          presets={CLOUD_PRESETS}
          presetsLabel="Preset sample sizes"
          formatPreset={(p) => (p === 0 ? 'none' : compact(p))}
          tabularPresets
        />
        <NumberField
          label="Seed"
          value={state.seed}
          min={0}
          max={999_999}
          step={1}
          onCommit={(v) => onChange({ seed: v === null ? 1 : Math.round(v) })}
          inputClassName="w-24"
          testId="pareto-seed"
        />
        <button
          type="button"
          className="rounded border border-slate-300 bg-white px-2 py-1 text-xs hover:border-accent"
          onClick={() => onChange({ seed: (state.seed + 1) % 1_000_000 })}
        >
          Next seed
        </button>
        <label
          className="flex min-h-6 items-center gap-1.5 text-sm"
          title="Predictions the surrogate makes beyond its training data (out-of-distribution level edge or far)"
        >
          <input
            type="checkbox"
            checked={state.ood === 'hide'}
            onChange={(e) => onChange({ ood: e.target.checked ? 'hide' : 'show' })}
            data-testid="pareto-hide-ood"
          />
          Hide extrapolated predictions
        </label>
      </div>
    </div>
  );
});
