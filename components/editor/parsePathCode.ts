// An architecture code as it arrives in the /arch/[code] path: %-decoded, then parsed by the codec.
// The page, its metadata and image, the editor and the not-found page all read the path this one way.
import { parseArchitectureCode } from '@/core/space/architectureCode';

export function parsePathCode(param: string) {
  let raw = param;
  try {
    raw = decodeURIComponent(param);
  } catch {
    // A malformed %-escape cannot be a code: keep the text as it came, and the parse says why.
  }
  return { raw, result: parseArchitectureCode(raw) };
}
