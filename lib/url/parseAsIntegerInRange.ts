// A nuqs parser for an integer URL parameter bounded to [min, max]: out-of-range values are clamped
// (a pasted `n=9999` still shows something sensible), non-numbers fall back to the default.
import { createParser } from 'nuqs/server';

export function parseAsIntegerInRange(min: number, max: number) {
  return createParser<number>({
    parse(raw) {
      if (!/^-?\d+$/.test(raw.trim())) return null;
      return Math.min(max, Math.max(min, Number(raw)));
    },
    serialize: (v) => String(Math.round(v)),
  });
}
