// The race's final table: every run's hypervolume, best reward and best architecture, then per
// optimizer the mean over seeds. Exact values sit in data-value for tests and copy-paste. A best
// architecture whose prediction the surrogate extrapolates is marked (its row's data-ood says how far).
import { ExtrapolatedBadge } from '@/components/ui/ExtrapolatedBadge';
import type { RunFinal } from '@/workers/search/protocol';

export interface RaceResultsTableProps {
  finals: readonly RunFinal[];
  labels: Record<string, string>;
  unit: string;
}

export function RaceResultsTable({ finals, labels, unit }: RaceResultsTableProps) {
  const optimizers = [...new Set(finals.map((f) => f.optimizer))];
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return (
    <table className="w-full border-collapse text-sm" data-testid="race-results">
      <caption className="pb-2 text-left text-muted">Final results per run, then the mean over seeds per optimizer.</caption>
      <thead>
        <tr className="border-b border-slate-300 text-left">
          <th scope="col" className="py-1 pr-3">
            optimizer
          </th>
          <th scope="col" className="py-1 pr-3 text-right">
            seed
          </th>
          <th scope="col" className="py-1 pr-3 text-right">
            hypervolume
          </th>
          <th scope="col" className="py-1 pr-3 text-right">
            best reward
          </th>
          <th scope="col" className="py-1 pr-3">
            best architecture
          </th>
          <th scope="col" className="py-1 pr-3 text-right">
            top-1 %
          </th>
          <th scope="col" className="py-1 pr-3 text-right">
            {unit}
          </th>
          <th scope="col" className="py-1 pr-3 text-right">
            front size
          </th>
        </tr>
      </thead>
      <tbody>
        {finals.map((f) => (
          <tr
            key={f.run}
            className="border-b border-slate-100"
            data-testid="race-run"
            data-optimizer={f.optimizer}
            data-seed={f.seed}
            data-ood={f.bestOod}
          >
            <td className="py-1 pr-3">{labels[f.optimizer]}</td>
            <td className="py-1 pr-3 text-right tabular-nums">{f.seed}</td>
            <td className="py-1 pr-3 text-right tabular-nums" data-testid="hv" data-value={f.hypervolume}>
              {f.hypervolume.toPrecision(6)}
            </td>
            <td className="py-1 pr-3 text-right tabular-nums" data-testid="reward" data-value={f.bestReward}>
              {f.bestReward.toFixed(4)}
            </td>
            <td className="py-1 pr-3 font-mono text-xs">
              {/* The test id sits on the link so the code reads alone, without the badge's text. */}
              <a className="text-accent underline" href={`/arch/${f.bestCode}`} data-testid="code">
                {f.bestCode}
              </a>
              <ExtrapolatedBadge ood={f.bestOod} />
            </td>
            <td className="py-1 pr-3 text-right tabular-nums">{f.bestAccuracy.toFixed(2)}</td>
            <td className="py-1 pr-3 text-right tabular-nums">
              {unit === 'ms' ? f.bestHardware.toFixed(3) : Math.round(f.bestHardware).toLocaleString('en-US')}
            </td>
            <td className="py-1 pr-3 text-right tabular-nums">{f.frontSize}</td>
          </tr>
        ))}
        {optimizers.map((o) => {
          const mine = finals.filter((f) => f.optimizer === o);
          return (
            <tr key={o} className="border-b border-slate-200 bg-slate-50 font-semibold">
              <td className="py-1 pr-3">{labels[o]} (mean)</td>
              <td className="py-1 pr-3 text-right">{mine.length} seeds</td>
              <td className="py-1 pr-3 text-right tabular-nums">{mean(mine.map((f) => f.hypervolume)).toPrecision(6)}</td>
              <td className="py-1 pr-3 text-right tabular-nums">{mean(mine.map((f) => f.bestReward)).toFixed(4)}</td>
              <td colSpan={4} />
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
