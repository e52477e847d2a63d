'use client';
// Proxy fidelity: does ANB's cheap searched training proxy rank architectures like the reference
// recipe? Scatter of the two recipes' top-1 (one seed or the per-architecture means; URL state `seed`),
// τ and ρ per seed and pooled, beside the seed-to-seed agreement of each recipe (the ceiling).
import type { inferOutput } from '@trpc/tanstack-react-query';
import { useQueryStates } from 'nuqs';
import { ProxyScatter } from '@/components/charts/ProxyScatter';
import { PillRadioGroup } from '@/components/ui/PillRadioGroup';
import type { useTRPC } from '@/lib/trpc/TrpcProvider';
import { MeasuredWidth } from '@/components/charts/MeasuredWidth';
import { ChartExport } from '@/components/ui/ChartExport';
import { proxyParams } from '@/lib/url/proxyParams';
import { ProxyAgreementTable } from './ProxyAgreementTable';
import { ProxyCeilingDeferred } from './ProxyCeilingDeferred';
import { ProxyKeyFigures } from './ProxyKeyFigures';

/** The client's view of the API, typed from the tRPC hook (no import from server/). */
type Api = ReturnType<typeof useTRPC>;
type ProxyFidelity = inferOutput<Api['proxyFidelity']['get']>;

export function ProxyFidelityPanel({ data }: { data: ProxyFidelity }) {
  const [{ seed: rawSeed }, setParams] = useQueryStates({ seed: proxyParams.seed }, { history: 'push' });
  // A seed the data does not have (a hand-edited link) shows the pooled means.
  const seed = rawSeed !== null && data.seeds.includes(rawSeed) ? rawSeed : null;
  const at = (r: Record<string, number>, mean: number) => (seed === null ? mean : r[String(seed)]);
  const xs = data.pairs.map((p) => at(p.fewproxy, p.fewproxyMean));
  const ys = data.pairs.map((p) => at(p.proxified, p.proxifiedMean));
  const shown = seed === null ? data.pooledMeans : data.perSeed.find((s) => s.seed === seed)!;
  const view = seed === null ? `means over seeds ${data.seeds.join(', ')}` : `seed ${seed}`;

  return (
    <div className="space-y-10">
      <ProxyKeyFigures data={data} />

      <section aria-labelledby="scatter-heading" className="space-y-3">
        <h2 id="scatter-heading" className="text-xl font-semibold">
          Reference recipe vs searched proxy, architecture by architecture
        </h2>
        <PillRadioGroup
          legend="Show"
          name="seed"
          options={[{ value: 'mean', label: 'Mean over seeds' }, ...data.seeds.map((s) => ({ value: String(s), label: `Seed ${s}` }))]}
          value={seed === null ? 'mean' : String(seed)}
          onChange={(v) => setParams({ seed: v === 'mean' ? null : Number(v) })}
        />
        <p className="text-sm" data-testid="scatter-summary">
          {view}: Kendall τ-b = <strong data-testid="scatter-tau">{shown.kendallTau.toFixed(3)}</strong>, Spearman ρ ={' '}
          <strong>{shown.spearman.toFixed(3)}</strong> over {shown.n} architectures; the two recipes&apos; top-1 differ by{' '}
          {shown.meanAbsDiff.toFixed(2)} points on average.
        </p>
        <div className="grid grid-cols-1 items-start gap-4 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
          <ChartExport
            filename={`proxy-fidelity-${seed === null ? 'mean' : `seed${seed}`}`}
            label={`proxy fidelity scatter, ${view}`}
            caption={<>One point per architecture; hover for its code and both values.</>}
          >
            <MeasuredWidth>
              {(width) => (
                <ProxyScatter
                  xs={xs}
                  ys={ys}
                  labels={data.pairs.map((p, i) => `${p.code}: reference ${xs[i].toFixed(2)}%, proxy ${ys[i].toFixed(2)}%`)}
                  xLabel="Top-1 with the reference recipe (%)"
                  yLabel="Top-1 with the searched proxy (%)"
                  width={Math.max(340, width)}
                  height={Math.max(300, Math.min(460, Math.round(width * 0.75)))}
                  title={`Top-1 under the reference recipe against the searched proxy for ${data.architectures} architectures, ${view}; Kendall τ-b ${shown.kendallTau.toFixed(3)}`}
                />
              )}
            </MeasuredWidth>
          </ChartExport>
          <ProxyAgreementTable kind="cross" data={data} />
        </div>
      </section>

      <ProxyCeilingDeferred data={data} />
    </div>
  );
}
