'use client';
// (c) Device A against device B: every architecture measured on both as a point on log axes, the
// pair's Spearman ρ and Kendall τ-b over all of them (the matrix's cell), and the N most accurate of
// the rank-flip view highlighted. A, B and N are the URL state the rank-flip view uses; a profiled device's
// values (#12) are its profile's predictions, and the axis says so.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useQueryStates } from 'nuqs';
import { useMemo } from 'react';
import { DeviceScatter } from '@/components/charts/DeviceScatter';
import { MeasuredWidth } from '@/components/charts/MeasuredWidth';
import { ChartExport } from '@/components/ui/ChartExport';
import { PanelStatus } from '@/components/ui/PanelStatus';
import { useTRPC } from '@/lib/trpc/TrpcProvider';
import { compareParams } from '@/lib/url/compareParams';
import { useAnyMetricLabel } from './useAnyMetricLabel';

const HEIGHT = 440;
const format = (v: number) => v.toLocaleString('en-US', { maximumSignificantDigits: 4 });

export function DevicePairPanel() {
  const [{ a, b, n }] = useQueryStates({ a: compareParams.a, b: compareParams.b, n: compareParams.n });
  const trpc = useTRPC();
  const q = useQuery(trpc.compare.devicePair.queryOptions({ a, b }, { placeholderData: keepPreviousData, retry: false }));
  // The same query as the rank-flip view's, so it comes from the cache.
  const flip = useQuery(trpc.compare.rankFlip.queryOptions({ a, b, n }, { placeholderData: keepPreviousData, retry: false }));
  const data = q.data;
  const highlight = useMemo(() => {
    if (!data || !flip.data || flip.data.a !== data.a || flip.data.b !== data.b) return [];
    const top = new Set(flip.data.items.map((i) => i.code));
    const seen = new Set<string>();
    // One point per highlighted code (13 architectures have two records).
    return data.codes.flatMap((c, i) => (top.has(c) && !seen.has(c) ? (seen.add(c), [i]) : []));
  }, [data, flip.data]);
  const label = useAnyMetricLabel();
  const labelA = label(a, 'long');
  const labelB = label(b, 'long');
  const axis = (side: 'a' | 'b') =>
    data ? `${label(data[side], 'long')} (${data.units[side]}, log scale${data.profiled[side] ? ', predicted by the profile' : ''})` : '';

  return (
    <section aria-labelledby="pair-heading" className="space-y-3" id="device-pair">
      <h2 id="pair-heading" className="text-xl font-semibold">
        {labelA} against {labelB}
      </h2>
      <p className="max-w-3xl text-sm text-muted">
        Every architecture measured on both, one point each (log axes). Points along a thin rising band (falling, when one side is a
        latency) rank alike on both; spread across the band is where ranks flip. In orange: the {n} most accurate, the set of the rank-flip
        view above.
      </p>
      <PanelStatus fetching={q.isFetching} error={q.isError ? q.error : null} onRetry={() => q.refetch()} />
      <div style={{ minHeight: HEIGHT + 40 }}>
        {data && (
          <div className={`space-y-2 ${q.isPlaceholderData ? 'opacity-60' : ''}`} aria-busy={q.isFetching}>
            <p className="text-sm" data-testid="pair-summary">
              {data.n.toLocaleString('en-US')} architectures: Spearman ρ ={' '}
              <strong data-testid="pair-rho">{data.spearman === null ? '—' : data.spearman.toFixed(3)}</strong>, Kendall τ-b ={' '}
              <strong data-testid="pair-tau">{data.kendall === null ? '—' : data.kendall.toFixed(3)}</strong> (latency negated, as in the
              matrix).
            </p>
            <ChartExport
              filename={`device-pair-${a}-vs-${b}`}
              label={`scatter of ${labelA} against ${labelB}`}
              caption={<>Hover a point for the architecture.</>}
            >
              <MeasuredWidth>
                {(width) => (
                  <DeviceScatter
                    xs={data.valuesA}
                    ys={data.valuesB}
                    highlight={highlight}
                    xLabel={axis('a')}
                    yLabel={axis('b')}
                    width={Math.max(300, Math.min(width, 900))}
                    height={HEIGHT}
                    title={`${label(data.a, 'long')} against ${label(data.b, 'long')} for ${data.n} architectures; Spearman ρ ${data.spearman?.toFixed(3) ?? 'undefined'}`}
                    renderTooltip={(i) => (
                      <>
                        <p className="font-mono">{data.codes[i]}</p>
                        <p>
                          {label(data.a, 'long')}: {format(data.valuesA[i])} {data.units.a}
                        </p>
                        <p>
                          {label(data.b, 'long')}: {format(data.valuesB[i])} {data.units.b}
                        </p>
                      </>
                    )}
                  />
                )}
              </MeasuredWidth>
            </ChartExport>
          </div>
        )}
      </div>
    </section>
  );
}
