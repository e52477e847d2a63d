// The race's live status line (loading, error, progress with evaluations/s, done); its data attributes
// are what the e2e tests and the bench wait on and read.
import { formatCount } from '@/components/ui/formatCount';
import type { RaceStatus } from './useRace';

export function RaceStatusLine({ status, evaluated, total }: { status: RaceStatus; evaluated: number; total: number }) {
  return (
    <p role="status" aria-live="polite" className="text-sm text-muted" data-testid="race-status" data-phase={status.phase}>
      {status.phase === 'loading' && 'Loading the surrogate…'}
      {status.phase === 'error' && <span className="text-red-700">{status.message}</span>}
      {(status.phase === 'running' || status.phase === 'paused') &&
        `${status.phase === 'paused' ? 'Paused' : 'Running'}: ${formatCount(evaluated)} of ${formatCount(total)} evaluations, ${formatCount(status.rate)} evaluations/s`}
      {status.phase === 'done' && (
        <span data-testid="race-rate" data-value={status.rate}>
          Done: {formatCount(total)} evaluations in {status.seconds.toFixed(1)} s ({formatCount(status.rate)} evaluations/s of search and
          prediction in the worker).
        </span>
      )}
    </p>
  );
}
