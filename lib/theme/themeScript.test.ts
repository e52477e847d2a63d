// The inline theme script is sent as source text: it must compile on its own and carry the names the
// React side uses; the stored value is parsed, anything unknown meaning "system". Its behaviour in a browser
// (first paint, live system switch, other tabs) is e2e/dark-mode.spec.ts's.
import { describe, expect, it } from 'vitest';
import { parseThemeChoice, THEME_CHANGE_EVENT, THEME_STORAGE_KEY } from './themeChoice';
import { themeScript } from './themeScript';

describe('themeScript', () => {
  it('is one self-contained call with the storage key and the change event', () => {
    expect(() => new Function(themeScript)).not.toThrow();
    expect(themeScript).toMatch(/^\(function/);
    expect(themeScript.endsWith(`)(${JSON.stringify(THEME_STORAGE_KEY)}, ${JSON.stringify(THEME_CHANGE_EVENT)});`)).toBe(true);
    // No import survives into it (an imported name would be undefined in the page).
    expect(themeScript).not.toMatch(/require\(|import\(|__vite|_themeChoice/);
  });
});

describe('parseThemeChoice', () => {
  it('keeps the three choices and reads anything else as system', () => {
    expect(parseThemeChoice('dark')).toBe('dark');
    expect(parseThemeChoice('light')).toBe('light');
    expect(parseThemeChoice('system')).toBe('system');
    expect(parseThemeChoice(null)).toBe('system');
    expect(parseThemeChoice('Dark')).toBe('system');
    expect(parseThemeChoice('{"theme":"dark"}')).toBe('system');
  });
});
