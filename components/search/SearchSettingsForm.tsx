'use client';
// The race's settings as a form over the URL: edits stay local until "Run race" writes them to the
// URL (nuqs), which is what starts a race, so every race is one shareable link. The device metrics are
// ANB's eight and those of the devices profiled on this server (#12).
import { useQueryStates } from 'nuqs';
import { useMemo, useState, type FormEvent } from 'react';
import { useUserDevices } from '@/components/devices/useUserDevices';
import { LabelledSelect } from '@/components/ui/LabelledSelect';
import { ACCURACY_NAMES, type AccuracyName } from '@/core/search/accuracyNames';
import { OPTIMIZER_IDS, optimizers, type OptimizerId } from '@/core/search/optimizers';
import { DEVICE_METRICS } from '@/core/targets';
import type { AnyDeviceMetricName } from '@/lib/url/parseAsDeviceMetric';
import { RACE_LIMITS, searchParams } from '@/lib/url/searchParams';

const METRIC_OPTIONS: { value: AnyDeviceMetricName; label: string }[] = DEVICE_METRICS.map((m) => ({
  value: m.name,
  label: `${m.label} (${m.unit})`,
}));
const ACCURACY_OPTIONS = ACCURACY_NAMES.map((a): { value: AccuracyName; label: string } => ({
  value: a,
  label: a === 'val_top1' ? 'Top-1' : 'Top-5',
}));
const SELECT_CLASS = 'rounded border border-slate-300 px-2 py-1';

export function SearchSettingsForm() {
  const [params, setParams] = useQueryStates(searchParams, { history: 'push' });
  const [draft, setDraft] = useState(params);
  // A new URL (back button, pasted link) replaces the draft: render-time sync, no effect needed.
  const [seen, setSeen] = useState(params);
  if (seen !== params) {
    setSeen(params);
    setDraft(params);
  }
  const { metrics: profiled } = useUserDevices();
  const metricOptions = useMemo(() => {
    const options = [...METRIC_OPTIONS, ...profiled.map((m) => ({ value: m.name, label: `${m.label} (${m.unit})` }))];
    // A linked device not (yet) listed keeps its option, so the select shows what the race runs.
    if (!options.some((o) => o.value === draft.metric)) options.push({ value: draft.metric, label: draft.metric });
    return options;
  }, [profiled, draft.metric]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void setParams({ ...draft, o: draft.o.length ? draft.o : ['rs'] });
  };
  const toggle = (id: OptimizerId) => setDraft((d) => ({ ...d, o: d.o.includes(id) ? d.o.filter((o) => o !== id) : [...d.o, id] }));
  const num = (v: string) => (v.trim() === '' ? null : Number(v));
  return (
    <form
      onSubmit={submit}
      className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-white p-4 text-sm"
      aria-label="Race settings"
    >
      <fieldset className="space-y-1">
        <legend className="font-medium">Optimizers</legend>
        <div className="flex flex-wrap gap-3">
          {OPTIMIZER_IDS.map((id) => (
            <label key={id} className="flex min-h-6 items-center gap-1">
              <input type="checkbox" checked={draft.o.includes(id)} onChange={() => toggle(id)} />
              {optimizers[id].label}
            </label>
          ))}
        </div>
      </fieldset>
      <LabelledSelect
        label="Device metric"
        value={draft.metric}
        options={metricOptions}
        onChange={(metric) => setDraft({ ...draft, metric })}
        className="flex flex-col"
        textClassName="font-medium"
        selectClassName={SELECT_CLASS}
      />
      <LabelledSelect
        label="Accuracy"
        value={draft.acc}
        options={ACCURACY_OPTIONS}
        onChange={(acc) => setDraft({ ...draft, acc })}
        className="flex flex-col"
        textClassName="font-medium"
        selectClassName={SELECT_CLASS}
      />
      <label className="flex flex-col">
        <span className="font-medium">Seeds</span>
        <input
          type="number"
          className="w-20 rounded border border-slate-300 px-2 py-1"
          min={RACE_LIMITS.seeds.min}
          max={RACE_LIMITS.seeds.max}
          value={draft.seeds}
          onChange={(e) =>
            setDraft({ ...draft, seeds: Math.min(RACE_LIMITS.seeds.max, Math.max(RACE_LIMITS.seeds.min, Number(e.target.value) || 1)) })
          }
        />
      </label>
      <label className="flex flex-col">
        <span className="font-medium">Budget</span>
        <input
          type="number"
          className="w-28 rounded border border-slate-300 px-2 py-1"
          min={RACE_LIMITS.budget.min}
          max={RACE_LIMITS.budget.max}
          step={10}
          value={draft.budget}
          onChange={(e) =>
            setDraft({
              ...draft,
              budget: Math.min(RACE_LIMITS.budget.max, Math.max(RACE_LIMITS.budget.min, Number(e.target.value) || RACE_LIMITS.budget.min)),
            })
          }
        />
      </label>
      <label className="flex flex-col">
        <span className="font-medium">Reward w</span>
        <input
          type="number"
          step="0.01"
          placeholder="±0.07"
          className="w-24 rounded border border-slate-300 px-2 py-1"
          value={draft.w ?? ''}
          onChange={(e) => setDraft({ ...draft, w: num(e.target.value) })}
        />
      </label>
      <label className="flex flex-col">
        <span className="font-medium">Reward target</span>
        <input
          type="number"
          placeholder="median"
          className="w-28 rounded border border-slate-300 px-2 py-1"
          value={draft.target ?? ''}
          onChange={(e) => setDraft({ ...draft, target: num(e.target.value) })}
        />
      </label>
      <button type="submit" className="rounded bg-accent px-4 py-1.5 font-medium text-white">
        Run race
      </button>
    </form>
  );
}
