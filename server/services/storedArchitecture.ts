// The architecture of a code read back from the database. The import validated every code, so one
// that does not parse means the stored data is corrupt: that is a server error, thrown, not a 400.
import { parseArchitectureCode } from '@/core/space/architectureCode';
import type { Architecture } from '@/core/space/searchSpace';

/** Parses a stored code or throws; `where` names the row in the message (e.g. "stored search 3"). */
export function storedArchitecture(code: string, where?: string): Architecture {
  const parsed = parseArchitectureCode(code);
  if (!parsed.ok) throw new Error(`${where ? `${where}: ` : ''}stored code ${code} does not parse: ${parsed.error.message}`);
  return parsed.value;
}
