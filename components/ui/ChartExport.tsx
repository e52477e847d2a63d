'use client';
// Wraps a chart and offers it as a file: the <svg> inside, serialised as .svg or rasterised to .png
// on a canvas — both in the browser, nothing sent anywhere.
import { useRef, useState, type ReactNode } from 'react';
import { downloadBlob } from '@/components/charts/downloadBlob';
import { rasterizeSvg } from '@/components/charts/rasterizeSvg';
import { serializeSvg } from '@/components/charts/serializeSvg';

export interface ChartExportProps {
  /** File name without extension, e.g. `rank-flip-a100-zcu102`. */
  filename: string;
  /** What the chart shows, for the buttons' accessible names. */
  label: string;
  children: ReactNode;
  /** Extra controls or captions shown beside the export buttons. */
  caption?: ReactNode;
}

export function ChartExport({ filename, label, children, caption }: ChartExportProps) {
  const box = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);

  const svg = () => {
    const el = box.current?.querySelector('svg');
    if (!el) throw new Error('The chart has not rendered yet.');
    return serializeSvg(el);
  };

  const run = async (format: 'svg' | 'png') => {
    setError(null);
    try {
      const { text, width, height } = svg();
      const blob = format === 'svg' ? new Blob([text], { type: 'image/svg+xml;charset=utf-8' }) : await rasterizeSvg(text, width, height);
      downloadBlob(blob, `${filename}.${format}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const button =
    'min-h-6 rounded border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium text-muted hover:border-accent hover:text-ink';
  return (
    <figure className="space-y-2">
      {/* Focusable so keyboard users can scroll a chart wider than a phone screen. */}
      <div
        ref={box}
        className="overflow-x-auto rounded-lg border border-slate-200 bg-white p-2"
        tabIndex={0}
        role="region"
        aria-label={label}
      >
        {children}
      </div>
      <figcaption className="flex flex-wrap items-center justify-between gap-2 text-xs text-muted">
        <div className="min-w-0 flex-1">{caption}</div>
        <div className="flex items-center gap-1.5">
          <span aria-hidden="true">Export</span>
          <button type="button" className={button} onClick={() => run('svg')} aria-label={`Download ${label} as SVG`}>
            SVG
          </button>
          <button type="button" className={button} onClick={() => run('png')} aria-label={`Download ${label} as PNG`}>
            PNG
          </button>
        </div>
        {error && (
          <p role="alert" className="w-full text-front">
            Export failed: {error}
          </p>
        )}
      </figcaption>
    </figure>
  );
}
