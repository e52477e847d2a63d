'use client';
// The live race: reads the race from the URL, runs it in the search worker, accumulates the batched
// progress in typed arrays outside React and redraws once per animation frame. Pause, step, speed.
import { useQuery } from '@tanstack/react-query';
import { useQueryStates } from 'nuqs';
import { useEffect, useMemo, useRef, useState } from 'react';
import { MeasuredWidth } from '@/components/charts/MeasuredWidth';
import { deviceMetric } from '@/core/deviceMetric';
import { objectiveSettings } from '@/core/search/objectiveSettings';
import { optimizers, type OptimizerId } from '@/core/search/optimizers';
import { raceSeries } from '@/core/search/raceSeries';
import { useTRPC } from '@/lib/trpc/TrpcProvider';
import { searchParams } from '@/lib/url/searchParams';
import { createSearchClient, type SearchClient } from '@/workers/search/client';
import type { RaceSpec, RunFinal, SearchEvent } from '@/workers/search/protocol';
import { RaceLineChart } from './RaceLineChart';
import { RaceParetoCanvas } from './RaceParetoCanvas';
import { RaceResultsTable } from './RaceResultsTable';

const COLORS: Record<OptimizerId, string> = { rs: '#64748b', re: '#dc2626', reinforce: '#2563eb', ls: '#16a34a', nsga2: '#9333ea' };
const LABELS = Object.fromEntries(Object.entries(optimizers).map(([id, o]) => [id, o.label])) as Record<string, string>;
const SPEEDS = [
  { value: 0, label: 'max' },
  { value: 2000, label: '2,000/s' },
  { value: 200, label: '200/s' },
  { value: 20, label: '20/s' },
];

interface RunBuffers {
  optimizer: OptimizerId;
  seed: number;
  length: number;
  accuracy: Float64Array;
  hardware: Float64Array;
  bestReward: Float64Array;
  hypervolume: Float64Array;
}

type Status = { phase: 'loading' } | { phase: 'running' | 'paused'; rate: number } | { phase: 'done'; rate: number; seconds: number } | { phase: 'error'; message: string };

