'use client';
// (b) Rank flips: the N most accurate architectures ranked on device A and on device B, as a slope
// chart with the subset's Kendall τ and the largest movers. A, B and N are URL state; A or B may be a
// profiled device (#12), ranked by its profile's predictions (computed on the server, compare.rankFlip).
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { inferOutput } from '@trpc/tanstack-react-query';
import { useQueryStates } from 'nuqs';
import { RankSlopeChart } from '@/components/charts/RankSlopeChart';
import { MeasuredWidth } from '@/components/charts/MeasuredWidth';
import { ChartExport } from '@/components/ui/ChartExport';
import { DeviceMetricSelect } from '@/components/ui/DeviceMetricSelect';
import { useTRPC } from '@/lib/trpc/TrpcProvider';
import { compareParams, RANK_FLIP_N } from '@/lib/url/compareParams';
import { PanelStatus } from '@/components/ui/PanelStatus';
import { NumberFieldWithPresets } from '@/components/ui/NumberFieldWithPresets';
import { RankMoversTable } from './RankMoversTable';
import { useAnyMetricLabel } from './useAnyMetricLabel';

/** The client's view of the API, typed from the tRPC hook (no import from server/). */
type Api = ReturnType<typeof useTRPC>;
type RankFlip = inferOutput<Api['compare']['rankFlip']>;
type Input = { a: RankFlip['a']; b: RankFlip['b']; n: number };

const PRESETS = [20, 50, 100, 200];

export function RankFlipPanel({ initial }: { initial: { input: Input; data: RankFlip } | null }) {
  const [{ a, b, n }, setParams] = useQueryStates({ a: compareParams.a, b: compareParams.b, n: compareParams.n }, { history: 'push' });
  const trpc = useTRPC();
  const same = !!initial && initial.input.a === a && initial.input.b === b && initial.input.n === n;
  const q = useQuery(
    trpc.compare.rankFlip.queryOptions(
      { a, b, n },
      { initialData: same ? initial.data : undefined, placeholderData: keepPreviousData, retry: false },
    ),
  );
  const data = q.data;
  const movers = data ? [...data.items].sort((x, y) => Math.abs(y.rankB - y.rankA) - Math.abs(x.rankB - x.rankA)).slice(0, 8) : [];
  const label = useAnyMetricLabel();
  const labelA = label(a, 'long');
  const labelB = label(b, 'long');

  return (
    <section aria-labelledby="flip-heading" className="space-y-3" id="rank-flips">
      <h2 id="flip-heading" className="text-xl font-semibold">
        Rank flips between two devices
      </h2>
      <p className="max-w-3xl text-sm text-muted">
        Take the N most accurate architectures (each architecture once; of the 13 trained twice, the first training) measured on both
        devices, rank them on each (1 = highest throughput or lowest latency) and draw one line per architecture. Crossing lines are
        architectures whose order flips when you change the hardware.
      </p>
      <div className="flex flex-wrap items-end gap-x-5 gap-y-2">
        <DeviceMetricSelect label="Device A" withProfiled value={a} onChange={(v) => setParams({ a: v })} testId="flip-a" />
        <button
          type="button"
          className="rounded border border-slate-300 bg-white px-2 py-1 text-sm hover:border-accent"
          onClick={() => setParams({ a: b, b: a })}
          aria-label="Swap devices A and B"
        >
          ⇄ Swap
        </button>
        <DeviceMetricSelect label="Device B" withProfiled value={b} onChange={(v) => setParams({ b: v })} testId="flip-b" />
        <NumberFieldWithPresets
          label="N most accurate"
          value={n}
          min={RANK_FLIP_N.min}
          max={RANK_FLIP_N.max}
          step={1}
          onCommit={(v) => setParams({ n: v === null ? null : Math.round(v) })}
          inputClassName="w-20"
          testId="flip-n"
          presets={PRESETS}
          presetsLabel="Preset sizes of N"
        />
      </div>
      <PanelStatus fetching={q.isFetching} error={q.isError ? q.error : null} onRetry={() => q.refetch()} />
      {data && (
        <div className={`space-y-3 ${q.isPlaceholderData ? 'opacity-60' : ''}`} aria-busy={q.isFetching}>
          <p className="text-sm" data-testid="flip-summary">
            Over the <strong>{data.n}</strong> most accurate of {data.eligible.toLocaleString('en-US')} architectures measured on both
            {data.minTop1 !== null && <> (top-1 ≥ {data.minTop1.toFixed(2)}%)</>}: Kendall τ-b ={' '}
            <strong data-testid="flip-tau">{data.kendallTau === null ? '—' : data.kendallTau.toFixed(3)}</strong>, Spearman ρ ={' '}
            <strong data-testid="flip-rho">{data.spearman === null ? '—' : data.spearman.toFixed(3)}</strong>.
            {data.a === data.b && ' (The same metric on both sides: every line is flat.)'}
          </p>
          {(data.profiled.a || data.profiled.b) && (
            <p className="text-sm" data-testid="flip-profiled-note">
              {[data.profiled.a && data.labels.a, data.profiled.b && data.labels.b].filter(Boolean).join(' and ')}: ranked by the
              profile&apos;s predictions for these measured architectures (they were not measured on it).
            </p>
          )}
          <ChartExport
            filename={`rank-flip-${a}-vs-${b}-n${n}`}
            label={`rank flip chart, ${labelA} vs ${labelB}`}
            caption={
              <>
                A = {labelA}, B = {labelB}. Hover a line for the architecture.
              </>
            }
          >
            <MeasuredWidth>
              {(width) => (
                <RankSlopeChart
                  items={data.items.map((d) => ({
                    key: d.code,
                    rankA: d.rankA,
                    rankB: d.rankB,
                    label: `${d.code} · top-1 ${d.valTop1.toFixed(2)}% · rank ${d.rankA} on ${labelA}, ${d.rankB} on ${labelB}`,
                  }))}
                  labelA={labelA}
                  labelB={labelB}
                  width={Math.max(320, width)}
                  height={Math.max(360, Math.min(640, data.n * 7 + 100))}
                  highlight={new Set(movers.slice(0, 5).map((m) => m.code))}
                  title={`Ranks of the ${data.n} most accurate architectures on ${labelA} (left) and ${labelB} (right); Kendall τ-b ${data.kendallTau?.toFixed(3) ?? 'undefined'}`}
                />
              )}
            </MeasuredWidth>
          </ChartExport>
          <RankMoversTable movers={movers} a={a} b={b} labelA={labelA} labelB={labelB} />
        </div>
      )}
    </section>
  );
}
