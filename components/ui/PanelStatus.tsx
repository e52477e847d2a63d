// What a data panel says while it refetches or after a failed request: "Updating…" over the previous
// result, or the error with a retry button — never a blank space.

export interface PanelStatusProps {
  fetching: boolean;
  error: { message: string } | null;
  onRetry: () => void;
}

export function PanelStatus({ fetching, error, onRetry }: PanelStatusProps) {
  if (error) {
    return (
      <div role="alert" className="flex flex-wrap items-center gap-3 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900">
        <span>Could not load this view: {error.message}</span>
        <button
          type="button"
          onClick={onRetry}
          className="rounded border border-red-300 bg-white px-2 py-0.5 font-medium hover:border-red-500"
        >
          Retry
        </button>
      </div>
    );
  }
  return (
    <p role="status" aria-live="polite" className="h-5 text-xs text-muted">
      {fetching ? 'Updating…' : ''}
    </p>
  );
}
