// Shown while /data renders on the server.
export default function Loading() {
  return (
    <div className="space-y-6" role="status" aria-live="polite">
      <h1 className="text-3xl font-bold tracking-tight">Dataset</h1>
      <p className="text-muted">Loading the measured records…</p>
      <div className="space-y-1">
        {Array.from({ length: 10 }, (_, i) => (
          <div key={i} className="h-7 animate-pulse rounded bg-slate-200/70" />
        ))}
      </div>
    </div>
  );
}
