// The editor's "Predicted and measured" section: a failed prediction's alert, the table of every
// target, and how its change and "better than" columns read. Presentational.
import type { ReactNode } from 'react';
import { formatCount } from '@/components/ui/formatCount';
import type { OodVerdict } from '@/surrogates/runtime/outOfDistributionLevel';
import type { SurrogateError } from '@/workers/surrogate/protocol';
import { describeOodReasons } from './describeOodReasons';
import { OOD_PANEL_CLASS } from './oodPanelClass';
import { PredictionTable, type PredictionTableProps } from './PredictionTable';

export interface PredictionSectionProps extends PredictionTableProps {
  /** The last prediction's failure, shown as an alert. */
  error: SurrogateError | null;
  /** How many measured records the percentiles rank against; null until they load. */
  measuredCount: number | null;
  /** Where the architecture lies against the surrogate's training data; null until predicted. */
  ood: OodVerdict | null;
  /** Under the heading: what the changes compare with. */
  children?: ReactNode;
  /** Under the notes: which surrogate predicts. */
  footer?: ReactNode;
}

export function PredictionSection({ error, measuredCount, ood, children, footer, ...table }: PredictionSectionProps) {
  return (
    <section aria-labelledby="values-heading" className="space-y-2">
      <h2 id="values-heading" className="text-xl font-semibold">
        Predicted and measured
      </h2>
      {children}
      {error && (
        <p role="alert" className="text-sm text-red-800">
          Prediction failed ({error.code}): {error.message}
        </p>
      )}
      {ood && ood.level !== 'in' && (
        <div
          role="alert"
          className={`rounded-lg border p-3 text-sm ${OOD_PANEL_CLASS[ood.level]}`}
          data-testid="extrapolation-warning"
          data-level={ood.level}
        >
          <p>
            <strong>
              Extrapolation: this architecture lies {ood.level === 'far' ? 'far beyond' : 'at the edge of'} the surrogate&apos;s training
              data.
            </strong>{' '}
            Its intervals are widened for that (surrogates/README.md, “At the edges”); treat the means with caution.
          </p>
          <ul className="mt-1 list-disc pl-5">
            {describeOodReasons(ood.reasons).map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      )}
      <PredictionTable {...table} />
      {table.comparisons && table.comparisons.length > 0 ? (
        <p className="text-xs text-muted" data-testid="change-legend">
          Changes are the surrogate&apos;s predicted difference (points of accuracy, percent otherwise). A change marked{' '}
          <span className="font-medium text-amber-900">noise</span> is within the surrogate&apos;s uncertainty of the <em>difference</em>{' '}
          (its 90% interval includes no change) or smaller than two runs of one network differ by; an unmarked change is larger than both.
          Hover a change for its interval.
          {table.profiled?.some((r) => r.status === 'ready') ? (
            <>
              {' '}
              A profiled device&apos;s change is its kernel-level model&apos;s; the interval treats the fit&apos;s held-out error as
              independent per architecture (an upper bound), and noise is how much its timed runs of one network differ.
            </>
          ) : null}
        </p>
      ) : null}
      <p className="text-xs text-muted">
        “Better than”: the share of the {measuredCount !== null ? formatCount(measuredCount) : '5,138'} measured records this architecture
        beats on each target, using its measured value when it was measured and the surrogate&apos;s mean otherwise.
      </p>
      {footer}
    </section>
  );
}
