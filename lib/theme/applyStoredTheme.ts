// Sets <html data-theme> from the stored choice and the system setting, and keeps it in step: when the
// system switches (a choice of "system" follows it live), when this tab stores a new choice
// (THEME_CHANGE_EVENT) and when another tab does (`storage`). It runs as an inline <script> in <head>
// (themeScript), before the body is parsed, so the first paint already has the right colours; hence
// self-contained: it is sent as its own source text and can use nothing from its module.
export function applyStoredTheme(storageKey: string, changeEvent: string): void {
  const root = document.documentElement;
  const system = window.matchMedia('(prefers-color-scheme: dark)');
  const apply = () => {
    let stored: string | null = null;
    try {
      stored = window.localStorage.getItem(storageKey);
    } catch {
      // Storage blocked (a privacy setting): follow the system.
    }
    const dark = stored === 'dark' || (stored !== 'light' && system.matches);
    root.dataset.theme = dark ? 'dark' : 'light';
  };
  apply();
  system.addEventListener('change', apply);
  root.addEventListener(changeEvent, apply);
  window.addEventListener('storage', (e) => {
    if (e.key === storageKey || e.key === null) apply();
  });
}
