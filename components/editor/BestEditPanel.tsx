// "Best single edit": of the 43 one-gene changes (all predicted in one worker batch), the ones that most
// improve a chosen device metric while losing at most a chosen amount of predicted top-1, best first,
// each with a button that applies it. Every change carries the uncertainty of the *difference*
// (rankEdits.ts) and says when it is within noise; where /compare's measured design rule for the same
// gene change disagrees with the prediction, the row says why both can stand.
import { DeviceMetricSelect } from '@/components/ui/DeviceMetricSelect';
import { NumberField } from '@/components/ui/NumberField';
import { metricLabel } from '@/components/ui/metricLabel';
import { formatWithUnit } from '@/components/ui/formatWithUnit';
import { device } from '@/core/devices';
import { target, type DeviceMetricName, type TargetName } from '@/core/targets';
import type { Gene } from '@/core/space/searchSpace';
import type { DifferenceCalibration } from '@/surrogates/runtime/predictedDifference';
import { designRuleForEdit, type DesignEffectLike } from './designRuleForEdit';
import { formatDifference } from './formatDifference';
import { NoiseBadge } from './NoiseBadge';
import { RuleDisagreement } from './RuleDisagreement';
import { rankEdits } from './rankEdits';
import type { ArchPrediction, NeighbourEdit } from './useEditPredictions';

export interface BestEditPanelProps {
  targets: TargetName[] | null;
  /** Per target (column order), the calibration of predicted differences; null until the surrogate loads. */
  calibrations: DifferenceCalibration[] | null;
  current: ArchPrediction | undefined;
  /** The 43 edits with their predictions (undefined while the batch runs). */
  edits: (NeighbourEdit & { prediction: ArchPrediction | undefined })[];
  /** /compare's measured design-rule effects, when loaded. */
  rules: readonly DesignEffectLike[] | null;
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

export function BestEditPanel(props: BestEditPanelProps) {
  const { targets, calibrations, current, edits, rules, metric, maxLoss, onMetric, onMaxLoss, onApply } = props;
  const chosen = target(metric);
  const ready = targets && calibrations && current && edits.every((e) => e.prediction);
  const ranked = ready ? rankEdits(targets, calibrations, current, edits, metric, maxLoss, LISTED) : [];
  const best = ranked[0];
  return (
    <section aria-labelledby="best-edit-heading" className="space-y-3" data-testid="best-edit">
      <h2 id="best-edit-heading" className="text-xl font-semibold">
        Best single edit
      </h2>
      <p className="max-w-3xl text-sm text-muted">
        All 43 architectures one gene away, predicted together: the changes that most improve the chosen metric without losing more than the
        allowed predicted top-1. Each change comes with the 90% interval of the <em>difference</em> (the surrogate&apos;s members compared
        edit by edit, calibrated on held-out pairs), and is called within noise when that interval includes no change or when two runs of
        the same network differ by more.
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
        <>
          {best.metric.verdict !== 'clear' || best.top1.verdict !== 'clear' ? (
            <p className="rounded-lg border border-amber-200 bg-amber-50 p-3 text-sm text-amber-950" data-testid="best-edit-within-noise">
              {best.metric.verdict !== 'clear'
                ? `Even the best edit's change of ${metricLabel(metric, 'long')} (${formatDifference(best.metric, 'relative').change}) is within noise: ${formatDifference(best.metric, 'relative').reason}.`
                : `The best edit's change of top-1 (${formatDifference(best.top1, 'points').change}) is within noise: ${formatDifference(best.top1, 'points').reason}. Expect the ${metricLabel(metric, 'long')} gain, not a measurable change of accuracy.`}
            </p>
          ) : null}
          <ol className="space-y-1.5">
            {ranked.map((c, i) => {
              const m = formatDifference(c.metric, 'relative');
              const a = formatDifference(c.top1, 'points');
              const rule = rules ? designRuleForEdit(rules, { ...c.edit.slot, from: c.edit.from, to: c.edit.to }, 'val_top1') : null;
              return (
                <li
                  key={c.edit.code}
                  className={`space-y-1 rounded-lg border p-2.5 text-sm ${i === 0 ? 'border-emerald-300 bg-emerald-50' : 'border-slate-200 bg-white'}`}
                  data-testid={i === 0 ? 'best-edit-top' : 'best-edit-candidate'}
                  data-code={c.edit.code}
                  data-metric-verdict={c.metric.verdict}
                  data-top1-verdict={c.top1.verdict}
                >
                  <div className="flex flex-wrap items-center justify-between gap-2">
                    <span>
                      <strong>
                        Stage {c.edit.slot.block} {GENE_NAME[c.edit.slot.gene]} {show(c.edit.slot.gene, c.edit.from)} →{' '}
                        {show(c.edit.slot.gene, c.edit.to)}
                      </strong>
                      : {m.change} <span className="text-muted">{m.interval}</span> {chosen.kind} on {device(chosen.device).short} (
                      {formatWithUnit(c.before, chosen.unit)} → {formatWithUnit(c.after, chosen.unit)} {chosen.unit})
                      {m.noise ? <NoiseBadge text={m.noise} /> : null}, top-1 {a.change} <span className="text-muted">{a.interval}</span>
                      {a.noise ? <NoiseBadge text={a.noise} testId={i === 0 ? 'best-edit-top1-noise' : undefined} /> : null}
                    </span>
                    <button
                      type="button"
                      onClick={() => onApply(c.edit)}
                      className="rounded-md border border-slate-300 bg-white px-3 py-1 text-sm font-medium hover:border-accent"
                      data-testid={i === 0 ? 'apply-best-edit' : undefined}
                    >
                      Apply
                    </button>
                  </div>
                  {rule ? <RuleDisagreement rule={rule} predicted={c.top1} /> : null}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
