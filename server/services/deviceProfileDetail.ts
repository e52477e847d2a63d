// One profiled device with everything derived from it (#12): the fit per metric, the held-out networks
// measured and predicted, and the ANB device metrics ranked by how alike they rank the profiled
// networks — the server's surrogate stands in for the ANB devices, which never ran these networks.
import 'server-only';
import { rankSimilarity } from '@/core/profile/fitDeviceProfile';
import { parseArchitectureCode } from '@/core/space/architectureCode';
import type { Architecture } from '@/core/space/searchSpace';
import { DEVICE_METRICS } from '@/core/targets';
import type { Database } from '../db/openDatabase';
import { fittedProfile, rowById, summary } from './deviceProfiles';
import { getPredictor } from './surrogatePredictor';

/** Keyed by profile id; a profile is immutable, so an entry is right for as long as the surrogate is. */
const similarityCache = new Map<string, { metric: string; mostLike: { name: string; tau: number }[] }[]>();

export async function deviceProfileById(db: Database, id: string) {
  const row = await rowById(db, id);
  const s = summary(row);
  const { profile, fitted } = fittedProfile(row);
  let similarity = similarityCache.get(id);
  if (!similarity) {
    const predictor = await getPredictor();
    similarity = [];
    for (const m of profile.measurements) {
      const nets = [...m.calibrationNetworks, ...m.heldOutNetworks];
      const archs: Architecture[] = nets.map((n) => {
        const r = parseArchitectureCode(n.code);
        if (!r.ok) throw new Error(`stored profile ${id} holds an invalid code ${n.code}`);
        return r.value;
      });
      const p = await predictor.predict(archs);
      const w = predictor.targets.length;
      const measured = nets.map((n) => n.ms);
      similarity.push({
        metric: m.metric,
        // Measured ms, lower is better, whatever the metric: throughput is batch × 1000 / ms.
        mostLike: rankSimilarity(
          measured,
          'min',
          DEVICE_METRICS.map((t) => ({
            name: t.name,
            direction: t.direction,
            values: archs.map((_, i) => p.mean[i * w + predictor.targets.indexOf(t.name)]),
          })),
        ),
      });
    }
    similarityCache.set(id, similarity);
    if (similarityCache.size > 200) similarityCache.delete(similarityCache.keys().next().value!);
  }
  return {
    ...s,
    profile,
    fits: fitted.fits.map((f) => ({
      metric: f.metric,
      batch: f.batch,
      heldOut: f.heldOut,
      mostLike: similarity.find((x) => x.metric === f.metric)?.mostLike ?? [],
    })),
  };
}
