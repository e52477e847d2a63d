'use client';
// The live race: runs the spec in the search worker, accumulates the batched progress in typed arrays
// outside React and re-renders at most every RENDER_EVERY_MS, on an animation frame, with everything that
// arrived meanwhile (buffers and status in one render); pause, resume, step and speed for the controls.
import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import { createSearchClient, type SearchClient } from '@/workers/search/client';
import type { RaceSpec, RunFinal, SearchEvent } from '@/workers/search/protocol';
import { raceSeries } from '@/core/search/raceSeries';
import { createRunBuffers, type RunBuffers } from './createRunBuffers';
import { writeRunProgress } from './writeRunProgress';

export type RaceStatus =
  | { phase: 'loading' }
  | { phase: 'running' | 'paused'; rate: number }
  | { phase: 'done'; rate: number; seconds: number }
  | { phase: 'error'; message: string };

/**
 * The worker sends progress many times a second; one render per message (or per frame) kept the main
 * thread busy re-rendering the charts and status. Ten renders a second still look live.
 */
const RENDER_EVERY_MS = 100;

/** `spec` null: nothing to race yet (a profiled device's profile still loading, or missing). */
export function useRace(spec: RaceSpec | null) {
  const client = useRef<SearchClient | null>(null);
  const buffers = useRef<RunBuffers[]>([]);
  const dirty = useRef(false);
  /** The newest running/paused status from progress events, applied with the next render. */
  const pendingStatus = useRef<RaceStatus | null>(null);
  const [revision, setRevision] = useState(0);
  /** A progress render was asked for and has not been committed yet. */
  const rendering = useRef(false);
  const [status, setStatus] = useState<RaceStatus>({ phase: 'loading' });
  const [finals, setFinals] = useState<RunFinal[] | null>(null);
  const [speed, setSpeed] = useState(0);
  const speedRef = useRef(speed);
  speedRef.current = speed;

  // One worker for the panel's life; a new spec starts a new race on it (the client drops stale events).
  useEffect(() => {
    const onEvent = (event: SearchEvent) => {
      if (event.type === 'progress') {
        writeRunProgress(buffers.current, event.runs);
        dirty.current = true;
        pendingStatus.current = { phase: event.paused ? 'paused' : 'running', rate: event.evaluationsPerSecond };
      } else if (event.type === 'done') {
        dirty.current = true;
        pendingStatus.current = null;
        setFinals(event.finals);
        setStatus({ phase: 'done', rate: event.evaluationsPerSecond, seconds: event.seconds });
      } else if (event.type === 'error') {
        pendingStatus.current = null;
        setStatus({ phase: 'error', message: event.error.message });
      } else if (event.type === 'ready') setStatus({ phase: 'running', rate: 0 });
    };
    client.current = createSearchClient(onEvent);
    return () => {
      client.current?.dispose();
      client.current = null;
    };
  }, []);

  useEffect(() => {
    if (!spec) {
      // The race on view is gone (its metric's profile is loading or missing): stop the old one.
      client.current?.pause();
      buffers.current = [];
      setFinals(null);
      setStatus({ phase: 'loading' });
      return;
    }
    buffers.current = createRunBuffers(spec);
    setFinals(null);
    pendingStatus.current = null;
    setStatus({ phase: 'loading' });
    dirty.current = true;
    client.current?.start(spec, { paused: false, speed: speedRef.current });
  }, [spec]);

  // Redraw on a frame at most every RENDER_EVERY_MS, and only when progress arrived.
  useEffect(() => {
    let last = -Infinity;
    let frame = requestAnimationFrame(function loop(now) {
      // A transition: React renders the charts in slices between frames and input instead of one
      // 60–160 ms task (Lighthouse's long tasks on /search); no new one until the last has committed,
      // so a slow machine gets fewer renders rather than an ever-restarted one.
      if (dirty.current && !rendering.current && now - last >= RENDER_EVERY_MS) {
        last = now;
        dirty.current = false;
        rendering.current = true;
        const next = pendingStatus.current;
        pendingStatus.current = null;
        startTransition(() => {
          if (next) setStatus((s) => (s.phase === 'done' ? s : next));
          setRevision((r) => r + 1);
        });
      }
      frame = requestAnimationFrame(loop);
    });
    return () => cancelAnimationFrame(frame);
  }, []);

  useEffect(() => {
    rendering.current = false;
  }, [revision]);

  const runs = buffers.current;
  // revision is the dependency that says the buffers changed in place.
  const rewardSeries = useMemo(
    () => raceSeries(runs.map((r) => ({ optimizer: r.optimizer, length: r.length, values: r.bestReward }))),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- revision says the buffers changed in place
    [runs, revision],
  );
  const hvSeries = useMemo(
    () => raceSeries(runs.map((r) => ({ optimizer: r.optimizer, length: r.length, values: r.hypervolume }))),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- revision says the buffers changed in place
    [runs, revision],
  );

  const controls = {
    pause: () => client.current?.pause(),
    resume: () => client.current?.resume(),
    step: () => client.current?.step(),
    setSpeed: (value: number) => {
      setSpeed(value);
      client.current?.setSpeed(value);
    },
  };
  return { status, finals, speed, runs, revision, rewardSeries, hvSeries, controls };
}
