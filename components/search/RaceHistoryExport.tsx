'use client';
// Export of the race's search history (every evaluation so far, per run) as CSV or JSON, built and
// saved in the browser like the data view's export; mid-race it saves what has arrived.
import { formatCount } from '@/components/ui/formatCount';
import { downloadBlob } from '@/components/charts/downloadBlob';
import type { RaceSpec, RunFinal } from '@/workers/search/protocol';
import type { RunBuffers } from './createRunBuffers';
import { raceHistoryToCsv, raceHistoryToJson } from './raceHistory';

export interface RaceHistoryExportProps {
  spec: RaceSpec;
  runs: readonly RunBuffers[];
  finals: readonly RunFinal[] | null;
  /** Evaluations so far over every run; nothing to export at 0. */
  evaluated: number;
}

export function RaceHistoryExport({ spec, runs, finals, evaluated }: RaceHistoryExportProps) {
  const name = `anb-search-${spec.metric}-${[...new Set(spec.runs.map((r) => r.optimizer))].join('-')}-${evaluated}`;
  const save = (format: 'csv' | 'json') =>
    downloadBlob(
      format === 'csv'
        ? new Blob([raceHistoryToCsv(spec, runs)], { type: 'text/csv;charset=utf-8' })
        : new Blob([raceHistoryToJson(spec, runs, finals)], { type: 'application/json' }),
      `${name}.${format}`,
    );
  const button = 'rounded-md border border-slate-300 bg-white px-3 py-1 text-sm font-medium hover:border-accent disabled:opacity-50';
  return (
    <div className="flex flex-wrap items-center gap-2" role="group" aria-label="Export the search history">
      <span className="text-sm text-muted">Search history ({formatCount(evaluated)} evaluations):</span>
      <button type="button" className={button} onClick={() => save('csv')} disabled={evaluated === 0} data-testid="export-csv">
        Export CSV
      </button>
      <button type="button" className={button} onClick={() => save('json')} disabled={evaluated === 0} data-testid="export-json">
        Export JSON
      </button>
    </div>
  );
}
