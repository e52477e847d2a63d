// A nuqs parser for an on/off URL flag that reads the spellings people type: true or 1 is on, false or
// 0 is off. nuqs's parseAsBoolean reads only "true", so `?large=1` was silently off. Anything else is
// no flag at all (null: the default applies, and the view can say the value was not understood).
import { createParser } from 'nuqs/server';

export const FLAG_SPELLINGS = { on: ['true', '1'], off: ['false', '0'] } as const;

export function parseFlag(raw: string): boolean | null {
  const v = raw.trim().toLowerCase();
  if ((FLAG_SPELLINGS.on as readonly string[]).includes(v)) return true;
  if ((FLAG_SPELLINGS.off as readonly string[]).includes(v)) return false;
  return null;
}

export const parseAsFlag = createParser<boolean>({ parse: parseFlag, serialize: (v) => (v ? 'true' : 'false') });
