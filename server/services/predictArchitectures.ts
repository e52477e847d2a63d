// Surrogate predictions for architecture codes: every target's mean and std in its unit, the
// surrogate and dataset versions they come from, and how far each architecture is from the data.
import 'server-only';
import { z } from 'zod';
import { parseArchitectureCode } from '@/core/space/architectureCode';
import type { Architecture } from '@/core/space/searchSpace';
import { target } from '@/core/targets';
import type { Database } from '../db/openDatabase';
import { ServiceError } from './serviceError';
import { getSnapshot } from './datasetSnapshot';
import { oodReference, outOfDistribution } from './outOfDistribution';
import { getPredictor } from './surrogatePredictor';
import { encodeFeatureBatch, FEATURE_COUNT } from '@/surrogates/runtime/encodeFeatures';
import { oodReferenceFromManifest } from '@/surrogates/runtime/oodReferenceFromManifest';

export const MAX_PREDICT_ARCHS = 1000;
/** A URL holds fewer codes than a tRPC POST body. */
export const MAX_REST_PREDICT = 100;

/**
 * The message for a list of codes over a call's limit. zod's own ("Too big: expected array to have
 * <=100 items", or "Invalid input" behind the REST union) names neither the limit as a count of codes
 * nor what to do about it.
 */
export function tooManyCodes(given: number, limit: number, per: 'request' | 'call'): string {
  return `${given} codes given; at most ${limit} per ${per}: split them into batches of ≤ ${limit}, one ${per} each`;
}

export const predictInput = z.strictObject({
  codes: z
    .array(z.string().max(64))
    .min(1, 'no codes given; give at least one architecture code')
    .max(MAX_PREDICT_ARCHS, { error: (iss) => tooManyCodes((iss.input as unknown[]).length, MAX_PREDICT_ARCHS, 'call') }),
});

export async function predictArchitectures(db: Database, codes: string[]) {
  const archs: Architecture[] = codes.map((code, i) => {
    const r = parseArchitectureCode(code);
    if (!r.ok)
      throw new ServiceError(
        'bad_request',
        `arch${codes.length > 1 ? ` #${i + 1}` : ''} "${code}" is invalid: ${r.error.message}`,
        r.error,
      );
    return r.value;
  });
  const [predictor, snap] = await Promise.all([getPredictor(), getSnapshot(db)]);
  const features = encodeFeatureBatch(archs);
  const { mean, std } = await predictor.predictFeatures(features, archs.length);
  const ref = oodReference(snap);
  const surrogateRef = oodReferenceFromManifest(predictor.manifest);
  const t = predictor.targets.length;
  const results = archs.map((arch, i) => {
    const predictions: Record<string, { mean: number; std: number; unit: string }> = {};
    predictor.targets.forEach((name, j) => {
      predictions[name] = { mean: mean[i * t + j], std: std[i * t + j], unit: target(name).unit };
    });
    const row = {
      features: features.subarray(i * FEATURE_COUNT, (i + 1) * FEATURE_COUNT),
      mean: mean.subarray(i * t, (i + 1) * t),
      reference: surrogateRef,
    };
    return { arch: codes[i].trim(), predictions, outOfDistribution: outOfDistribution(arch, ref, row) };
  });
  return {
    surrogateVersion: predictor.manifest.versionHash,
    datasetVersion: snap.version.hash,
    // One architecture: its predictions at the top level too, for the common single-code call.
    ...(results.length === 1 ? { predictions: results[0].predictions, outOfDistribution: results[0].outOfDistribution } : {}),
    results,
  };
}
