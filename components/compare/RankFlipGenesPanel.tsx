'use client';
// (d) What genes drive the rank flips between devices A and B: the one-hot fit of the log speed ratio
// (compare.rankFlipGenes), as the largest gene-level effects with their bootstrap intervals and how much
// of the fit each gene carries. A and B are the URL state of the rank-flip view.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { inferOutput } from '@trpc/tanstack-react-query';
import { useQueryStates } from 'nuqs';
import { DotIntervalChart } from '@/components/charts/DotIntervalChart';
import { MeasuredWidth } from '@/components/charts/MeasuredWidth';
import { ChartExport } from '@/components/ui/ChartExport';
import { PanelStatus } from '@/components/ui/PanelStatus';
import { useTRPC } from '@/lib/trpc/TrpcProvider';
import { compareParams } from '@/lib/url/compareParams';
import { formatEffect } from './designEffectStyle';
import { GENE_NAMES, geneLevelLabel } from './geneLevelLabel';
import { useAnyMetricLabel } from './useAnyMetricLabel';

type Api = ReturnType<typeof useTRPC>;
type RankFlipGenes = inferOutput<Api['compare']['rankFlipGenes']>;

const SHOWN = 12;
const COLOR = { a: 'var(--chart-blue)', b: 'var(--chart-orange)', unclear: 'var(--chart-neutral)' } as const;

export function RankFlipGenesPanel({ initial }: { initial: RankFlipGenes | null }) {
  const [{ a, b }] = useQueryStates({ a: compareParams.a, b: compareParams.b });
  const trpc = useTRPC();
  const same = a === b;
  const q = useQuery(
    trpc.compare.rankFlipGenes.queryOptions(
      { a, b },
      {
        enabled: !same,
        initialData: initial && initial.a === a && initial.b === b ? initial : undefined,
        placeholderData: keepPreviousData,
        retry: false,
      },
    ),
  );
  const data = same ? undefined : q.data;
  const label = useAnyMetricLabel();
  const labelA = label(a, 'long');
  const labelB = label(b, 'long');
  const side = (lo: number, hi: number) => (lo > 0 ? 'a' : hi < 0 ? 'b' : 'unclear');
  const top = data ? data.effects.slice(0, SHOWN) : [];

  return (
    <section aria-labelledby="flip-genes-heading" className="space-y-3" id="flip-genes">
      <h2 id="flip-genes-heading" className="text-xl font-semibold">
        What genes drive the rank flips?
      </h2>
      <p className="max-w-3xl text-sm text-muted">
        For every architecture measured on both, the log of how much faster it is on {labelA} relative to {labelB} (speed = throughput, or 1
        / latency) is fitted by least squares on its genes (one column per block and level, against expansion 4, kernel 3, one layer,
        squeeze-excite off). An effect of +10% means that gene level makes an architecture 10% faster on A relative to B, moving it up
        A&apos;s ranking against B&apos;s; blue favours A, orange favours B, grey: the interval includes 0.
      </p>
      {same && (
        <p className="text-sm" role="status">
          A and B are the same metric, so nothing flips: pick two different metrics in the matrix or the rank-flip view.
        </p>
      )}
      {!same && <PanelStatus fetching={q.isFetching} error={q.isError ? q.error : null} onRetry={() => q.refetch()} />}
      {data && (
        <div className={`space-y-3 ${q.isPlaceholderData ? 'opacity-60' : ''}`} aria-busy={q.isFetching}>
          <p className="text-sm" data-testid="flip-genes-summary">
            Over {data.n.toLocaleString('en-US')} architectures the genes explain <strong>R² = {data.rSquared.toFixed(2)}</strong> of the
            spread in relative speed (standard deviation of ln(A/B): {data.sdLogRatio.toFixed(3)}). Share of the fit carried by each gene
            (drop in R² without it, all blocks):{' '}
            {data.genes.map((g, i) => (
              <span key={g.gene}>
                {i > 0 && ', '}
                {GENE_NAMES[g.gene]} <strong className="tabular-nums">{g.rSquaredDrop.toFixed(3)}</strong>
              </span>
            ))}
            .
          </p>
          <ChartExport
            filename={`rank-flip-genes-${a}-vs-${b}`}
            label={`gene effects on ${labelA} relative to ${labelB}`}
            caption={
              <>
                The {SHOWN} largest of {data.effects.length} effects, with {Math.round(data.options.level * 100)}% bootstrap intervals (
                {data.options.resamples} resamples).
              </>
            }
          >
            <MeasuredWidth>
              {(width) => (
                <DotIntervalChart
                  rows={top.map((e) => ({
                    key: `${e.block}-${e.gene}-${String(e.level)}`,
                    label: geneLevelLabel(e.block, e.gene, e.level),
                    value: e.effect,
                    lo: e.lo,
                    hi: e.hi,
                    color: COLOR[side(e.lo, e.hi)],
                    annotation: formatEffect('log', e.effect),
                  }))}
                  xLabel={`Speed on ${labelA} relative to ${labelB} (%)`}
                  width={Math.max(320, Math.min(width, 900))}
                  zeroLine
                  title={`The largest gene effects on ${labelA} speed relative to ${labelB}`}
                />
              )}
            </MeasuredWidth>
          </ChartExport>
          <ol className="max-w-3xl list-decimal space-y-0.5 pl-6 text-sm" data-testid="gene-drivers" aria-label="Largest gene effects">
            {top.map((e) => (
              <li key={`${e.block}-${e.gene}-${String(e.level)}`} data-testid="gene-driver">
                {geneLevelLabel(e.block, e.gene, e.level)}: <strong className="tabular-nums">{formatEffect('log', e.effect)}</strong>{' '}
                <span className="text-muted tabular-nums">
                  ({formatEffect('log', e.lo)} to {formatEffect('log', e.hi)})
                </span>{' '}
                {side(e.lo, e.hi) === 'a' ? `favours ${labelA}` : side(e.lo, e.hi) === 'b' ? `favours ${labelB}` : 'unclear'}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
