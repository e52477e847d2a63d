// The architecture at a glance above the editor: its code, whether it was measured, and the numbers
// that follow from the genes alone (MACs and params counted as the dataset's model_info, depth).
import { Fragment } from 'react';
import { ArchitectureGlyph } from '@/components/charts/ArchitectureGlyph';
import { macsParams } from '@/core/metrics/macsParams';
import type { Architecture } from '@/core/space/searchSpace';
import type { MeasuredRecord } from './PredictionTable';

export interface ArchitectureSummaryProps {
  code: string;
  arch: Architecture;
  /** null: not in the dataset; undefined: still asking. */
  measured: MeasuredRecord[] | null | undefined;
}

export function ArchitectureSummary({ code, arch, measured }: ArchitectureSummaryProps) {
  const { macs, params } = macsParams(arch);
  const layers = arch.reduce((s, b) => s + b.l, 0);
  const seLayers = arch.reduce((s, b) => s + (b.se ? b.l : 0), 0);
  return (
    <section
      aria-label="Architecture summary"
      className="flex flex-wrap items-center gap-x-5 gap-y-2 rounded-lg border border-slate-200 bg-white p-3"
    >
      <div className="space-y-1">
        <p className="text-xs text-muted">Architecture code</p>
        <p className="font-mono text-lg font-semibold" data-testid="arch-code">
          {/* Line breaks only between groups on narrow screens. */}
          {code.split('-').map((group, i) => (
            <Fragment key={i}>
              {i > 0 && (
                <>
                  -<wbr />
                </>
              )}
              {group}
            </Fragment>
          ))}
        </p>
        <p className="text-sm" data-testid="measured-badge" data-measured={measured ? 'yes' : measured === null ? 'no' : 'unknown'}>
          {measured === undefined ? (
            <span className="text-muted">Looking it up in the dataset…</span>
          ) : measured === null ? (
            <span className="rounded bg-violet-100 px-1.5 py-0.5 text-violet-900">Not measured: predicted by the surrogate</span>
          ) : (
            <span className="rounded bg-blue-100 px-1.5 py-0.5 text-blue-900">
              Measured
              {measured.length > 1
                ? ` twice (${measured.map((r) => `result_${r.resultId}`).join(', ')})`
                : ` (result_${measured[0].resultId})`}
            </span>
          )}
        </p>
      </div>
      <ArchitectureGlyph arch={arch} width={112} height={40} />
      <dl className="flex gap-x-4 text-sm tabular-nums">
        <div>
          <dt className="text-xs text-muted">MACs</dt>
          <dd className="text-lg font-semibold" data-testid="analytic-macs" data-value={macs}>
            {macs.toFixed(1)} M
          </dd>
        </div>
        <div>
          <dt className="text-xs text-muted">Params</dt>
          <dd className="text-lg font-semibold" data-testid="analytic-params" data-value={params}>
            {params.toFixed(2)} M
          </dd>
        </div>
        <div>
          <dt className="text-xs text-muted">Layers (with SE)</dt>
          <dd className="text-lg font-semibold">
            {layers} ({seLayers})
          </dd>
        </div>
      </dl>
    </section>
  );
}
