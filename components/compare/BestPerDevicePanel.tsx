'use client';
// (c) For each device metric, the best measured architecture at or above a top-1 threshold (URL
// state `acc`), with its values, its lead over the runner-up, and a link to open it in the editor.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { inferOutput } from '@trpc/tanstack-react-query';
import { useQueryStates } from 'nuqs';
import { NumberFieldWithPresets } from '@/components/ui/NumberFieldWithPresets';
import { PanelStatus } from '@/components/ui/PanelStatus';
import { useTRPC } from '@/lib/trpc/TrpcProvider';
import { compareParams } from '@/lib/url/compareParams';
import { BestPerDeviceTable } from './BestPerDeviceTable';

/** The client's view of the API, typed from the tRPC hook (no import from server/). */
type Api = ReturnType<typeof useTRPC>;
type BestPerDevice = inferOutput<Api['compare']['bestPerDevice']>;

const PRESETS = [60, 63, 65, 66];

export function BestPerDevicePanel({ initial }: { initial: { minTop1: number; data: BestPerDevice } }) {
  const [{ acc }, setParams] = useQueryStates({ acc: compareParams.acc }, { history: 'push' });
  const trpc = useTRPC();
  const q = useQuery(
    trpc.compare.bestPerDevice.queryOptions(
      { minTop1: acc },
      { initialData: initial.minTop1 === acc ? initial.data : undefined, placeholderData: keepPreviousData },
    ),
  );
  const data = q.data;
  const winners = data ? new Set(data.rows.flatMap((r) => (r.best ? [r.best.code] : []))).size : 0;

  return (
    <section aria-labelledby="best-heading" className="space-y-3" id="best-per-device">
      <h2 id="best-heading" className="text-xl font-semibold">
        Best architecture per device above an accuracy threshold
      </h2>
      <p className="max-w-3xl text-sm text-muted">
        Among the measured architectures with top-1 at or above the threshold, the one with the highest throughput (or lowest latency) on
        each device metric. If the winners differ, a single &ldquo;efficient&rdquo; architecture does not exist across hardware.
      </p>
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <NumberFieldWithPresets
          label="Top-1 at least (%)"
          value={acc}
          min={0}
          max={100}
          step={0.1}
          onCommit={(v) => setParams({ acc: v })}
          testId="best-threshold"
          presets={PRESETS}
          presetsLabel="Preset thresholds"
          formatPreset={(p) => `${p}%`}
        />
      </div>
      <PanelStatus fetching={q.isFetching} error={q.isError ? q.error : null} onRetry={() => q.refetch()} />
      {data && (
        <div className={q.isPlaceholderData ? 'opacity-60' : ''} aria-busy={q.isFetching}>
          {data.eligible === 0 ? (
            <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="best-empty">
              No measured architecture reaches {data.minTop1}% top-1; the most accurate one reaches {data.maxTop1.toFixed(2)}%. Lower the
              threshold.
            </p>
          ) : (
            <>
              <p className="mb-2 text-sm" data-testid="best-summary">
                {data.eligible.toLocaleString('en-US')} records reach top-1 ≥ {data.minTop1}%; <strong>{winners}</strong> different
                architecture
                {winners === 1 ? ' wins' : 's win'} the eight device metrics.
              </p>
              <BestPerDeviceTable rows={data.rows} />
            </>
          )}
        </div>
      )}
    </section>
  );
}
