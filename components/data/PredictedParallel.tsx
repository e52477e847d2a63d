'use client';
// The predicted cloud as parallel-coordinates lines: `n` distinct architectures sampled and predicted by
// the surrogate worker (as /pareto's cloud, seed 1, no gene filter: the brushes select among them), each
// line the surrogate's mean. Labelled as predictions; the table below stays the measured records.
import { useMemo } from 'react';
import { useSurrogateCloud } from '@/components/explorer/useSurrogateCloud';
import { useSurrogateInfo } from '@/components/explorer/useSurrogateInfo';
import type { LineSource } from '@/components/parcoords/parallelAxes';
import { formatCount } from '@/components/ui/formatCount';
import type { GeneFilter } from '@/core/space/geneFilter';
import type { FrontPair } from '@/workers/surrogate/protocol';
import { ParallelView } from './ParallelView';

type ViewProps = Omit<Parameters<typeof ParallelView>[0], 'source' | 'extras' | 'noun' | 'highlighted'>;

const NO_FILTER: GeneFilter = {};
const NO_FRONTS: readonly FrontPair[] = [];
const NO_ROWS: readonly number[] = [];
/** The same sample for everyone: a predicted view's link shows the same lines. */
const SEED = 1;

export function PredictedParallel({ n, ...view }: ViewProps & { n: number }) {
  const info = useSurrogateInfo();
  const targetOrder = info.status === 'ready' ? info.info.targets : null;
  const cloud = useSurrogateCloud(n, SEED, NO_FILTER, NO_FRONTS, targetOrder?.length ?? null);
  const { done, mean, genes } = cloud;
  const source = useMemo((): LineSource | null => {
    if (!targetOrder || done === 0) return null;
    const t = targetOrder.length;
    const columns = new Map<string, Float32Array>();
    const column = (name: string) => {
      let c = columns.get(name);
      if (!c) {
        const col = targetOrder.indexOf(name as (typeof targetOrder)[number]);
        c = new Float32Array(done);
        for (let i = 0; i < done; i++) c[i] = col < 0 ? NaN : mean[i * t + col];
        columns.set(name, c);
      }
      return c;
    };
    return { count: done, genes, target: column };
  }, [targetOrder, done, mean, genes]);

  const error = info.status === 'error' ? info.error.message : cloud.error?.message;
  return (
    <div className="space-y-2" data-testid="pc-predicted">
      <p className="rounded border border-violet-200 bg-violet-50 px-3 py-2 text-sm text-violet-950">
        <strong>Predicted, not measured:</strong> the surrogate&apos;s mean for {formatCount(n)} distinct architectures sampled from the
        search space (seed {SEED}).{' '}
        {cloud.status === 'running' && <span data-testid="pc-predicting">Predicting: {formatCount(done)} so far…</span>}
      </p>
      {error ? (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900">
          The predicted cloud could not be computed: {error}
        </p>
      ) : source ? (
        <ParallelView {...view} source={source} extras={null} noun="predicted architectures" highlighted={NO_ROWS} />
      ) : (
        <div
          className="flex h-[352px] items-center justify-center rounded-lg border border-slate-200 bg-white text-sm text-muted sm:h-[412px]"
          role="status"
        >
          Loading the surrogate…
        </div>
      )}
    </div>
  );
}
