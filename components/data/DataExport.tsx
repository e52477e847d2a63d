'use client';
// Export of the whole current selection — every matching record, following the cursor 500 at a time
// through the same tRPC query as the table — as CSV or JSON, built and saved in the browser.
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { downloadBlob } from '@/components/charts/downloadBlob';
import { useTRPC } from '@/lib/trpc/TrpcProvider';
import type { ArchitectureListInput } from '@/lib/url/dataParams';
import type { ApiRecordLike } from './dataColumns';
import { recordsToCsv } from './recordsToCsv';

export interface DataExportProps {
  input: Omit<ArchitectureListInput, 'cursor' | 'limit'>;
  total: number;
  /** Dataset version hash, written into the JSON export. */
  version: string;
}

export function DataExport({ input, total, version }: DataExportProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (format: 'csv' | 'json') => {
    setError(null);
    setProgress(0);
    try {
      const records: ApiRecordLike[] = [];
      let cursor: string | undefined;
      do {
        const page = await queryClient.fetchQuery(trpc.architectures.list.queryOptions({ ...input, limit: 500, cursor }));
        records.push(...page.items);
        setProgress(records.length);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      const name = `anb-records-${records.length}-${version.slice(0, 12)}`;
      const blob =
        format === 'csv'
          ? new Blob([recordsToCsv(records)], { type: 'text/csv;charset=utf-8' })
          : new Blob([JSON.stringify({ datasetVersion: version, query: input, total: records.length, records }, null, 1)], {
              type: 'application/json',
            });
      downloadBlob(blob, `${name}.${format}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setProgress(null);
    }
  };

  const busy = progress !== null;
  const button = 'rounded-md border border-slate-300 bg-white px-3 py-1 text-sm font-medium hover:border-accent disabled:opacity-50';
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" className={button} onClick={() => run('csv')} disabled={busy || total === 0} data-testid="export-csv">
        Export CSV
      </button>
      <button type="button" className={button} onClick={() => run('json')} disabled={busy || total === 0} data-testid="export-json">
        Export JSON
      </button>
      <span role="status" aria-live="polite" className="text-xs text-muted">
        {busy ? `Fetching ${progress.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} records…` : ''}
      </span>
      {error && (
        <span role="alert" className="text-xs text-front">
          Export failed: {error}
        </span>
      )}
    </div>
  );
}
