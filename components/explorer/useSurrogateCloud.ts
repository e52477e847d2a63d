'use client';
// The predicted cloud of /pareto: asks the surrogate worker to sample and predict `n` distinct
// architectures under the gene filter (all of them when the filter leaves fewer), fills the page's copy batch by batch as progress arrives (so the cloud and its
// fronts grow while the worker runs), and asks only for new fronts when just the axes change.
import { startTransition, useEffect, useRef, useState } from 'react';
import { createFilteredSampler } from '@/core/space/createFilteredSampler';
import type { GeneFilter } from '@/core/space/geneFilter';
import { GENE_COUNT } from '@/core/space/geneIndex';
import { getSurrogateClient } from '@/workers/surrogate/client';
import type { Cloud, CloudSample, FrontPair, SurrogateError } from '@/workers/surrogate/protocol';

export interface PredictedCloud {
  status: 'idle' | 'running' | 'done' | 'error';
  /** The worker's name for this cloud (null before the first batch). */
  cloudId: number | null;
  /** Architectures the cloud will hold: n until the worker says, then min(n, the filtered space's size). */
  total: number;
  /** n asked for and the filtered space's size (null before the first batch). */
  sample: CloudSample | null;
  /** Rows of genes/mean/std filled so far. */
  done: number;
  /** [total, 28] gene indices. */
  genes: Uint8Array;
  /** [total, targets] predictive means and standard deviations. */
  mean: Float32Array;
  std: Float32Array;
  /** [total] out-of-distribution level of each row, as OOD_LEVEL_CODES (0 in, 1 edge, 2 far). */
  ood: Uint8Array;
  /** One front per pair of `frontPairs`, indices into the cloud, x ascending. */
  fronts: Int32Array[];
  frontPairs: readonly FrontPair[];
  timings: Cloud['timings'] | null;
  /** Wall-clock milliseconds since the request was sent (for the progress line). */
  elapsedMs: number;
  error: SurrogateError | null;
}

const EMPTY: PredictedCloud = {
  status: 'idle',
  cloudId: null,
  total: 0,
  sample: null,
  done: 0,
  genes: new Uint8Array(0),
  mean: new Float32Array(0),
  std: new Float32Array(0),
  ood: new Uint8Array(0),
  fronts: [],
  frontPairs: [],
  timings: null,
  elapsedMs: 0,
  error: null,
};

const pairsKey = (pairs: readonly FrontPair[]) => pairs.map((p) => `${p.x}/${p.y}${p.inDistribution ? '/in' : ''}`).join(',');

/** `targets` is the number of output columns (from the surrogate info); null until it is known. */
export function useSurrogateCloud(
  n: number,
  seed: number,
  filter: GeneFilter,
  pairs: readonly FrontPair[],
  targets: number | null,
): PredictedCloud {
  const filterKey = JSON.stringify(filter);
  /** Names the sample the URL asks for; state from another key is stale. */
  const key = `${n}|${seed}|${filterKey}|${targets}`;
  const [state, setState] = useState<PredictedCloud & { key: string }>({ ...EMPTY, key: '' });
  const pairsRef = useRef(pairs);
  const wantedPairs = pairsKey(pairs);
  useEffect(() => {
    pairsRef.current = pairs;
  });

  useEffect(() => {
    if (targets === null || n === 0) return;
    let live = true;
    const started = performance.now();
    const requested = pairsRef.current;
    const filter = JSON.parse(filterKey) as GeneFilter;
    // The worker draws distinct architectures: no more rows than the filtered space holds (an invalid
    // filter is the worker's to report).
    const space = createFilteredSampler(filter);
    const rows = space.ok ? Math.min(n, space.value.size) : n;
    const acc = {
      genes: new Uint8Array(rows * GENE_COUNT),
      mean: new Float32Array(rows * targets),
      std: new Float32Array(rows * targets),
      ood: new Uint8Array(rows),
    };
    const fresh = (): PredictedCloud & { key: string } => ({
      ...EMPTY,
      key,
      status: 'running',
      total: rows,
      ...acc,
      frontPairs: requested,
    });
    // Progress arrives about once a second; React state is set at most once per frame, and as a
    // transition: the page's re-render for a batch (chart, fronts, tables, overlay) is time-sliced, so a
    // click or a key between batches is answered at once instead of after one long task.
    let frame = 0;
    let pending: Partial<PredictedCloud> | null = null;
    const flush = () => {
      frame = 0;
      if (!live || !pending) return;
      const patch = pending;
      pending = null;
      startTransition(() => setState((c) => ({ ...(c.key === key ? c : fresh()), ...patch })));
    };
    getSurrogateClient()
      .sampleAndPredict({ n, seed, filter, fronts: requested }, (p) => {
        if (!live) return;
        acc.genes.set(p.genes, p.offset * GENE_COUNT);
        acc.mean.set(p.mean, p.offset * targets);
        acc.std.set(p.std, p.offset * targets);
        acc.ood.set(p.ood, p.offset);
        pending = {
          cloudId: p.cloudId,
          total: p.total,
          sample: p.sample,
          done: p.done,
          fronts: p.fronts,
          elapsedMs: performance.now() - started,
        };
        frame ||= requestAnimationFrame(flush);
      })
      .then((r) => {
        if (!live) return;
        cancelAnimationFrame(frame);
        if (!r.ok) {
          if (r.error.code !== 'superseded') setState((c) => ({ ...(c.key === key ? c : fresh()), status: 'error', error: r.error }));
          return;
        }
        const v = r.value;
        startTransition(() =>
          setState({
            key,
            status: 'done',
            cloudId: v.cloudId,
            total: v.count,
            sample: v.sample,
            done: v.count,
            genes: v.genes,
            mean: v.mean,
            std: v.std,
            ood: v.ood,
            fronts: v.fronts,
            frontPairs: requested,
            timings: v.timings,
            elapsedMs: performance.now() - started,
            error: null,
          }),
        );
      });
    return () => {
      live = false;
      cancelAnimationFrame(frame);
    };
    // `key` stands for n, seed, the filter and targets.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const cloud: PredictedCloud =
    n === 0 || targets === null ? { ...EMPTY, total: n } : state.key === key ? state : { ...EMPTY, status: 'running', total: n };

  // Only the axes changed: new fronts of the cloud the worker holds, no new sample.
  const { status, cloudId, frontPairs } = cloud;
  useEffect(() => {
    if (status !== 'done' || cloudId === null || pairsKey(frontPairs) === wantedPairs) return;
    let live = true;
    const requested = pairsRef.current;
    getSurrogateClient()
      .cloudFronts(cloudId, requested)
      .then((r) => {
        if (!live) return;
        if (r.ok) setState((c) => (c.cloudId === r.value.cloudId ? { ...c, fronts: r.value.fronts, frontPairs: requested } : c));
        else if (r.error.code !== 'superseded') setState((c) => ({ ...c, status: 'error', error: r.error }));
      });
    return () => {
      live = false;
    };
  }, [status, cloudId, frontPairs, wantedPairs]);

  return cloud;
}
