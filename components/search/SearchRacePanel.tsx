'use client';
// The live race's panel: the race the URL describes (useRaceSpec) running in the search worker (useRace),
// shown as its controls and status, best-reward and hypervolume curves, the population on the Pareto
// plane, the search history to export and, once done, each run's result. On a profiled device (#12) the
// hardware objective is its kernel-level model's prediction and the panel names the device and its median.
import { useQuery } from '@tanstack/react-query';
import { MeasuredWidth } from '@/components/charts/MeasuredWidth';
import { deviceMetric } from '@/core/deviceMetric';
import { objectiveSettings } from '@/core/search/objectiveSettings';
import { optimizers, type OptimizerId } from '@/core/search/optimizers';
import { isDeviceMetricName } from '@/core/targets';
import { useTRPC } from '@/lib/trpc/TrpcProvider';
import { ProfiledRaceNote } from './ProfiledRaceNote';
import { RaceHistoryExport } from './RaceHistoryExport';
import { RaceLineChart } from './RaceLineChart';
import { RaceParetoCanvas } from './RaceParetoCanvas';
import { RaceResultsTable } from './RaceResultsTable';
import { RaceStatusLine } from './RaceStatusLine';
import { RaceToolbar } from './RaceToolbar';
import { useRace } from './useRace';
import { useRaceSpec } from './useRaceSpec';

/** Theme colours (app/colorThemes.css): the race canvas resolves them at draw time (cssColour). */
const COLORS: Record<OptimizerId, string> = {
  rs: 'var(--race-rs)',
  re: 'var(--race-re)',
  reinforce: 'var(--race-reinforce)',
  ls: 'var(--race-ls)',
  nsga2: 'var(--race-nsga2)',
};
const LABELS = Object.fromEntries(Object.entries(optimizers).map(([id, o]) => [id, o.label])) as Record<string, string>;

export function SearchRacePanel() {
  const { params, spec, profiled } = useRaceSpec();
  const trpc = useTRPC();
  const anbMetric = isDeviceMetricName(params.metric) ? params.metric : null;
  const measured = useQuery({
    ...trpc.pareto.measured.queryOptions({ metric: anbMetric ?? 'throughput_vck190', accuracy: params.acc }),
    // A profiled device never ran the dataset's networks: it has no measured front.
    enabled: anbMetric !== null,
  });
  const { status, finals, speed, runs, revision, rewardSeries, hvSeries, controls } = useRace(spec);
  if (profiled.status === 'error')
    return (
      <p role="alert" className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-900" data-testid="race-device-error">
        {profiled.message}
      </p>
    );
  if (!spec || profiled.status === 'loading')
    return (
      <p role="status" className="text-sm text-muted">
        Loading the profiled device {params.metric}…
      </p>
    );
  const metric = anbMetric ? deviceMetric(anbMetric) : profiled.status === 'ready' ? profiled.spec : null;
  if (!metric) return null;
  const reference = objectiveSettings(spec).reference;
  const evaluated = runs.reduce((a, r) => a + r.length, 0);
  const total = spec.runs.length * spec.budget;

  return (
    <section aria-labelledby="race-heading" className="space-y-4">
      <RaceToolbar
        heading={`Race: ${params.o.map((o) => LABELS[o]).join(', ')} × ${params.seeds} seed${params.seeds === 1 ? '' : 's'} on ${metric.label}`}
        status={status}
        speed={speed}
        onPause={controls.pause}
        onResume={controls.resume}
        onStep={controls.step}
        onSpeed={controls.setSpeed}
      />
      {profiled.status === 'ready' && spec.hardwareMedian !== undefined ? (
        <ProfiledRaceNote
          id={params.metric.split('.')[0]}
          deviceName={profiled.deviceName}
          median={spec.hardwareMedian}
          unit={metric.unit}
        />
      ) : null}
      <RaceStatusLine status={status} evaluated={evaluated} total={total} />
      <RaceHistoryExport spec={spec} runs={runs} finals={finals} evaluated={evaluated} />
      <div className="grid gap-4 lg:grid-cols-2">
        <figure className="rounded-lg border border-slate-200 bg-white p-2">
          <figcaption className="px-2 text-sm font-medium">Best reward so far (mean over seeds, band: min–max)</figcaption>
          <MeasuredWidth initialWidth={560}>
            {(w) => (
              <RaceLineChart
                series={rewardSeries}
                colors={COLORS}
                labels={LABELS}
                budget={spec.budget}
                yLabel="reward"
                title="Best reward against evaluations"
                width={w}
                height={260}
              />
            )}
          </MeasuredWidth>
        </figure>
        <figure className="rounded-lg border border-slate-200 bg-white p-2">
          <figcaption className="px-2 text-sm font-medium">Hypervolume above the median architecture (mean, band: min–max)</figcaption>
          <MeasuredWidth initialWidth={560}>
            {(w) => (
              <RaceLineChart
                series={hvSeries}
                colors={COLORS}
                labels={LABELS}
                budget={spec.budget}
                yLabel={`% × ${metric.unit}`}
                title="Hypervolume against evaluations"
                width={w}
                height={260}
              />
            )}
          </MeasuredWidth>
        </figure>
      </div>
      <figure className="rounded-lg border border-slate-200 bg-white p-2">
        <figcaption className="px-2 text-sm font-medium">
          The population on the Pareto plane: bold dots are each run&apos;s last 20 evaluations (for regularized evolution, its living
          population), {anbMetric ? 'grey line the measured front of the dataset, ' : ''}yellow the region the hypervolume counts.
        </figcaption>
        <MeasuredWidth initialWidth={1100}>
          {(w) => (
            <RaceParetoCanvas
              runs={runs}
              colors={COLORS}
              measured={anbMetric ? (measured.data?.front ?? []) : []}
              reference={reference}
              xLabel={`${metric.label} (${metric.unit})`}
              revision={revision}
              recent={20}
              width={w}
              height={380}
              title={`Predicted accuracy against ${metric.label}: the race's evaluations${anbMetric ? ' and the measured Pareto front' : ''}`}
            />
          )}
        </MeasuredWidth>
      </figure>
      {finals && <RaceResultsTable finals={finals} labels={LABELS} metric={metric} />}
    </section>
  );
}
