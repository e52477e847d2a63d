// A nuqs parser for a decimal URL parameter bounded to [min, max]: out-of-range values are clamped,
// non-numbers fall back to the default.
import { createParser } from 'nuqs/server';

export function parseAsFloatInRange(min: number, max: number) {
  return createParser<number>({
    parse(raw) {
      const v = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(v)) return null;
      return Math.min(max, Math.max(min, v));
    },
    serialize: (v) => String(v),
  });
}
