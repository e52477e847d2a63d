'use client';
// Presenter controls of the tour: ←/→ (and PageUp/PageDown, as clickers send) move between steps,
// "Large type" toggles the URL's `large`, so a presenter's link opens the same way.
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

export interface TourControlsProps {
  /** 1-based step shown. */
  step: number;
  count: number;
  large: boolean;
  titles: readonly string[];
}

const href = (step: number, large: boolean) => `/tour/${step}${large ? '?large=true' : ''}`;

export function TourControls({ step, count, large, titles }: TourControlsProps) {
  const router = useRouter();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      if (el && (el.tagName === 'INPUT' || el.tagName === 'SELECT' || el.tagName === 'TEXTAREA' || el.isContentEditable)) return;
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      // The address bar, not the prop: right after "Large type" the URL has changed while this
      // step's props still wait for the server's render, and a quick ← would drop the setting.
      const largeNow = new URLSearchParams(window.location.search).get('large') === 'true';
      if ((e.key === 'ArrowRight' || e.key === 'PageDown') && step < count) router.push(href(step + 1, largeNow));
      if ((e.key === 'ArrowLeft' || e.key === 'PageUp') && step > 1) router.push(href(step - 1, largeNow));
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [router, step, count]);
  return (
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
      <div className="ml-auto flex items-center gap-2">
        {step > 1 ? (
          <Link href={href(step - 1, large)} className="rounded border border-slate-300 bg-white px-3 py-1 text-sm" rel="prev">
            ← Previous
          </Link>
        ) : null}
        {step < count ? (
          <Link href={href(step + 1, large)} className="rounded bg-accent px-3 py-1 text-sm font-medium text-white" rel="next">
            Next →
          </Link>
        ) : null}
        <Link
          href={`/tour/${step}${large ? '' : '?large=true'}`}
          className="rounded border border-slate-300 bg-white px-3 py-1 text-sm"
          aria-pressed={large}
          role="button"
        >
          {large ? 'Normal type' : 'Large type'}
        </Link>
      </div>
    </nav>
  );
}