export function SearchRacePanel() {
  const [params] = useQueryStates(searchParams);
  const spec: RaceSpec = useMemo(
    () => ({
      runs: params.o.flatMap((optimizer) => Array.from({ length: params.seeds }, (_, s) => ({ optimizer, seed: s + 1 }))),
      metric: params.metric,
      accuracy: params.acc,
      budget: params.budget,
      ...(params.w !== null ? { w: params.w } : {}),
      ...(params.target !== null ? { target: params.target } : {}),
    }),
    [params.o, params.seeds, params.metric, params.acc, params.budget, params.w, params.target],
  );
  const metric = deviceMetric(spec.metric);
  const reference = objectiveSettings(spec).reference;
  const trpc = useTRPC();
  const measured = useQuery(trpc.pareto.measured.queryOptions({ metric: spec.metric, accuracy: spec.accuracy }));

  const client = useRef<SearchClient | null>(null);
  const buffers = useRef<RunBuffers[]>([]);
  const dirty = useRef(false);
  const [revision, setRevision] = useState(0);
  const [status, setStatus] = useState<Status>({ phase: 'loading' });
  const [finals, setFinals] = useState<RunFinal[] | null>(null);
  const [speed, setSpeed] = useState(0);
  const speedRef = useRef(speed);
  speedRef.current = speed;

  // One worker for the panel's life; a new spec starts a new race on it (the client drops stale events).
  useEffect(() => {
    const onEvent = (event: SearchEvent) => {
      if (event.type === 'progress') {
        for (const p of event.runs) {
          const b = buffers.current[p.run];
          const offset = p.evaluations - p.accuracy.length;
          b.accuracy.set(p.accuracy, offset);
          b.hardware.set(p.hardware, offset);
          b.bestReward.set(p.bestReward, offset);
          b.hypervolume.set(p.hypervolume, offset);
          b.length = p.evaluations;
        }
        dirty.current = true;
        setStatus((s) => (s.phase === 'done' ? s : { phase: event.paused ? 'paused' : 'running', rate: event.evaluationsPerSecond }));
      } else if (event.type === 'done') {
        dirty.current = true;
        setFinals(event.finals);
        setStatus({ phase: 'done', rate: event.evaluationsPerSecond, seconds: event.seconds });
      } else if (event.type === 'error') setStatus({ phase: 'error', message: event.error.message });
      else if (event.type === 'ready') setStatus({ phase: 'running', rate: 0 });
    };
    client.current = createSearchClient(onEvent);
    return () => {
      client.current?.dispose();
      client.current = null;
    };
  }, []);

  useEffect(() => {
    buffers.current = spec.runs.map((r) => ({
      ...r,
      length: 0,
      accuracy: new Float64Array(spec.budget),
      hardware: new Float64Array(spec.budget),
      bestReward: new Float64Array(spec.budget),
      hypervolume: new Float64Array(spec.budget),
    }));
    setFinals(null);
    setStatus({ phase: 'loading' });
    dirty.current = true;
    client.current?.start(spec, { paused: false, speed: speedRef.current });
  }, [spec]);

  // Redraw at most once per frame, and only when progress arrived.
  useEffect(() => {
    let frame = requestAnimationFrame(function loop() {
      if (dirty.current) {
        dirty.current = false;
        setRevision((r) => r + 1);
      }
      frame = requestAnimationFrame(loop);
    });
    return () => cancelAnimationFrame(frame);
  }, []);

  const runs = buffers.current;
  // revision is the dependency that says the buffers changed in place.
  const rewardSeries = useMemo(() => raceSeries(runs.map((r) => ({ optimizer: r.optimizer, length: r.length, values: r.bestReward }))), [runs, revision]); // eslint-disable-line react-hooks/exhaustive-deps
  const hvSeries = useMemo(() => raceSeries(runs.map((r) => ({ optimizer: r.optimizer, length: r.length, values: r.hypervolume }))), [runs, revision]); // eslint-disable-line react-hooks/exhaustive-deps
  const evaluated = runs.reduce((a, r) => a + r.length, 0);
  const total = spec.runs.length * spec.budget;
  const running = status.phase === 'running';

  return (
    <section aria-labelledby="race-heading" className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="race-heading" className="text-xl font-semibold">
          Race: {params.o.map((o) => LABELS[o]).join(', ')} × {params.seeds} seeds on {metric.label}
        </h2>
        <button type="button" className="rounded border border-slate-300 bg-white px-3 py-1 text-sm" disabled={status.phase !== 'running' && status.phase !== 'paused'} onClick={() => (running ? client.current?.pause() : client.current?.resume())}>
          {running ? 'Pause' : 'Resume'}
        </button>
        <button type="button" className="rounded border border-slate-300 bg-white px-3 py-1 text-sm" disabled={status.phase !== 'paused'} onClick={() => client.current?.step()}>
          Step
        </button>
        <label className="flex items-center gap-1 text-sm">
          Speed
          <select
            className="rounded border border-slate-300 px-2 py-1"
            value={speed}
            onChange={(e) => {
              setSpeed(Number(e.target.value));
              client.current?.setSpeed(Number(e.target.value));
            }}
          >
            {SPEEDS.map((s) => (
              <option key={s.value} value={s.value}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p role="status" aria-live="polite" className="text-sm text-muted" data-testid="race-status" data-phase={status.phase}>
        {status.phase === 'loading' && 'Loading the surrogate…'}
        {status.phase === 'error' && <span className="text-red-700">{status.message}</span>}
        {(status.phase === 'running' || status.phase === 'paused') &&
          `${status.phase === 'paused' ? 'Paused' : 'Running'}: ${evaluated.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} evaluations, ${Math.round(status.rate).toLocaleString('en-US')} evaluations/s`}
        {status.phase === 'done' && (
          <span data-testid="race-rate" data-value={status.rate}>
            Done: {total.toLocaleString('en-US')} evaluations in {status.seconds.toFixed(1)} s ({Math.round(status.rate).toLocaleString('en-US')} evaluations/s of
            search and prediction in the worker).
          </span>
        )}
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        <figure className="rounded-lg border border-slate-200 bg-white p-2">
          <figcaption className="px-2 text-sm font-medium">Best reward so far (mean over seeds, band: min–max)</figcaption>
          <MeasuredWidth initialWidth={560}>
            {(w) => <RaceLineChart series={rewardSeries} colors={COLORS} labels={LABELS} budget={spec.budget} yLabel="reward" title="Best reward against evaluations" width={w} height={260} />}
          </MeasuredWidth>
        </figure>
        <figure className="rounded-lg border border-slate-200 bg-white p-2">
          <figcaption className="px-2 text-sm font-medium">Hypervolume above the median architecture (mean, band: min–max)</figcaption>
          <MeasuredWidth initialWidth={560}>
            {(w) => <RaceLineChart series={hvSeries} colors={COLORS} labels={LABELS} budget={spec.budget} yLabel={`% × ${metric.unit}`} title="Hypervolume against evaluations" width={w} height={260} />}
          </MeasuredWidth>
        </figure>
      </div>
      <figure className="rounded-lg border border-slate-200 bg-white p-2">
        <figcaption className="px-2 text-sm font-medium">
          The population on the Pareto plane: bold dots are each run&apos;s last 20 evaluations (for regularized evolution, its living population), grey line the
          measured front of the dataset, yellow the region the hypervolume counts.
        </figcaption>
        <MeasuredWidth initialWidth={1100}>
          {(w) => (
            <RaceParetoCanvas
              runs={runs}
              colors={COLORS}
              measured={measured.data?.front ?? []}
              reference={reference}
              xLabel={`${metric.label} (${metric.unit})`}
              revision={revision}
              recent={20}
              width={w}
              height={380}
              title={`Predicted accuracy against ${metric.label}: the race's evaluations and the measured Pareto front`}
            />
          )}
        </MeasuredWidth>
      </figure>
      {finals && <RaceResultsTable finals={finals} labels={LABELS} unit={metric.unit} />}
    </section>
  );
}
