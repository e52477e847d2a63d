// The colour theme a visitor chose: follow the system (prefers-color-scheme), or always light or dark.
// A preference of this browser, not view state: kept in localStorage under THEME_STORAGE_KEY, never in the URL.
import { z } from 'zod';

export const THEME_CHOICES = ['system', 'light', 'dark'] as const;
export const themeChoiceSchema = z.enum(THEME_CHOICES);
export type ThemeChoice = z.infer<typeof themeChoiceSchema>;
export type ResolvedTheme = 'light' | 'dark';

export const THEME_STORAGE_KEY = 'anb-theme';
/** Dispatched on <html> after the choice in localStorage changed in this tab (the `storage` event covers other tabs). */
export const THEME_CHANGE_EVENT = 'anb-theme-change';

/** A stored value that is not a choice (absent, edited by hand, from an older version) means "system". */
export function parseThemeChoice(stored: string | null): ThemeChoice {
  const parsed = themeChoiceSchema.safeParse(stored);
  return parsed.success ? parsed.data : 'system';
}
