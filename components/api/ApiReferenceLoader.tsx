'use client';
// Scalar's interactive reference (with "Test Request") on demand: its bundle, styles and ~1.7 s of
// main-thread work (Lighthouse: /api-docs at performance 47, TBT 1,732 ms when it loaded with the page)
// start only when the reader opens it. Opened is URL state (`?try=1`), so a shared link opens it at
// once; so does a link into one of Scalar's sections (a #hash).
import dynamic from 'next/dynamic';
import { useQueryState } from 'nuqs';
import { useEffect } from 'react';
import { parseAsFlag } from '@/lib/url/parseAsFlag';

const ApiReference = dynamic(() => import('./ApiReference').then((m) => m.ApiReference), {
  ssr: false,
  loading: () => (
    <p role="status" className="min-h-[60vh] text-muted">
      Loading the interactive reference…
    </p>
  ),
});

export function ApiReferenceLoader() {
  const [open, setOpen] = useQueryState('try', parseAsFlag.withDefault(false));
  useEffect(() => {
    if (!open && window.location.hash.length > 1) void setOpen(true);
  }, [open, setOpen]);
  return (
    <section aria-labelledby="reference-heading" className="space-y-3">
      <h2 id="reference-heading" className="text-xl font-semibold">
        Interactive reference
      </h2>
      {open ? (
        <ApiReference />
      ) : (
        <div className="space-y-2 rounded border border-slate-200 bg-white p-4">
          <p className="max-w-3xl text-sm text-muted">
            Parameters, response schemas and errors of every operation, with &ldquo;Test Request&rdquo; to send a real request to this
            server (Scalar, loaded when you open it).
          </p>
          <button
            type="button"
            onClick={() => void setOpen(true)}
            className="rounded bg-accent px-3 py-1.5 text-sm font-medium text-white hover:opacity-90 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent"
          >
            Open the interactive reference
          </button>
        </div>
      )}
    </section>
  );
}
