// /tour/N — the guided tour, one step per URL: search space → surrogates → Pareto fronts → hardware
// awareness → proxies → search. Each step explains in a few lines and highlights the live UI it is about.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { SearchParams } from 'nuqs/server';
import type { ReactNode } from 'react';
import { MeasuredParetoScatter } from '@/components/charts/MeasuredParetoScatter';
import { ProxyKeyFigures } from '@/components/proxy/ProxyKeyFigures';
import { GeneDistanceMatrix } from '@/components/search/GeneDistanceMatrix';
import { SearchRacePanel } from '@/components/search/SearchRacePanel';
import { SearchWinnersTable } from '@/components/search/SearchWinnersTable';
import { SearchSpaceTable } from '@/components/tour/SearchSpaceTable';
import { TourControls } from '@/components/tour/TourControls';
import { LargeTypeNote } from '@/components/tour/LargeTypeNote';
import { TourHighlight } from '@/components/tour/TourHighlight';
import { TOUR_STEPS } from '@/components/tour/tourSteps';
import { serverCaller } from '@/lib/trpc/serverCaller';
import { tourParamsCache } from '@/lib/url/searchParams';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ step: string }>; searchParams: Promise<SearchParams> };

function stepNumber(raw: string): number | null {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= TOUR_STEPS.length ? n : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const n = stepNumber((await params).step);
  return { title: n ? `Tour ${n}: ${TOUR_STEPS[n - 1].title}` : 'Tour' };
}

async function liveUi(slug: string): Promise<ReactNode> {
  const api = await serverCaller();
  switch (slug) {
    case 'search-space':
      return <SearchSpaceTable />;
    case 'surrogates': {
      const v = await api.predict.validation();
      return (
        <table className="w-full border-collapse text-sm">
          <caption className="pb-2 text-left text-muted">Test split ({v.split.counts.test} records), never seen in training.</caption>
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-1 pr-3">
                target
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                R²
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                Kendall τ
              </th>
              <th scope="col" className="py-1 pr-3 text-right">
                mean abs. error
              </th>
            </tr>
          </thead>
          <tbody>
            {v.targets.map((t) => (
              <tr key={t.name} className="border-b border-slate-100">
                <th scope="row" className="py-1 pr-3 text-left font-normal">
                  {t.label}
                </th>
                <td className="py-1 pr-3 text-right tabular-nums">{t.metrics.r2.toFixed(3)}</td>
                <td className="py-1 pr-3 text-right tabular-nums">{t.metrics.kendall_tau.toFixed(3)}</td>
                <td className="py-1 pr-3 text-right tabular-nums">
                  {t.metrics.mae.toPrecision(3)} {t.unit}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
    case 'pareto-fronts': {
      const input = { metric: 'throughput_vck190' as const, accuracy: 'val_top1' as const };
      const [points, front] = await Promise.all([api.pareto.points(input), api.pareto.measured(input)]);
      const index = new Map(points.resultIds.map((id, i) => [id, i]));
      return (
        <MeasuredParetoScatter
          initialWidth={1040}
          xs={points.xs}
          ys={points.ys}
          front={front.front.map((p) => index.get(p.resultId)!).filter((i) => i !== undefined)}
          xLabel="Throughput VCK190 (img/s)"
          yLabel="Top-1 accuracy (%)"
          xDirection="max"
          height={440}
          title="Measured architectures and their Pareto front on the VCK190"
        />
      );
    }
    case 'hardware-awareness': {
      const w = await api.searches.winners();
      if (w.winners.length === 0)
        return (
          <p>
            No stored searches on this server yet (<code>npm start</code> stores them when it starts). Race the optimizers yourself on{' '}
            <Link className="text-accent underline" href="/search">
              /search
            </Link>
            .
          </p>
        );
      return (
        <div className="space-y-6">
          <SearchWinnersTable winners={w.winners} />
          <GeneDistanceMatrix labels={w.winners.map((x) => x.metric)} distances={w.distances} />
        </div>
      );
    }
    case 'proxies':
      return <ProxyKeyFigures data={await api.proxyFidelity.get()} />;
    default:
      return <SearchRacePanel />;
  }
}

export default async function TourPage({ params, searchParams }: Props) {
  const n = stepNumber((await params).step);
  if (n === null) notFound();
  const query = await searchParams;
  const { large } = tourParamsCache.parse(query);
  const step = TOUR_STEPS[n - 1];
  return (
    // Bottom padding: the fixed Previous/Next bar must not cover the end of a step.
    <div className={`space-y-6 pb-20 ${large ? 'text-lg' : ''}`} data-large={large}>
      <TourControls step={n} count={TOUR_STEPS.length} large={large} titles={TOUR_STEPS.map((s) => s.title)} />
      <header className="space-y-3">
        <p className="text-sm font-medium text-muted">
          Step {n} of {TOUR_STEPS.length} · ← and → to move
        </p>
        <LargeTypeNote raw={query.large} />
        <h1 className={`${large ? 'text-5xl' : 'text-3xl'} font-bold tracking-tight`}>{step.title}</h1>
        <div className={`max-w-4xl space-y-2 ${large ? 'text-2xl leading-relaxed' : 'text-muted'}`}>
          {step.text.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      </header>
      <TourHighlight callout={step.lookAt}>{await liveUi(step.slug)}</TourHighlight>
      <p className="text-sm">
        The full view:{' '}
        <a className="text-accent underline" href={step.view.href}>
          {step.view.label}
        </a>
        .
      </p>
    </div>
  );
}
