// What a permalink's dataset version (`dv`, a hash prefix) is to the server: the current version,
// an older import whose counts can be compared with the current ones, or unknown.
import 'server-only';
import { desc, like } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/openDatabase';
import { datasetVersions, type DatasetVersion } from '../db/schema';
import { currentVersion } from './datasetSnapshot';

export const datasetVersionInput = z.strictObject({
  /** Hex prefix of the version hash (the UI writes 12 characters). */
  dv: z.string().regex(/^[0-9a-f]{6,64}$/, 'dv is a hex prefix of the dataset version hash, 6–64 characters'),
});

const COUNTS = [
  ['records', 'record_count'],
  ['architectures', 'architecture_count'],
  ['architectures trained twice', 'duplicate_architecture_count'],
  ['train split', 'train_count'],
  ['val split', 'val_count'],
  ['test split', 'test_count'],
  ['records in no split', 'unsplit_count'],
  ['proxy-fidelity runs', 'proxy_run_count'],
] as const;

function describe(v: DatasetVersion) {
  return {
    hash: v.hash,
    importedAt: v.imported_at.toISOString(),
    counts: Object.fromEntries(COUNTS.map(([label, key]) => [label, v[key]])) as Record<string, number>,
  };
}

export async function datasetVersionDiff(db: Database, raw: z.input<typeof datasetVersionInput>) {
  const { dv } = datasetVersionInput.parse(raw);
  const current = await currentVersion(db);
  if (current.hash.startsWith(dv))
    return { status: 'current' as const, dv, current: describe(current), linked: describe(current), changes: [] };
  // dv is hex-only (checked above), so it cannot smuggle LIKE wildcards.
  const matches = await db
    .select()
    .from(datasetVersions)
    .where(like(datasetVersions.hash, `${dv}%`))
    .orderBy(desc(datasetVersions.imported_at))
    .limit(2);
  if (matches.length !== 1)
    return {
      status: matches.length === 0 ? ('unknown' as const) : ('ambiguous' as const),
      dv,
      current: describe(current),
      linked: null,
      changes: [],
    };
  const linked = matches[0];
  const changes = COUNTS.filter(([, key]) => linked[key] !== current[key]).map(([label, key]) => ({
    what: label,
    from: linked[key],
    to: current[key],
  }));
  return { status: 'older' as const, dv, current: describe(current), linked: describe(linked), changes };
}
