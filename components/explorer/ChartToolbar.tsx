// The Pareto chart's tools: what a drag does (pan or brush-select) and zoom buttons, for people who
// do not use a wheel or the chart's keyboard shortcuts.
import { zoomView, type ChartView } from '@/components/charts/chartView';

export interface ChartToolbarProps {
  mode: 'pan' | 'select';
  onMode: (mode: 'pan' | 'select') => void;
  view: ChartView | null;
  onView: (view: ChartView | null) => void;
}

const base = 'rounded border px-2 py-1 text-xs';
const idle = `${base} border-slate-300 bg-white hover:border-accent`;

export function ChartToolbar({ mode, onMode, view, onView }: ChartToolbarProps) {
  const zoom = (factor: number) => {
    if (!view) return;
    onView(zoomView(view, factor, (view.x[0] + view.x[1]) / 2, (view.y[0] + view.y[1]) / 2));
  };
  return (
    <div className="flex flex-wrap items-center gap-1.5" role="toolbar" aria-label="Chart tools">
      {(['pan', 'select'] as const).map((m) => (
        <button
          key={m}
          type="button"
          aria-pressed={mode === m}
          onClick={() => onMode(m)}
          className={mode === m ? `${base} border-accent bg-accent text-white` : idle}
          data-testid={`mode-${m}`}
        >
          {m === 'pan' ? 'Drag to pan' : 'Drag to select'}
        </button>
      ))}
      <button type="button" className={idle} onClick={() => zoom(0.7)} aria-label="Zoom in">
        +
      </button>
      <button type="button" className={idle} onClick={() => zoom(1 / 0.7)} aria-label="Zoom out">
        −
      </button>
      <button type="button" className={idle} onClick={() => onView(null)} data-testid="zoom-reset">
        Reset zoom
      </button>
    </div>
  );
}
