'use client';
// /pareto failed on the server (e.g. no dataset imported yet): say what happened and offer a retry.
export default function ParetoError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="space-y-3 rounded-lg border border-red-200 bg-red-50 p-4 text-red-900">
      <h1 className="text-xl font-semibold">The Pareto explorer could not be loaded</h1>
      <p className="text-sm">{error.message || 'The server could not answer.'}</p>
      <button type="button" onClick={reset} className="rounded border border-red-300 bg-white px-3 py-1 text-sm font-medium">
        Try again
      </button>
    </div>
  );
}
