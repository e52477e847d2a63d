// Shown while /pareto renders on the server.
export default function Loading() {
  return (
    <div className="space-y-6" role="status" aria-live="polite">
      <h1 className="text-3xl font-bold tracking-tight">Pareto explorer</h1>
      <p className="text-muted">Loading the dataset version…</p>
      <div className="h-[500px] animate-pulse rounded-lg border border-slate-200 bg-white" />
    </div>
  );
}
