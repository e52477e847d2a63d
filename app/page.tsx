// Landing page: what ANB is, the dataset's counts, where to start, the six accelerators and one real chart —
// measured accuracy against a chosen device metric with its Pareto front. The metric is in the URL.
import Link from 'next/link';
import { z } from 'zod';
import { DatasetCounts } from '@/components/overview/DatasetCounts';
import { DeviceCards } from '@/components/overview/DeviceCards';
import { LandingParetoChart } from '@/components/overview/LandingParetoChart';
import { StartHere } from '@/components/overview/StartHere';
import { DEVICE_METRICS, DEVICE_METRIC_NAMES, target } from '@/core/targets';
import { serverCaller } from '@/lib/trpc/serverCaller';

export const dynamic = 'force-dynamic';

const searchSchema = z.object({ metric: z.enum(DEVICE_METRIC_NAMES).catch('throughput_a100').default('throughput_a100') });

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { metric } = searchSchema.parse(await searchParams);
  const api = await serverCaller();
  const [stats, devices, points, front] = await Promise.all([
    api.architectures.stats(),
    api.devices.list(),
    api.pareto.points({ metric, accuracy: 'val_top1' }),
    api.pareto.measured({ metric, accuracy: 'val_top1' }),
  ]);
  const x = target(metric);
  const indexOf = new Map(points.resultIds.map((id, i) => [id, i]));
  const frontIdx = front.front.map((p) => indexOf.get(p.resultId)!);

  return (
    <div className="space-y-10">
      <section className="space-y-3">
        <h1 className="text-3xl font-bold tracking-tight">Accel-NASBench, explorable</h1>
        <p className="max-w-3xl text-muted">
          Accel-NASBench trained {stats.records.toLocaleString('en-US')} architectures of the MnasNet/EfficientNet search space on ImageNet
          with a searched training proxy that preserves their ranking at a fraction of the cost. Each was measured for throughput on two
          GPUs, two TPUs and two FPGAs (and latency on the FPGAs), so hardware-aware NAS can be benchmarked without training or deploying a
          single network.
        </p>
        <DatasetCounts {...stats} />
      </section>

      <StartHere />

      <section className="space-y-3" aria-labelledby="chart-heading">
        <h2 id="chart-heading" className="text-xl font-semibold">
          Top-1 accuracy vs {x.label}
        </h2>
        <nav aria-label="Device metric" className="flex flex-wrap gap-2 text-sm">
          {DEVICE_METRICS.map((m) => (
            <Link
              key={m.name}
              href={`/?metric=${m.name}`}
              scroll={false}
              aria-current={m.name === metric ? 'page' : undefined}
              className={`rounded-full border px-3 py-1 ${m.name === metric ? 'border-accent bg-accent text-white' : 'border-slate-300 bg-white hover:border-accent'}`}
            >
              {m.label}
            </Link>
          ))}
        </nav>
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white p-2">
          <LandingParetoChart
            codes={points.codes}
            metric={{ label: x.label, unit: x.unit }}
            xs={points.xs}
            ys={points.ys}
            front={frontIdx}
            xLabel={`${x.label} (${x.unit}) — ${x.direction === 'max' ? 'higher' : 'lower'} is better`}
            yLabel="Top-1 accuracy (%)"
            xDirection={x.direction}
            initialWidth={1100}
            height={460}
            title={`Measured top-1 accuracy against ${x.label} for ${front.points} architectures; ${front.front.length} are Pareto-optimal`}
          />
        </div>
        <p className="text-sm text-muted" data-testid="front-summary">
          {front.points.toLocaleString('en-US')} measured architectures; <strong className="text-front">{front.front.length}</strong> on the
          Pareto front (red). Point at one for its code and numbers, click it to open it in the editor; Tab walks the front. Data:{' '}
          <a className="underline" href={`/api/v1/pareto?metric=${metric}`}>
            /api/v1/pareto?metric={metric}
          </a>
          .
        </p>
      </section>

      <section className="space-y-3" aria-labelledby="devices-heading">
        <h2 id="devices-heading" className="text-xl font-semibold">
          Six accelerators
        </h2>
        <DeviceCards devices={devices.devices} />
      </section>
    </div>
  );
}
