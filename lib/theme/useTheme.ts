'use client';
// The stored theme choice and the theme in effect, for the toggle and for what CSS cannot redraw on its own
// (canvas charts, Scalar's reference). The server knows neither: it renders "system"/light, and
// useSyncExternalStore swaps in the browser's values right after hydration without a mismatch.
import { useCallback, useSyncExternalStore } from 'react';
import { parseThemeChoice, THEME_CHANGE_EVENT, THEME_STORAGE_KEY, type ResolvedTheme, type ThemeChoice } from './themeChoice';

function subscribe(onChange: () => void): () => void {
  const root = document.documentElement;
  // data-theme is written by applyStoredTheme (stored choice, system switch, other tabs): watching the
  // attribute sees every cause at once.
  const observer = new MutationObserver(onChange);
  observer.observe(root, { attributes: true, attributeFilter: ['data-theme'] });
  root.addEventListener(THEME_CHANGE_EVENT, onChange);
  window.addEventListener('storage', onChange);
  return () => {
    observer.disconnect();
    root.removeEventListener(THEME_CHANGE_EVENT, onChange);
    window.removeEventListener('storage', onChange);
  };
}

function readChoice(): ThemeChoice {
  try {
    return parseThemeChoice(window.localStorage.getItem(THEME_STORAGE_KEY));
  } catch {
    return 'system';
  }
}

const readResolved = (): ResolvedTheme => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');

/** The theme in effect on <html>: 'light' on the server and during hydration. */
export function useResolvedTheme(): ResolvedTheme {
  return useSyncExternalStore(subscribe, readResolved, (): ResolvedTheme => 'light');
}

export function useThemeChoice(): [ThemeChoice, (choice: ThemeChoice) => void] {
  const choice = useSyncExternalStore(subscribe, readChoice, (): ThemeChoice => 'system');
  const setChoice = useCallback((next: ThemeChoice) => {
    try {
      if (next === 'system') window.localStorage.removeItem(THEME_STORAGE_KEY);
      else window.localStorage.setItem(THEME_STORAGE_KEY, next);
      document.documentElement.dispatchEvent(new Event(THEME_CHANGE_EVENT));
    } catch {
      // Storage blocked (a privacy setting): the choice applies to this page but cannot be remembered.
      const dark = next === 'dark' || (next === 'system' && window.matchMedia('(prefers-color-scheme: dark)').matches);
      document.documentElement.dataset.theme = dark ? 'dark' : 'light';
    }
  }, []);
  return [choice, setChoice];
}
