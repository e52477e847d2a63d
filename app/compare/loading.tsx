// Shown while /compare renders on the server (the design rules take about a second on first use).
export default function Loading() {
  return (
    <div className="space-y-6" role="status" aria-live="polite">
      <h1 className="text-3xl font-bold tracking-tight">Accelerators side by side</h1>
      <p className="text-muted">Loading the rank correlations, rank flips and design rules…</p>
      <div className="h-72 animate-pulse rounded-lg border border-slate-200 bg-white" />
      <div className="h-72 animate-pulse rounded-lg border border-slate-200 bg-white" />
    </div>
  );
}
