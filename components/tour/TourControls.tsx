'use client';
// Presenter controls of the tour: ←/→ (and PageUp/PageDown, as clickers send) move between steps,
// "Large type" toggles the URL's `large`, so a presenter's link opens the same way. Previous and Next
// sit in a bar fixed to the bottom right of the window, both always there (disabled at the ends), so a
// presenter's pointer finds them in the same place on every step whatever the step's height.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, type ReactNode } from 'react';
import { parseFlag } from '@/lib/url/parseAsFlag';

export interface TourControlsProps {
  /** 1-based step shown. */
  step: number;
  count: number;
  large: boolean;
  titles: readonly string[];
}

const href = (step: number, large: boolean) => `/tour/${step}${large ? '?large=true' : ''}`;

/** Same size enabled or not, and at either end, so neither button moves. */
const STEP_BUTTON = 'inline-block w-32 rounded px-3 py-2 text-center text-sm font-medium';

function StepButton({ to, rel, testId, children }: { to: string | null; rel: 'prev' | 'next'; testId: string; children: ReactNode }) {
  if (to === null)
    return (
      <span
        aria-disabled="true"
        data-testid={testId}
        className={`${STEP_BUTTON} cursor-not-allowed border border-slate-200 bg-slate-100 text-slate-500`}
      >
        {children}
      </span>
    );
  const look = rel === 'next' ? 'border border-accent bg-accent text-white' : 'border border-slate-300 bg-white text-ink';
  return (
    <Link href={to} rel={rel} data-testid={testId} className={`${STEP_BUTTON} ${look}`}>
      {children}
    </Link>
  );
}

export function TourControls({ step, count, large, titles }: TourControlsProps) {
  const router = useRouter();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (el && (el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA' || el.isContentEditable)) return;
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      // The address bar, not the prop: right after "Large type" the URL has changed while this
      // step's props still wait for the server's render, and a quick ← would drop the setting.
      const largeNow = parseFlag(new URLSearchParams(window.location.search).get('large') ?? '') === true;
      if ((e.key === 'ArrowRight' || e.key === 'PageDown') && step < count) router.push(href(step + 1, largeNow));
      if ((e.key === 'ArrowLeft' || e.key === 'PageUp') && step > 1) router.push(href(step - 1, largeNow));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [router, step, count]);
  return (
    <>
      <nav aria-label="Tour steps" className="flex flex-wrap items-center gap-3">
        <ol className="flex flex-wrap gap-1">
          {titles.map((t, i) => (
            <li key={t}>
              <Link
                href={href(i + 1, large)}
                aria-current={i + 1 === step ? 'step' : undefined}
                className={`rounded-full border px-3 py-1 text-sm ${i + 1 === step ? 'border-accent bg-accent text-white' : 'border-slate-300 bg-white'}`}
              >
                {i + 1}. {t}
              </Link>
            </li>
          ))}
        </ol>
        <Link
          href={`/tour/${step}${large ? '' : '?large=true'}`}
          className="ml-auto rounded border border-slate-300 bg-white px-3 py-1 text-sm"
          aria-pressed={large}
          role="button"
        >
          {large ? 'Normal type' : 'Large type'}
        </Link>
      </nav>
      <nav
        aria-label="Previous and next step"
        className="fixed bottom-4 z-30 flex gap-2 rounded-lg border border-slate-200 bg-white/95 p-2 shadow-lg"
        // Measured from the window's right edge, scrollbar included: 100% is the window without its
        // scrollbar, 100vw with it, so a step tall enough to scroll does not shift the bar by the
        // scrollbar's width.
        style={{ right: 'calc(100% - 100vw + 1.5rem)' }}
      >
        <StepButton to={step > 1 ? href(step - 1, large) : null} rel="prev" testId="tour-prev">
          ← Previous
        </StepButton>
        <StepButton to={step < count ? href(step + 1, large) : null} rel="next" testId="tour-next">
          Next →
        </StepButton>
      </nav>
    </>
  );
}
