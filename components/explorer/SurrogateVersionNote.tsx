'use client';
// Which surrogate made the predictions on this page (`sv`, the first 12 characters of the manifest's
// versionHash), written into the URL so a shared link carries it; when a link's `sv` differs from the
// model this server has, a warning says the predicted numbers may differ from what was shared.
import { useEffect } from 'react';
import type { SurrogateInfoState } from './useSurrogateInfo';
import { SURROGATE_VERSION_PREFIX } from './paretoParams';

export interface SurrogateVersionNoteProps {
  info: SurrogateInfoState & { retry: () => void };
  /** The URL's `sv`, null when absent. */
  sv: string | null;
  onSetVersion: (sv: string) => void;
}

export function SurrogateVersionNote({ info, sv, onSetVersion }: SurrogateVersionNoteProps) {
  const current = info.status === 'ready' ? info.info.versionHash.slice(0, SURROGATE_VERSION_PREFIX) : null;
  useEffect(() => {
    if (current && sv === null) onSetVersion(current);
  }, [current, sv, onSetVersion]);

  if (info.status === 'loading') {
    return (
      <p className="min-h-8 text-xs text-muted" role="status" data-testid="surrogate-version">
        Loading the surrogate model in a background worker…
      </p>
    );
  }
  if (info.status === 'error') {
    return (
      <div
        role="alert"
        className="flex flex-wrap items-center gap-3 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900"
        data-testid="surrogate-error"
        data-code={info.error.code}
      >
        <span>
          The surrogate could not be loaded ({info.error.code}): {info.error.message} Measured data is still shown.
        </span>
        <button
          type="button"
          onClick={info.retry}
          className="rounded border border-red-300 bg-white px-2 py-0.5 font-medium hover:border-red-500"
        >
          Retry
        </button>
      </div>
    );
  }
  const mismatch = sv !== null && current !== null && !info.info.versionHash.startsWith(sv);
  if (mismatch) {
    return (
      <div
        role="status"
        className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
        data-testid="surrogate-version"
        data-status="different"
      >
        <p className="font-medium">
          This link was made with surrogate version <code className="font-mono">{sv}</code>; this server has{' '}
          <code className="font-mono">{current}</code>, so the predicted numbers may differ from what was shared (measured values are
          unaffected).
        </p>
        <button type="button" className="mt-1 text-accent underline underline-offset-2" onClick={() => onSetVersion(current!)}>
          Link to the current surrogate instead
        </button>
      </div>
    );
  }
  return (
    // min-h-8: two lines whether loading or loaded, so nothing below moves when the model is ready.
    <p className="min-h-8 text-xs text-muted" data-testid="surrogate-version" data-status="current" data-version={current ?? ''}>
      Predictions by surrogate version <code className="font-mono">{current}</code> (gradient-boosted trees run in your browser with
      onnxruntime-web, {info.info.workers > 1 ? `${info.info.workers} workers × ` : ''}
      {info.info.threads} wasm thread{info.info.threads === 1 ? '' : 's'}).
    </p>
  );
}
