// The editor's "Predicted and measured" section: a failed prediction's alert, the table of every
// target, and how its "better than" column is computed. Presentational.
import type { SurrogateError } from '@/workers/surrogate/protocol';
import { PredictionTable, type PredictionTableProps } from './PredictionTable';

export interface PredictionSectionProps extends PredictionTableProps {
  /** The last prediction's failure, shown as an alert. */
  error: SurrogateError | null;
  /** How many measured records the percentiles rank against; null until they load. */
  measuredCount: number | null;
}

export function PredictionSection({ error, measuredCount, ...table }: PredictionSectionProps) {
  return (
    <section aria-labelledby="values-heading" className="space-y-2">
      <h2 id="values-heading" className="text-xl font-semibold">
        Predicted and measured
      </h2>
      {error && (
        <p role="alert" className="text-sm text-red-800">
          Prediction failed ({error.code}): {error.message}
        </p>
      )}
      <PredictionTable {...table} />
      <p className="text-xs text-muted">
        “Better than”: the share of the {measuredCount !== null ? measuredCount.toLocaleString('en-US') : '5,138'} measured records this
        architecture beats on each target, using its measured value when it was measured and the surrogate&apos;s mean otherwise.
      </p>
    </section>
  );
}
