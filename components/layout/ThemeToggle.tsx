'use client';
// The colour theme switch of the site header: system / light / dark as one radio group (one tab stop,
// arrow keys, the checked option announced by its name). Icons keep it narrow enough for the header's one
// line at desktop widths. The choice is this browser's (localStorage), not the URL's.
import type { ReactNode } from 'react';
import { THEME_CHOICES, type ThemeChoice } from '@/lib/theme/themeChoice';
import { useThemeChoice } from '@/lib/theme/useTheme';

const OPTION: Record<ThemeChoice, { name: string; title: string; icon: ReactNode }> = {
  system: {
    name: 'Auto',
    title: "Auto: follow the system's light or dark setting",
    // A half-filled disc: either, as the system says.
    icon: (
      <>
        <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M8 2.5a5.5 5.5 0 0 1 0 11z" fill="currentColor" />
      </>
    ),
  },
  light: {
    name: 'Light',
    title: 'Light: always light',
    icon: (
      <>
        <circle cx="8" cy="8" r="3" fill="currentColor" />
        <path
          d="M8 1v2M8 13v2M1 8h2M13 8h2M3 3l1.4 1.4M11.6 11.6L13 13M3 13l1.4-1.4M11.6 4.4L13 3"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
        />
      </>
    ),
  },
  dark: {
    name: 'Dark',
    title: 'Dark: always dark',
    icon: <path d="M13.5 10A6 6 0 0 1 6 2.5a6 6 0 1 0 7.5 7.5z" fill="currentColor" />,
  },
};

export function ThemeToggle() {
  const [choice, setChoice] = useThemeChoice();
  return (
    <fieldset className="flex items-center gap-0.5 rounded-full border border-slate-300 bg-white p-0.5" data-testid="theme-toggle">
      <legend className="sr-only">Colour theme</legend>
      {THEME_CHOICES.map((c) => (
        <label
          key={c}
          title={OPTION[c].title}
          className="flex size-7 cursor-pointer items-center justify-center rounded-full text-muted hover:text-ink has-[:checked]:bg-accent has-[:checked]:text-white has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-accent"
        >
          <input type="radio" className="sr-only" name="colour-theme" value={c} checked={choice === c} onChange={() => setChoice(c)} />
          <span className="sr-only">{OPTION[c].name}</span>
          <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
            {OPTION[c].icon}
          </svg>
        </label>
      ))}
    </fieldset>
  );
}
