// Shown while /proxy renders on the server.
export default function Loading() {
  return (
    <div className="space-y-6" role="status" aria-live="polite">
      <h1 className="text-3xl font-bold tracking-tight">Proxy fidelity</h1>
      <p className="text-muted">Loading the reference and proxy runs…</p>
      <div className="h-96 animate-pulse rounded-lg border border-slate-200 bg-white" />
    </div>
  );
}
