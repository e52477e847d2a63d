'use client';
// /arch/[code] failed on the server (e.g. no dataset imported yet): say what happened and offer a retry.
import Link from 'next/link';

export default function ArchitectureError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="space-y-3 rounded-lg border border-red-200 bg-red-50 p-4 text-red-900">
      <h1 className="text-xl font-semibold">This architecture could not be loaded</h1>
      <p className="text-sm">{error.message || 'The server could not answer.'}</p>
      <div className="flex gap-3">
        <button type="button" onClick={reset} className="rounded border border-red-300 bg-white px-3 py-1 text-sm font-medium">
          Try again
        </button>
        <Link href="/pareto" className="self-center text-sm underline">
          Back to the Pareto explorer
        </Link>
      </div>
    </div>
  );
}
