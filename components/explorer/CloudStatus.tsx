// One line per cloud under the chart's controls: how many measured records pass the filters and how
// many are on their front; how far the predicted sample has got (a progress bar while the worker runs;
// its architectures are distinct, and it says when they are the whole filtered space),
// its front, how many of its drawn points and of its front the surrogate extrapolates (or hides), and
// how long it took.
import { formatCount } from '@/components/ui/formatCount';
import type { SurrogateError } from '@/workers/surrogate/protocol';
import type { PredictedCloud } from './useSurrogateCloud';

export interface CloudStatusProps {
  measuredShown: number | null;
  measuredTotal: number | null;
  measuredFront: number | null;
  measuredError: string | null;
  cloud: PredictedCloud;
  predictedFront: number | null;
  /** Predicted rows the surrogate flags as extrapolated (OOD edge or far), and how many of the front are. */
  predictedFlagged: number;
  predictedFrontFlagged: number;
  /** Flagged rows are hidden: neither drawn nor on the front. */
  oodHidden: boolean;
  /** Surrogate not loaded: nothing can be predicted. */
  surrogateError: SurrogateError | null;
}

const n = formatCount;
const seconds = (ms: number) => (ms < 10_000 ? (ms / 1000).toFixed(2) : (ms / 1000).toFixed(1));

export function CloudStatus({
  measuredShown,
  measuredTotal,
  measuredFront,
  measuredError,
  cloud,
  predictedFront,
  predictedFlagged,
  predictedFrontFlagged,
  oodHidden,
  surrogateError,
}: CloudStatusProps) {
  const share = cloud.total > 0 ? cloud.done / cloud.total : 0;
  return (
    // Three lines and the progress bar reserved, so the chart below does not move as the lines grow
    // while the cloud streams in (a 0.06 layout shift before).
    <div className="grid min-h-[4.75rem] gap-1 text-sm sm:grid-cols-2" aria-live="polite">
      <p data-testid="measured-status">
        <span className="mr-1.5 inline-block h-2.5 w-2.5 rounded-full bg-blue-600/60 align-middle" aria-hidden="true" />
        {measuredError ? (
          <span className="text-red-800">Measured records could not be loaded: {measuredError}</span>
        ) : measuredShown === null ? (
          'Loading the 5,138 measured records…'
        ) : (
          <>
            <strong>{n(measuredShown)}</strong> of {n(measuredTotal ?? 0)} measured records pass the filters;{' '}
            <strong className="text-front" data-testid="measured-front-count">
              {n(measuredFront ?? 0)}
            </strong>{' '}
            on their Pareto front.
          </>
        )}
      </p>
      <div data-testid="predicted-status" data-status={cloud.status} data-done={cloud.done} data-total={cloud.total}>
        <p>
          <span className="mr-1.5 inline-block h-2.5 w-2.5 rounded-sm bg-slate-600/70 align-middle" aria-hidden="true" />
          {surrogateError ? (
            'No predictions: the surrogate is not available.'
          ) : cloud.status === 'idle' ? (
            cloud.total === 0 ? (
              'No predicted architectures (sample size 0).'
            ) : (
              'Waiting for the surrogate…'
            )
          ) : cloud.status === 'error' && cloud.error?.code === 'empty_space' ? (
            <span>No predicted architectures: {cloud.error.message}</span>
          ) : cloud.status === 'error' ? (
            <span className="text-red-800" role="alert">
              Prediction failed ({cloud.error?.code}): {cloud.error?.message}
            </span>
          ) : (
            <>
              <strong>{n(cloud.done)}</strong>
              {cloud.status === 'running' && <> of {n(cloud.total)}</>} distinct predicted architectures
              {cloud.sample && cloud.sample.spaceSize <= cloud.sample.requested && (
                <span data-testid="predicted-whole-space" data-space-size={cloud.sample.spaceSize}>
                  {' '}
                  (the whole filtered space: the filters allow {n(cloud.sample.spaceSize)} architectures, fewer than the{' '}
                  {n(cloud.sample.requested)} asked for)
                </span>
              )}
              {predictedFront !== null && (
                <>
                  ; <strong className="text-violet-800">{n(predictedFront)}</strong> on their front
                </>
              )}
              {cloud.done > 0 && (
                <span
                  data-testid="predicted-flagged"
                  data-flagged={predictedFlagged}
                  data-hidden={oodHidden}
                  data-front-flagged={predictedFrontFlagged}
                >
                  {oodHidden ? (
                    <>
                      ; <strong className="text-amber-800">{n(predictedFlagged)}</strong> extrapolated (beyond the training data) hidden
                    </>
                  ) : (
                    <>
                      ; <strong className="text-amber-800">{n(predictedFlagged)}</strong> of those drawn and{' '}
                      <strong className="text-amber-800">{n(predictedFrontFlagged)}</strong> of the front extrapolated (beyond the training
                      data)
                    </>
                  )}
                </span>
              )}
              {cloud.status === 'done' && cloud.timings && (
                <span
                  className="text-muted"
                  data-testid="predicted-timing"
                  data-total-ms={Math.round(cloud.timings.totalMs)}
                  data-predict-ms={Math.round(cloud.timings.predictMs)}
                >
                  {' '}
                  — sampled and predicted in {seconds(cloud.timings.totalMs)} s
                </span>
              )}
              {cloud.status === 'running' && cloud.done > 0 && (
                <span className="text-muted"> — {n(Math.round(cloud.done / Math.max(0.001, cloud.elapsedMs / 1000)))} per second</span>
              )}
              .
            </>
          )}
        </p>
        {cloud.status === 'running' && (
          <div
            className="mt-1 h-1.5 w-full overflow-hidden rounded bg-slate-200"
            role="progressbar"
            aria-label="Predicted architectures"
            aria-valuemin={0}
            aria-valuemax={cloud.total}
            aria-valuenow={cloud.done}
          >
            <div className="h-full bg-violet-600 transition-[width]" style={{ width: `${Math.round(share * 100)}%` }} />
          </div>
        )}
      </div>
    </div>
  );
}
