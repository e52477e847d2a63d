// The server's one database: opened, migrated and brought to the data folder's version on the first
// call; every later (or concurrent) call gets the same instance.
import 'server-only';
import { formatDatasetIssue } from '@/core/dataset/datasetIssue';
import { resolveDataDir } from '@/server/dataset/resolveDataDir';
import { ensureImported } from '@/server/import/ensureImported';
import { currentVersion, markVersionStable } from './currentVersion';
import { openDatabase, type OpenedDatabase } from './openDatabase';

// On globalThis, not in a module variable: Next.js dev re-evaluates modules on every edit, and a second
// PGlite on the same folder in one process would corrupt it.
const cache = globalThis as typeof globalThis & { __anbDatabase?: Promise<OpenedDatabase> };

export function getDb(): Promise<OpenedDatabase> {
  if (!cache.__anbDatabase) {
    const opening = initDatabase();
    cache.__anbDatabase = opening;
    // A failed start is not cached: the next request tries again (e.g. after `npm run import`).
    opening.catch(() => {
      if (cache.__anbDatabase === opening) cache.__anbDatabase = undefined;
    });
  }
  return cache.__anbDatabase;
}

async function initDatabase(): Promise<OpenedDatabase> {
  const opened = await openDatabase();
  try {
    await importIfNeeded(opened);
    // PGlite: one process per folder, so nothing else can change the version from here on.
    if (opened.kind === 'pglite') markVersionStable(opened.db);
    return opened;
  } catch (e) {
    await opened.close();
    throw e;
  }
}

/** Serves the data folder's version; keeps serving the stored one when the folder is gone or broken. */
async function importIfNeeded({ db, location }: OpenedDatabase): Promise<void> {
  const stored = await currentVersion(db);
  let dir: string;
  try {
    dir = resolveDataDir();
  } catch (e) {
    if (stored) return;
    throw new Error(`The database at ${location} is empty and ${(e as Error).message}`, { cause: e });
  }
  const result = await ensureImported(db, dir);
  if (result.ok) return;
  const { error } = result;
  const problems =
    'issues' in error
      ? error.issues
          .slice(0, 10)
          .map((i) => `\n  ${formatDatasetIssue(i)}`)
          .join('')
      : '';
  const message = `${error.message}${problems}\nFix the data, or run \`npm run import -- --skip-invalid\` to import the valid rest.`;
  if (!stored) throw new Error(`The database at ${location} is empty and the data could not be imported: ${message}`);
  console.warn(`[db] still serving dataset version ${stored.hash.slice(0, 12)}: ${message}`);
}
