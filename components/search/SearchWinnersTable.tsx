// Per device metric, the architecture the stored searches found (highest reward over every optimizer
// and seed) and what the surrogate predicts for it on every device metric: a winner rarely stays one.
// A winner whose predictions the surrogate extrapolates is marked.
import { ExtrapolatedBadge } from '@/components/ui/ExtrapolatedBadge';
import { formatWithUnit } from '@/components/ui/formatWithUnit';
import { ScrollRegion } from '@/components/ui/ScrollRegion';
import { DEVICE_METRICS } from '@/core/targets';
import type { OodLevel } from '@/workers/surrogate/protocol';

export interface SearchWinner {
  id: number;
  metric: string;
  optimizer: string;
  seed: number;
  bestCode: string;
  bestReward: number;
  predictions: Partial<Record<string, number>>;
  /** Where those predictions sit against the surrogate's training data. */
  ood?: OodLevel;
}

export interface SearchWinnersTableProps {
  /** One winner per device metric, in DEVICE_METRICS order. */
  winners: readonly SearchWinner[];
}

const fmt = (x: number | undefined, unit: string) => (x === undefined ? '—' : formatWithUnit(x, unit));

export function SearchWinnersTable({ winners }: SearchWinnersTableProps) {
  const own = (metric: string) => winners.find((w) => w.metric === metric);
  return (
    <ScrollRegion label="Each device metric's winner on every device metric">
      <table className="w-full border-collapse text-sm">
        <caption className="pb-2 text-left text-muted">
          Rows: the winner of each device metric&apos;s searches. Columns: its predicted value on each device metric, and in brackets
          relative to that column&apos;s own winner (for latency, own winner ÷ this; 100% = as good as the specialist).
        </caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-1 pr-3">
              winner of
            </th>
            <th scope="col" className="py-1 pr-3">
              architecture
            </th>
            <th scope="col" className="py-1 pr-3 text-right">
              top-1 (%)
            </th>
            {DEVICE_METRICS.map((m) => (
              <th key={m.name} scope="col" className="py-1 pr-3 text-right">
                {m.name.replace('_', ' ')} ({m.unit})
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {winners.map((w) => (
            <tr key={w.id} className="border-b border-slate-100" data-ood={w.ood}>
              <th scope="row" className="py-1 pr-3 text-left font-medium">
                {w.metric}
              </th>
              <td className="py-1 pr-3 font-mono text-xs">
                <a className="text-accent underline" href={`/arch/${w.bestCode}`}>
                  {w.bestCode}
                </a>
                <ExtrapolatedBadge ood={w.ood} />
              </td>
              <td className="py-1 pr-3 text-right tabular-nums">{fmt(w.predictions.val_top1, '%')}</td>
              {DEVICE_METRICS.map((m) => {
                const value = w.predictions[m.name];
                const best = own(m.name)?.predictions[m.name];
                const relative =
                  value !== undefined && best !== undefined ? (m.direction === 'max' ? value / best : best / value) : undefined;
                const diagonal = w.metric === m.name;
                return (
                  <td key={m.name} className={`py-1 pr-3 text-right tabular-nums ${diagonal ? 'font-semibold' : ''}`}>
                    {fmt(value, m.unit)}
                    {relative !== undefined && !diagonal ? <span className="text-muted"> ({Math.round(relative * 100)}%)</span> : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
