// The inline script of app/layout.tsx's <head>: applyStoredTheme's source called with the storage key and
// event name, so the theme is applied before first paint (an effect after hydration would flash light).
import { applyStoredTheme } from './applyStoredTheme';
import { THEME_CHANGE_EVENT, THEME_STORAGE_KEY } from './themeChoice';

export const themeScript = `(${applyStoredTheme.toString()})(${JSON.stringify(THEME_STORAGE_KEY)}, ${JSON.stringify(THEME_CHANGE_EVENT)});`;
