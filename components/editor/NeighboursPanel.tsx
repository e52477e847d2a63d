// The architecture's nearest measured neighbours by gene distance, with what was measured for them
// and links to open them, under where the architecture lies against the surrogate's training data
// (the API's outOfDistribution verdict, with the gene distance to the nearest training architecture).
import Link from 'next/link';
import { formatWithUnit } from '@/components/ui/formatWithUnit';
import { metricLabel } from '@/components/ui/metricLabel';
import { target, type DeviceMetricName } from '@/core/targets';
import type { OodVerdict } from '@/surrogates/runtime/outOfDistributionLevel';
import type { DistanceFromData } from './distanceFromData';
import { OOD_PANEL_CLASS } from './oodPanelClass';

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
  /** The verdict of the one OOD definition (the API's); the headline follows it, never the gene distance alone. */
  ood: OodVerdict | null;
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

export function NeighboursPanel({ rows, distance, ood, metric, loadError, onOpen }: NeighboursPanelProps) {
  const unit = target(metric).unit;
  return (
    <section aria-labelledby="neighbours-heading" className="space-y-2">
      <h2 id="neighbours-heading" className="text-xl font-semibold">
        Nearest measured architectures
      </h2>
      {distance && ood && (
        <div
          role={ood.level === 'in' ? undefined : 'alert'}
          className={`rounded-lg border p-3 text-sm ${OOD_PANEL_CLASS[ood.level]}`}
          data-testid="distance-from-data"
          data-level={ood.level}
          data-percentile={distance.percentile}
        >
          <p>
            <strong>This architecture is {LEVEL_TEXT[ood.level]}.</strong>{' '}
            {ood.level === 'in'
              ? 'Its descriptors lie inside the ranges the surrogate was trained on and its predictions inside the measured values.'
              : 'Some of its descriptors or predictions lie beyond what the surrogate was trained on (see the warning above the predictions).'}{' '}
            Its nearest training architecture differs in {distance.nearestTrainDistance} of 28 genes, a distance at the{' '}
            {Math.round(distance.percentile * 100)}th percentile of the test architectures the surrogate was validated on.
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
