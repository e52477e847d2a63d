// The landing page's "Start here": the guided tour first, then the three views a first visit gets the
// most from, each with its line from the one list of views (siteViews.ts).
import Link from 'next/link';
import { SITE_VIEWS, type SiteView } from '@/components/layout/siteViews';

/** The tour, then where a visitor goes next: the trade-off, one architecture, a live search. */
export const START_HERE_HREFS = ['/tour', '/pareto', '/arch/', '/search'] as const;

/** The views for "Start here", in START_HERE_HREFS order (an href ending in '/' matches by prefix). */
export function startHereViews(views: readonly SiteView[] = SITE_VIEWS): SiteView[] {
  return START_HERE_HREFS.map((h) => {
    const v = views.find((x) => (h.endsWith('/') ? x.href.startsWith(h) : x.href === h));
    if (!v) throw new Error(`startHereViews: no view at ${h} in siteViews.ts; add it there or change START_HERE_HREFS`);
    return v;
  });
}

export function StartHere() {
  const [tour, ...next] = startHereViews();
  return (
    <section aria-labelledby="start-heading" className="rounded-lg border border-accent/40 bg-white p-4" data-testid="start-here">
      <h2 id="start-heading" className="text-xl font-semibold">
        Start here
      </h2>
      <p className="mt-1 text-sm text-muted">
        New to Accel-NASBench?{' '}
        <Link href={tour.href} className="font-semibold text-accent underline">
          Take the {tour.label.toLowerCase()}
        </Link>{' '}
        ({tour.description.charAt(0).toLowerCase() + tour.description.slice(1)}), or go straight to:
      </p>
      <ul className="mt-3 grid gap-3 sm:grid-cols-3">
        {next.map((v) => (
          <li key={v.href}>
            <Link href={v.href} className="block h-full rounded-md border border-slate-200 p-3 hover:border-accent">
              <span className="font-semibold text-accent">{v.label}</span>
              <span className="mt-1 block text-sm text-muted">{v.description}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
