'use client';
// The race's final table: every run's hypervolume, best reward and best architecture, then per
// optimizer the mean over seeds. A click on a column header sorts the runs by it (the means stay
// below). Exact values sit in data-value for tests and copy-paste. A best architecture whose prediction
// the surrogate extrapolates is marked (its row's data-ood says how far).
import { useState } from 'react';
import { ExtrapolatedBadge } from '@/components/ui/ExtrapolatedBadge';
import { formatWithUnit } from '@/components/ui/formatWithUnit';
import { ScrollRegion } from '@/components/ui/ScrollRegion';
import { SortableColumnHeader } from '@/components/ui/SortableColumnHeader';
import type { RunFinal } from '@/workers/search/protocol';
import { nextRaceSort, sortRaceFinals, type RaceSort, type RaceSortKey } from './sortRaceFinals';

export interface RaceResultsTableProps {
  finals: readonly RunFinal[];
  labels: Record<string, string>;
  /** The device metric's short name and unit, and which way it is better. */
  metric: { short: string; unit: string; direction: 'max' | 'min' };
}

export function RaceResultsTable({ finals, labels, metric }: RaceResultsTableProps) {
  const [sort, setSort] = useState<RaceSort | null>(null);
  const optimizers = [...new Set(finals.map((f) => f.optimizer))];
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const hvUnit = `% × ${metric.unit}`;
  const header = (key: RaceSortKey, name: string, unit?: string, align?: 'left') => (
    <SortableColumnHeader
      order={sort?.key === key ? sort.order : null}
      onSort={() => setSort(nextRaceSort(sort, key, metric.direction))}
      unit={unit}
      align={align}
      testId={`race-sort-${key}`}
    >
      {name}
    </SortableColumnHeader>
  );
  return (
    <ScrollRegion label="Final results per run">
      <table className="w-full border-collapse text-sm" data-testid="race-results">
        <caption className="pb-2 text-left text-muted">
          Final results per run, then the mean over seeds per optimizer. Select a column header to sort the runs by it.
        </caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            {header('optimizer', 'optimizer', undefined, 'left')}
            {header('seed', 'seed')}
            {header('hypervolume', 'hypervolume', hvUnit)}
            {header('bestReward', 'best reward')}
            <th scope="col" className="py-1 pr-3">
              best architecture
            </th>
            {header('bestAccuracy', 'top-1', '%')}
            {header('bestHardware', metric.short, metric.unit)}
            {header('frontSize', 'front size')}
          </tr>
        </thead>
        <tbody>
          {sortRaceFinals(finals, sort, labels).map((f) => (
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
                {formatWithUnit(f.hypervolume, hvUnit)}
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
              <td className="py-1 pr-3 text-right tabular-nums" data-testid="top1" data-value={f.bestAccuracy}>
                {formatWithUnit(f.bestAccuracy, '%')}
              </td>
              <td className="py-1 pr-3 text-right tabular-nums" data-testid="hardware" data-value={f.bestHardware}>
                {formatWithUnit(f.bestHardware, metric.unit)}
              </td>
              <td className="py-1 pr-3 text-right tabular-nums">{f.frontSize}</td>
            </tr>
          ))}
          {optimizers.map((o) => {
            const mine = finals.filter((f) => f.optimizer === o);
            return (
              <tr key={o} className="border-b border-slate-200 bg-slate-50 font-semibold" data-testid="race-mean">
                <td className="py-1 pr-3">{labels[o]} (mean)</td>
                <td className="py-1 pr-3 text-right">{mine.length} seeds</td>
                <td className="py-1 pr-3 text-right tabular-nums">{formatWithUnit(mean(mine.map((f) => f.hypervolume)), hvUnit)}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{mean(mine.map((f) => f.bestReward)).toFixed(4)}</td>
                <td colSpan={4} />
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
