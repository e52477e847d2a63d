// /surrogates — how good the surrogates behind every prediction are: the served model against the
// measured test split, next to ANB's XGBoost numbers, with the calibration of its uncertainty.
import type { Metadata } from 'next';
import type { SearchParams } from 'nuqs/server';
import { ViewHeader } from '@/components/layout/ViewHeader';
import { SurrogateValidationPanel } from '@/components/surrogates/SurrogateValidationPanel';
import { serverCaller } from '@/lib/trpc/serverCaller';
import { surrogatesParamsCache } from '@/lib/url/surrogatesParams';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = {
  title: 'Surrogates',
  description:
    'ANB Explorer surrogates against the measured Accel-NASBench test split: R², Kendall τ, Spearman, MAE and interval calibration for all 11 targets.',
};

export default async function SurrogatesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { dv, target } = await surrogatesParamsCache.parse(searchParams);
  const api = await serverCaller();
  const [stats, v] = await Promise.all([api.architectures.stats(), api.predict.validation()]);
  const beats = v.targets.filter(
    (t) =>
      t.metrics.r2 >= t.reference.r2 &&
      t.metrics.kendall_tau >= t.reference.kendall_tau &&
      t.metrics.spearman >= t.reference.spearman &&
      t.metrics.mae <= t.reference.mae,
  ).length;
  // Only the shown target's test points go to the browser (as columns; the codes are not drawn).
  const shown = v.targets.find((t) => t.name === target) ?? v.targets[0];
  return (
    <div className="space-y-8">
      <ViewHeader title="Surrogates" version={stats.version} dv={dv}>
        <p>
          Every prediction in ANB Explorer — the editor, the predicted Pareto clouds, the searches — comes from one model trained by this
          project on the measured data ({v.learner}), run in your browser with onnxruntime-web and on the server with onnxruntime-node.
          Below it is checked on the {v.split.counts.test} test architectures it never saw, next to the XGBoost surrogates trained the way
          the ANB paper does.
        </p>
        <p className="text-sm" data-testid="surrogate-summary">
          Better than the XGBoost reference on all four metrics for <strong>{beats}</strong> of {v.targets.length} targets. Surrogate{' '}
          <code className="text-xs">{v.surrogateVersion.slice(0, 12)}</code>. {v.split.note}
        </p>
      </ViewHeader>
      <SurrogateValidationPanel
        targets={v.targets.map(({ points: _points, ...rest }) => rest)}
        scatter={{
          target: shown.name,
          measured: shown.points.map((p) => p.measured),
          mean: shown.points.map((p) => p.mean),
          std: shown.points.map((p) => p.std),
        }}
        levels={v.levels}
        distanceBins={v.distanceBins}
      />
    </div>
  );
}
