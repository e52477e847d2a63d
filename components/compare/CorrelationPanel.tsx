'use client';
// (a) How alike the accelerators rank architectures: the Spearman/Kendall matrix over top-1 and the
// eight hardware metrics as a heatmap. The coefficient shown is URL state (`corr`); a cell of two
// hardware metrics is a button that picks them as devices A and B (`a`, `b`) of the views below. A
// profiled device picked as A or B (#12) joins the matrix as a last row and column, computed on the
// server (devices.rankCorrelation with `profiled`) from its stored profile's predictions.
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { inferOutput } from '@trpc/tanstack-react-query';
import { useQueryStates } from 'nuqs';
import { CorrelationHeatmap } from '@/components/charts/CorrelationHeatmap';
import { useTRPC } from '@/lib/trpc/TrpcProvider';
import { MeasuredWidth } from '@/components/charts/MeasuredWidth';
import { ChartExport } from '@/components/ui/ChartExport';
import { PillRadioGroup } from '@/components/ui/PillRadioGroup';
import { CORRELATION_KINDS, compareParams, type CorrelationKind } from '@/lib/url/compareParams';
import { PanelStatus } from '@/components/ui/PanelStatus';
import { isDeviceMetricName, isTargetName, target } from '@/core/targets';
import type { AnyDeviceMetricName } from '@/lib/url/parseAsDeviceMetric';
import { parseDeviceMetric } from '@/lib/url/parseAsDeviceMetric';
import { anyMetricLabel, type ProfiledLabel } from './anyMetricLabel';

/** The client's view of the API, typed from the tRPC hook (no import from server/). */
type Api = ReturnType<typeof useTRPC>;
type RankCorrelation = inferOutput<Api['devices']['rankCorrelation']>;

const NAMES: Record<CorrelationKind, string> = { spearman: 'Spearman ρ', kendall: 'Kendall τ-b' };

/** The most and least alike pair of devices (different devices only) and the range of top-1 against speed. */
function readings(metrics: string[], values: number[][], label: (m: string) => string) {
  // A profiled device is a device of its own (its metric name's id).
  const device = (m: string) => {
    if (!isTargetName(m)) return m.split('.')[0];
    const t = target(m);
    return 'device' in t ? t.device : null;
  };
  let best = { i: 0, j: 0, v: -Infinity };
  let worst = { i: 0, j: 0, v: Infinity };
  for (let i = 1; i < metrics.length; i++) {
    for (let j = i + 1; j < metrics.length; j++) {
      if (device(metrics[i]) === device(metrics[j])) continue;
      if (values[i][j] > best.v) best = { i, j, v: values[i][j] };
      if (values[i][j] < worst.v) worst = { i, j, v: values[i][j] };
    }
  }
  const top1 = values[0].slice(1);
  const pair = (p: { i: number; j: number }) => `${label(metrics[p.i])} vs ${label(metrics[p.j])}`;
  return [
    { title: 'Most alike (two different devices)', pair: pair(best), value: best.v.toFixed(2) },
    { title: 'Least alike (two different devices)', pair: pair(worst), value: worst.v.toFixed(2) },
    {
      title: 'Top-1 against the hardware metrics',
      pair: Math.max(...top1) < 0 ? 'more accurate means slower, on every device' : 'the sign differs between devices',
      value: `${Math.min(...top1).toFixed(2)} to ${Math.max(...top1).toFixed(2)}`,
    },
  ];
}

