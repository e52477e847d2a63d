// The architecture's nearest measured neighbours by gene distance, with what was measured for them
// and links to open them, under a warning when the architecture is far from the surrogate's training
// data (the same distance percentile as the API's outOfDistribution).
import Link from 'next/link';
import { formatWithUnit } from '@/components/ui/formatWithUnit';
import { metricLabel } from '@/components/ui/metricLabel';
import { target, type DeviceMetricName } from '@/core/targets';
import type { DistanceFromData } from './distanceFromData';

export interface NeighbourRow {
  code: string;
  resultId: number;
  distance: number;
  valTop1: number;
  metric: number;
}

export interface NeighboursPanelProps {
  rows: NeighbourRow[] | null;
  distance: DistanceFromData | null;
  metric: DeviceMetricName;
  loadError: string | null;
  /** Opens a neighbour in the editor (a plain click); other clicks follow the link. */
  onOpen: (code: string) => void;
}

const LEVEL_TEXT = {
  in: 'within the training data',
  edge: 'at the edge of the training data',
  far: 'far from the training data',
} as const;

export function NeighboursPanel({ rows, distance, metric, loadError, onOpen }: NeighboursPanelProps) {
  const unit = target(metric).unit;
  return (
    <section aria-labelledby="neighbours-heading" className="space-y-2">
      <h2 id="neighbours-heading" className="text-xl font-semibold">
        Nearest measured architectures
      </h2>
      {distance && (
        <div
          role={distance.level === 'in' ? undefined : 'alert'}
          className={`rounded-lg border p-3 text-sm ${distance.level === 'far' ? 'border-red-300 bg-red-50 text-red-950' : distance.level === 'edge' ? 'border-amber-300 bg-amber-50 text-amber-950' : 'border-slate-200 bg-white'}`}
          data-testid="distance-from-data"
          data-level={distance.level}
          data-percentile={distance.percentile}
        >
          <p>
            <strong>This architecture is {LEVEL_TEXT[distance.level]}.</strong> Its nearest training architecture differs in{' '}
            {distance.nearestTrainDistance} of 28 genes, further than {Math.round(distance.percentile * 100)}% of the test architectures the
            surrogate was validated on are from theirs.
            {distance.level === 'far' && ' Treat its predictions with caution: the surrogate has seen nothing like it.'}
            {distance.level === 'edge' && ' Its predictions are less certain than usual.'}
          </p>
        </div>
      )}
      {loadError ? (
        <p role="alert" className="text-sm text-red-800">
          The measured architectures could not be loaded: {loadError}
        </p>
      ) : !rows ? (
        <div className="h-40 animate-pulse rounded-lg border border-slate-200 bg-white" aria-hidden="true" />
      ) : (
        <div
          className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
          tabIndex={0}
          role="region"
          aria-label="Nearest measured architectures"
        >
          <table className="w-full text-left text-sm tabular-nums" data-testid="neighbours">
            <thead className="bg-slate-50 text-xs text-muted">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  Architecture
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  Genes different
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  Top-1 (%)
                </th>
                <th scope="col" className="px-3 py-2 text-right font-medium">
                  {metricLabel(metric, 'long')} ({unit})
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.resultId} className="border-t border-slate-100" data-code={r.code}>
                  <td className="px-3 py-1.5">
                    <Link
                      href={`/arch/${r.code}`}
                      className="font-mono text-accent hover:underline"
                      onClick={(e) => {
                        if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
                        e.preventDefault();
                        onOpen(r.code);
                      }}
                    >
                      {r.code}
                    </Link>
                  </td>
                  <td className="px-3 py-1.5 text-right">{r.distance}</td>
                  <td className="px-3 py-1.5 text-right">{formatWithUnit(r.valTop1, '%')}</td>
                  <td className="px-3 py-1.5 text-right">{formatWithUnit(r.metric, unit)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
