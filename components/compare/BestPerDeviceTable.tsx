// The winners of the best-per-device view: one row per device metric with the architecture (a link
// to the editor), its top-1, its value ± the measurement std, and its lead over the runner-up — marked
// when that lead is smaller than two measurements of one network differ by.
import Link from 'next/link';
import { formatMetric } from '@/components/data/formatMetric';
import { metricLabel } from '@/components/ui/metricLabel';
import type { DeviceMetricName } from '@/core/targets';

export interface BestRow {
  metric: DeviceMetricName;
  unit: string;
  direction: 'max' | 'min';
  candidates: number;
  best: { code: string; valTop1: number; value: number; std: number | null; macs: number; params: number } | null;
  runnerUp: { code: string; value: number } | null;
  marginPct: number | null;
  /** What two measurements of one network differ by at 90%, in %. */
  marginNoisePct: number | null;
  marginWithinNoise: boolean | null;
  alsoBestOn: DeviceMetricName[];
}

export function BestPerDeviceTable({ rows }: { rows: BestRow[] }) {
  return (
    // One markup for every screen: on a phone the table scrolls sideways inside its own box (focusable,
    // so the keyboard can scroll it), the page does not.
    <div
      className="overflow-x-auto rounded-lg border border-slate-200 bg-white"
      tabIndex={0}
      role="region"
      aria-label="Best architecture per device metric"
    >
      <table className="w-full text-sm" data-testid="best-table">
        <thead className="bg-slate-50 text-left text-xs text-muted">
          <tr>
            <th scope="col" className="px-3 py-2">
              Device metric
            </th>
            <th scope="col" className="px-3 py-2">
              Best architecture
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Top-1 %
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Value
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              Lead over runner-up
            </th>
            <th scope="col" className="px-3 py-2 text-right">
              MACs (M)
            </th>
            <th scope="col" className="px-3 py-2">
              Also best on
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.metric} className="border-t border-slate-100" data-testid={`best-row-${r.metric}`}>
              <th scope="row" className="px-3 py-2 text-left font-medium">
                {metricLabel(r.metric, 'long')}
                <span className="block text-xs font-normal text-muted">
                  {r.direction === 'max' ? 'higher' : 'lower'} is better · {r.candidates.toLocaleString('en-US')} candidates
                </span>
              </th>
              {r.best ? (
                <>
                  <td className="px-3 py-2 font-mono text-xs whitespace-nowrap">
                    {/* No prefetch: the editor is not where most visitors go next, and each prefetch costs a request. */}
                    <Link
                      href={`/arch/${r.best.code}`}
                      prefetch={false}
                      className="text-accent underline-offset-2 hover:underline"
                      data-testid="best-code"
                    >
                      {r.best.code}
                    </Link>
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{r.best.valTop1.toFixed(2)}</td>
                  <td className="px-3 py-2 text-right tabular-nums whitespace-nowrap" data-testid="best-value">
                    {formatMetric(r.metric, r.best.value)}
                    {r.best.std !== null && <span className="text-xs text-muted"> ± {formatMetric(r.metric, r.best.std)}</span>} {r.unit}
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">
                    {r.marginPct === null ? '—' : `${r.marginPct.toFixed(1)}%`}
                    {r.marginWithinNoise ? <MarginNoise row={r} /> : null}
                    {r.runnerUp && <span className="block font-mono text-[11px] whitespace-nowrap text-muted">vs {r.runnerUp.code}</span>}
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{r.best.macs.toFixed(1)}</td>
                  <td className="px-3 py-2 text-xs">{r.alsoBestOn.length ? r.alsoBestOn.map((m) => metricLabel(m)).join(', ') : '—'}</td>
                </>
              ) : (
                <td colSpan={6} className="px-3 py-2 text-muted">
                  No architecture at this threshold was measured on this metric.
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The margin is within what a re-measurement of the same network moves by: say so, with the band. */
function MarginNoise({ row }: { row: BestRow }) {
  return (
    <span
      className="block text-[11px] whitespace-nowrap text-amber-900"
      title={`Two measurements of the same network differ by up to ±${row.marginNoisePct!.toFixed(1)}% (90%, from the networks the dataset measured twice): the runner-up could come out ahead on a re-measurement.`}
      data-testid="margin-within-noise"
    >
      within noise (±{row.marginNoisePct!.toFixed(1)}%)
    </span>
  );
}
