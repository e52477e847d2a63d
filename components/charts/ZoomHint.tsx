// The Pareto chart's note on how to zoom, in the plot's top-right corner: quiet, and emphasised for a
// moment when a plain wheel over the chart scrolled the page instead (the reader may have meant to zoom).
export function ZoomHint({ emphasised, top, right }: { emphasised: boolean; top: number; right: number }) {
  return (
    <p
      className={`pointer-events-none absolute rounded px-1.5 py-0.5 text-[11px] transition-colors ${
        emphasised ? 'bg-slate-900 text-white' : 'bg-white/80 text-slate-600'
      }`}
      style={{ top: top + 4, right: right + 4 }}
      data-testid="zoom-hint"
      data-emphasised={emphasised}
    >
      Ctrl/⌘ + wheel to zoom
    </p>
  );
}
