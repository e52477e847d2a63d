// "Best single edit": of the 43 one-gene changes (all predicted in one worker batch), the ones that most
// improve a chosen device metric while losing at most a chosen amount of predicted top-1, best first,
// each with a button that applies it.
import { DeviceMetricSelect } from '@/components/ui/DeviceMetricSelect';
import { NumberField } from '@/components/ui/NumberField';
import { metricLabel } from '@/components/ui/metricLabel';
import { formatWithUnit } from '@/components/ui/formatWithUnit';
import { device } from '@/core/devices';
import { target, type DeviceMetricName, type TargetName } from '@/core/targets';
import type { Gene } from '@/core/space/searchSpace';
import type { ArchPrediction, NeighbourEdit } from './useEditPredictions';

export interface BestEditPanelProps {
  targets: TargetName[] | null;
  current: ArchPrediction | undefined;
  /** The 43 edits with their predictions (undefined while the batch runs). */
  edits: (NeighbourEdit & { prediction: ArchPrediction | undefined })[];
  metric: DeviceMetricName;
  maxLoss: number;
  onMetric: (metric: DeviceMetricName) => void;
  onMaxLoss: (loss: number) => void;
  onApply: (edit: NeighbourEdit) => void;
}

const GENE_NAME: Record<Gene, string> = { e: 'expansion', k: 'kernel', l: 'layers', se: 'squeeze-excite' };
const show = (gene: Gene, v: number | boolean) => (gene === 'se' ? (v ? 'on' : 'off') : gene === 'k' ? `${v}×${v}` : String(v));
/** Candidates listed under the best one. */
const LISTED = 5;

export function BestEditPanel({ targets, current, edits, metric, maxLoss, onMetric, onMaxLoss, onApply }: BestEditPanelProps) {
  const chosen = target(metric);
  const mi = targets?.indexOf(metric) ?? -1;
  const ai = targets?.indexOf('val_top1') ?? -1;
  const ready = current && mi >= 0 && ai >= 0 && edits.every((e) => e.prediction);
  const ranked = ready
    ? edits
        .map((e) => {
          const before = current.mean[mi];
          const after = e.prediction!.mean[mi];
          const gain = chosen.direction === 'max' ? (after - before) / before : (before - after) / before;
          return { edit: e, before, after, gain, top1Before: current.mean[ai], top1After: e.prediction!.mean[ai] };
        })
        .filter((c) => c.gain > 0 && c.top1After - c.top1Before >= -maxLoss)
        .sort((a, b) => b.gain - a.gain)
        .slice(0, LISTED)
    : [];
  return (
    <section aria-labelledby="best-edit-heading" className="space-y-3" data-testid="best-edit">
      <h2 id="best-edit-heading" className="text-xl font-semibold">
        Best single edit
      </h2>
      <p className="max-w-3xl text-sm text-muted">
        All 43 architectures one gene away, predicted together: the changes that most improve the chosen metric without losing more than the
        allowed predicted top-1.
      </p>
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
        <DeviceMetricSelect label="Improve" value={metric} onChange={onMetric} testId="best-edit-metric" />
        <NumberField
          label="Top-1 loss at most (points)"
          value={maxLoss}
          min={0}
          max={10}
          step={0.1}
          onCommit={(v) => onMaxLoss(v === null ? 0.5 : Math.max(0, Math.min(10, v)))}
          inputClassName="w-20"
          testId="best-edit-loss"
        />
      </div>
      {!ready ? (
        <p className="text-sm text-muted" role="status">
          Predicting the 43 one-gene edits…
        </p>
      ) : ranked.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-sm" data-testid="best-edit-none">
          No single gene change improves {metricLabel(metric, 'long')} without losing more than {maxLoss} points of predicted top-1. Allow a
          larger loss or try another metric.
        </p>
      ) : (
        <ol className="space-y-1.5">
          {ranked.map((c, i) => (
            <li
              key={c.edit.code}
              className={`flex flex-wrap items-center justify-between gap-2 rounded-lg border p-2.5 text-sm ${i === 0 ? 'border-emerald-300 bg-emerald-50' : 'border-slate-200 bg-white'}`}
              data-testid={i === 0 ? 'best-edit-top' : undefined}
              data-code={c.edit.code}
            >
              <span>
                <strong>
                  Stage {c.edit.slot.block} {GENE_NAME[c.edit.slot.gene]} {show(c.edit.slot.gene, c.edit.from)} →{' '}
                  {show(c.edit.slot.gene, c.edit.to)}
                </strong>
                : {chosen.direction === 'max' ? '+' : '−'}
                {(c.gain * 100).toFixed(1)}% {chosen.kind} on {device(chosen.device).short} ({formatWithUnit(c.before, chosen.unit)} →{' '}
                {formatWithUnit(c.after, chosen.unit)} {chosen.unit}), top-1 {c.top1After - c.top1Before >= 0 ? '+' : '−'}
                {Math.abs(c.top1After - c.top1Before).toFixed(2)} points
              </span>
              <button
                type="button"
                onClick={() => onApply(c.edit)}
                className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm font-medium hover:border-accent"
                data-testid={i === 0 ? 'apply-best-edit' : undefined}
              >
                Apply
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
