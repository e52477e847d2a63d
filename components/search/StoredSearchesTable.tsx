// Every stored search of one device metric: optimizer, seed, hypervolume and the architecture it found.
import { formatWithUnit } from '@/components/ui/formatWithUnit';
import { ScrollRegion } from '@/components/ui/ScrollRegion';
import { optimizers, type OptimizerId } from '@/core/search/optimizers';

export interface StoredSearchSummary {
  id: number;
  /** Given through POST /api/v1/searches; '' for `npm run searches:store` runs. Rendered as text (React escapes it). */
  name: string;
  optimizer: string;
  seed: number;
  budget: number;
  hypervolume: number;
  bestCode: string;
  bestAccuracy: number;
  bestHardware: number;
  bestReward: number;
}

export interface StoredSearchesTableProps {
  metric: string;
  unit: string;
  rows: readonly StoredSearchSummary[];
}

const label = (id: string) => (id in optimizers ? optimizers[id as OptimizerId].label : id);

export function StoredSearchesTable({ metric, unit, rows }: StoredSearchesTableProps) {
  return (
    <ScrollRegion label={`Stored searches on ${metric.replace('_', ' ')}`}>
      <table className="w-full border-collapse text-sm">
        <caption className="pb-1 text-left font-semibold">{metric.replace('_', ' ')}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-1 pr-3">
              optimizer
            </th>
            <th scope="col" className="py-1 pr-3 text-right">
              seed
            </th>
            <th scope="col" className="py-1 pr-3 text-right">
              budget
            </th>
            <th scope="col" className="py-1 pr-3 text-right">
              hypervolume (% × {unit})
            </th>
            <th scope="col" className="py-1 pr-3">
              best architecture
            </th>
            <th scope="col" className="py-1 pr-3 text-right">
              top-1 (%)
            </th>
            <th scope="col" className="py-1 pr-3 text-right">
              {metric.replace('_', ' ')} ({unit})
            </th>
            <th scope="col" className="py-1 pr-3 text-right">
              reward
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-100">
              <td className="py-1 pr-3">
                <a className="text-accent underline" href={`/api/v1/searches/${r.id}`}>
                  {label(r.optimizer)}
                </a>
                {r.name ? <span className="ml-2 text-muted">“{r.name}”</span> : null}
              </td>
              <td className="py-1 pr-3 text-right tabular-nums">{r.seed}</td>
              <td className="py-1 pr-3 text-right tabular-nums">{r.budget}</td>
              <td className="py-1 pr-3 text-right tabular-nums">{formatWithUnit(r.hypervolume, `% × ${unit}`)}</td>
              <td className="py-1 pr-3 font-mono text-xs">{r.bestCode}</td>
              <td className="py-1 pr-3 text-right tabular-nums">{formatWithUnit(r.bestAccuracy, '%')}</td>
              <td className="py-1 pr-3 text-right tabular-nums">{formatWithUnit(r.bestHardware, unit)}</td>
              <td className="py-1 pr-3 text-right tabular-nums">{r.bestReward.toFixed(3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
