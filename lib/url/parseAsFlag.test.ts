// `?large=1` and `?large=true` both turn large type on; 0/false turn it off; anything else is no flag.
import { describe, expect, it } from 'vitest';
import { createLoader } from 'nuqs/server';
import { parseAsFlag, parseFlag } from './parseAsFlag';

describe('parseFlag', () => {
  it('reads true/1 as on and false/0 as off, in any case and with stray spaces', () => {
    expect(['true', '1', 'TRUE', ' True '].map(parseFlag)).toEqual([true, true, true, true]);
    expect(['false', '0', 'False'].map(parseFlag)).toEqual([false, false, false]);
  });

  it('reads anything else as no flag', () => {
    expect(['', 'yes', 'on', '2', '01', 'truee'].map(parseFlag)).toEqual([null, null, null, null, null, null]);
  });

  it('round-trips through a nuqs loader, defaulting when absent or not understood', () => {
    const load = createLoader({ large: parseAsFlag.withDefault(false) });
    expect(load('?large=1').large).toBe(true);
    expect(load('?large=0').large).toBe(false);
    expect(load('?large=yes').large).toBe(false);
    expect(load('').large).toBe(false);
    expect(parseAsFlag.serialize(true)).toBe('true');
  });
});
