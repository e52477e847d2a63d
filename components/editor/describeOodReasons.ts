// Says in words why an architecture is out of distribution (outOfDistributionLevel's reasons), for the
// editor's warning: the descriptors beyond the training box and the predictions beyond every value the
// surrogate was trained on, most extreme first.
import { formatWithUnit } from '@/components/ui/formatWithUnit';
import { metricLabel } from '@/components/ui/metricLabel';
import { target } from '@/core/targets';
import type { OodReason } from '@/surrogates/runtime/outOfDistributionLevel';

const TOTALS: Record<string, string> = {
  macs: 'MACs',
  params: 'parameters',
  layers: 'layers',
  se_layers: 'squeeze-excite layers',
  k5_layers: '5×5 layers',
  dw_macs: 'depthwise MACs',
  pw_macs: 'pointwise MACs',
  se_macs: 'squeeze-excite MACs',
  traffic: 'activation traffic',
  dw_traffic: 'depthwise traffic',
  conv_ops: 'convolutions',
};
const GENES: Record<string, string> = { e: 'expansion', k: 'kernel', l: 'layers', se: 'squeeze-excite' };
const STAGE: Record<string, string> = { macs: 'MACs', traffic: 'activation traffic', params: 'parameters' };

/** A feature name of the encoder (surrogates/runtime/encodeFeatures.ts) as a reader would say it. */
export function featureLabel(feature: string): string {
  const block = /^block(\d)_(e|k|l|se)$/.exec(feature);
  if (block) return `block ${block[1]} ${GENES[block[2]]}`;
  const stage = /^stage(\d)_(macs|traffic|params)$/.exec(feature);
  if (stage) return `stage ${stage[1]} ${STAGE[stage[2]]}`;
  return TOTALS[feature] ? `total ${TOTALS[feature]}` : feature;
}

const compact = (v: number) => v.toLocaleString('en-US', { maximumSignificantDigits: 3 });

/** MACs, parameters and traffic are encoded in millions (FEATURE_ENCODING_DESCRIPTION). */
const inMillions = (feature: string) => /(macs|params|traffic)$/.test(feature);

/** One sentence part per reason, at most `limit` of each kind. */
export function describeOodReasons(reasons: readonly OodReason[], limit = 3): string[] {
  const out: string[] = [];
  const descriptors = reasons.filter((r) => r.kind === 'descriptor');
  const predictions = reasons.filter((r) => r.kind === 'prediction');
  for (const r of descriptors.slice(0, limit)) {
    const m = inMillions(r.feature) ? ' M' : '';
    out.push(
      `${featureLabel(r.feature)} ${compact(r.value)}${m}, ${r.value > r.max ? 'above' : 'below'} the trained ${compact(r.min)}–${compact(r.max)}${m}`,
    );
  }
  if (descriptors.length > limit) out.push(`${descriptors.length - limit} more descriptors beyond the trained range`);
  for (const r of predictions.slice(0, limit)) {
    const { unit } = target(r.target);
    const shown = (v: number) => `${formatWithUnit(v, unit)} ${unit}`;
    out.push(
      `predicted ${metricLabel(r.target, 'long')} ${shown(r.value)}, ${r.value > r.max ? 'above the highest' : 'below the lowest'} value trained on (${shown(r.value > r.max ? r.max : r.min)})`,
    );
  }
  if (predictions.length > limit) out.push(`${predictions.length - limit} more predictions beyond the trained values`);
  for (const r of reasons)
    if (r.kind === 'genes')
      out.push(`its genes are further from the training set than ${Math.round(r.percentile * 100)}% of test architectures`);
  return out;
}
