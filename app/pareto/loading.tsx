// Shown while /pareto renders on the server: the page's outline at its final sizes (header, controls,
// status lines, chart, fronts), taller than a desktop viewport like the page itself, so neither the
// footer nor a scrollbar appearing moves anything when the explorer streams in (Lighthouse measured
// CLS 0.70 when this was one 500 px box).
export default function Loading() {
  return (
    <div className="space-y-6" role="status" aria-live="polite">
      <h1 className="text-3xl font-bold tracking-tight">Pareto explorer</h1>
      <p className="text-muted">Loading the dataset version…</p>
      <div className="h-[150px] rounded-lg border border-slate-200 bg-white" />
      <div className="h-[72px]" />
      <div className="h-[580px] animate-pulse rounded-lg border border-slate-200 bg-white" />
      <div className="h-[360px] rounded-lg border border-slate-200 bg-white" />
    </div>
  );
}
