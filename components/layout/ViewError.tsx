'use client';
// What a view's error.tsx shows when the page failed on the server (e.g. no dataset imported yet):
// the view's title, the error's message and a retry, plus any further actions (e.g. a link away).
import type { ReactNode } from 'react';

/** The props Next.js passes to an error.tsx boundary. */
export interface ErrorBoundaryProps {
  error: Error & { digest?: string };
  reset: () => void;
}

export function ViewError({ title, error, reset, children }: ErrorBoundaryProps & { title: string; children?: ReactNode }) {
  const retry = (
    <button type="button" onClick={reset} className="rounded border border-red-300 bg-white px-3 py-1 text-sm font-medium">
      Try again
    </button>
  );
  return (
    <div role="alert" className="space-y-3 rounded-lg border border-red-200 bg-red-50 p-4 text-red-900">
      <h1 className="text-xl font-semibold">{title}</h1>
      <p className="text-sm">{error.message || 'The server could not answer.'}</p>
      {children ? (
        <div className="flex gap-3">
          {retry}
          {children}
        </div>
      ) : (
        retry
      )}
    </div>
  );
}
