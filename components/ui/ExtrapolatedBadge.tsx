// The mark of a prediction the surrogate extrapolates (outOfDistributionLevel's `edge` or `far`): one
// look and one wording wherever predicted architectures are listed (/pareto's tables, search results).
import type { OodLevel } from '@/workers/surrogate/protocol';

const EXTRAPOLATED_TITLE: Record<Exclude<OodLevel, 'in'>, string> = {
  edge: 'The surrogate predicts beyond its training data here (at its edge): trust this prediction less.',
  far: 'The surrogate predicts far beyond its training data here: this prediction is an extrapolation.',
};

export interface ExtrapolatedBadgeProps {
  /** The prediction's level; nothing is drawn for `in` or an unknown level. */
  ood: OodLevel | undefined;
}

export function ExtrapolatedBadge({ ood }: ExtrapolatedBadgeProps) {
  if (!ood || ood === 'in') return null;
  return (
    <span
      className={`ml-1.5 rounded px-1 py-px font-sans text-[10px] font-medium ${ood === 'far' ? 'bg-rose-100 text-rose-900' : 'bg-amber-100 text-amber-900'}`}
      title={EXTRAPOLATED_TITLE[ood]}
      data-testid="extrapolated-badge"
    >
      extrapolated{ood === 'far' ? ' (far)' : ''}
    </span>
  );
}
