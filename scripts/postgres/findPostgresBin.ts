// Where Debian's PostgreSQL server binaries are (initdb, pg_ctl): the newest /usr/lib/postgresql/N/bin.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const ROOT = '/usr/lib/postgresql';

/** The bin folder of the newest installed version; null when none is installed. */
export function findPostgresBin(): string | null {
  if (!existsSync(ROOT)) return null;
  const versions = readdirSync(ROOT)
    .filter((v) => existsSync(path.join(ROOT, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length > 0 ? path.join(ROOT, versions[0], 'bin') : null;
}