export function CorrelationPanel({ data: anb, initialProfiled }: { data: RankCorrelation; initialProfiled: RankCorrelation | null }) {
  const [{ corr, a, b }, setParams] = useQueryStates(
    { corr: compareParams.corr, a: compareParams.a, b: compareParams.b },
    { history: 'push' },
  );
  const profiled = [...new Set([a, b].filter((m) => !isDeviceMetricName(m)))];
  const trpc = useTRPC();
  const same = initialProfiled !== null && initialProfiled.profiled.map((p) => p.name).join() === profiled.join();
  const q = useQuery(
    trpc.devices.rankCorrelation.queryOptions(
      { profiled },
      { enabled: profiled.length > 0, retry: false, initialData: same ? initialProfiled : undefined, placeholderData: keepPreviousData },
    ),
  );
  // Without a profiled device, or when its profile cannot be read (the error says why), ANB's matrix.
  const data = profiled.length && q.data ? q.data : anb;
  const names: ProfiledLabel[] = data.profiled;
  const long = (m: string) => anyMetricLabel(m, names, 'long');
  const isDevice = (m: string): m is AnyDeviceMetricName => parseDeviceMetric(m) !== null;
  const values = corr === 'spearman' ? data.spearman : data.kendall;
  const labels = data.metrics.map((m) => anyMetricLabel(m, names));
  const minN = Math.min(...data.n.flat());
  const highlights = readings(data.metrics, values, long);
  const ia = data.metrics.indexOf(a);
  const ib = data.metrics.indexOf(b);
  const pickable = (i: number, j: number) => i !== j && isDevice(data.metrics[i]) && isDevice(data.metrics[j]);
  const pick = (i: number, j: number) => {
    const [ma, mb] = [data.metrics[i], data.metrics[j]];
    if (isDevice(ma) && isDevice(mb)) void setParams({ a: ma, b: mb });
  };
  return (
    <section aria-labelledby="corr-heading" className="space-y-3" id="agreement">
      <h2 id="corr-heading" className="text-xl font-semibold">
        Do the accelerators rank architectures alike?
      </h2>
      <p className="max-w-3xl text-sm text-muted">
        Rank correlation between top-1 and each hardware metric over every record where both were measured ({minN.toLocaleString('en-US')}–
        {Math.max(...data.n.flat()).toLocaleString('en-US')} architectures per pair). {data.note} A value near 1 means an architecture that
        is fast on one device is fast on the other; the top-1 row shows the accuracy–speed trade-off.
      </p>
      {data.profiled.length > 0 && (
        <p className="max-w-3xl text-sm" data-testid="corr-profiled-note">
          {data.profiled.map((p) => p.label).join(' and ')}: predicted by the profile for every measured architecture (no record was
          measured on {data.profiled.length > 1 ? 'these devices' : 'this device'}), the last{' '}
          {data.profiled.length > 1 ? 'rows and columns' : 'row and column'}.
        </p>
      )}
      {profiled.length > 0 && <PanelStatus fetching={q.isFetching} error={q.isError ? q.error : null} onRetry={() => q.refetch()} />}
      <PillRadioGroup
        legend="Coefficient"
        name="corr"
        options={CORRELATION_KINDS.map((k) => ({ value: k, label: NAMES[k] }))}
        value={corr}
        onChange={(v) => setParams({ corr: v })}
      />
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,1fr)_15rem]">
        <ChartExport
          filename={`rank-correlation-${corr}`}
          label={`${NAMES[corr]} matrix`}
          caption={
            <>
              thr. = throughput (higher is better), lat. = latency (negated: lower is better). Hover a cell for the number of pairs; click
              one of two hardware metrics to compare them below (row = device A, column = device B).
            </>
          }
        >
          <MeasuredWidth>
            {(width) => (
              <CorrelationHeatmap
                ids={data.metrics}
                labels={labels}
                values={values}
                n={data.n}
                coefficient={NAMES[corr]}
                width={Math.max(560, Math.min(width, 860))}
                title={`${NAMES[corr]} between top-1 and the ${data.metrics.length - 1} hardware metrics`}
                pickable={pickable}
                picked={ia >= 0 && ib >= 0 && ia !== ib ? [ia, ib] : null}
                onPick={pick}
                pickLabel={(i, j) =>
                  `Compare ${long(data.metrics[i])} (A) with ${long(data.metrics[j])} (B): ${NAMES[corr]} ${values[i][j].toFixed(2)}`
                }
              />
            )}
          </MeasuredWidth>
        </ChartExport>
        <aside aria-label="Reading the matrix" className="space-y-3 text-sm" data-testid="corr-readings">
          <p className="rounded-lg border border-amber-300 bg-amber-50 p-3" data-testid="corr-picked">
            Comparing <strong>{long(a)}</strong> (A) with <strong>{long(b)}</strong> (B):{' '}
            <a href="#rank-flips" className="text-accent underline underline-offset-2">
              rank flips
            </a>
            ,{' '}
            <a href="#device-pair" className="text-accent underline underline-offset-2">
              scatter
            </a>{' '}
            and{' '}
            <a href="#flip-genes" className="text-accent underline underline-offset-2">
              genes behind the flips
            </a>
            .
          </p>
          {highlights.map((h) => (
            <div key={h.title} className="rounded-lg border border-slate-200 bg-white p-3">
              <p className="text-xs text-muted">{h.title}</p>
              <p className="font-medium">{h.pair}</p>
              <p className="text-lg font-semibold tabular-nums">
                {NAMES[corr].split(' ')[1]} = {h.value}
              </p>
            </div>
          ))}
        </aside>
      </div>
    </section>
  );
}
