// The 404 for an address no route matches: says so, and offers the views instead (server-rendered links
// only, since the root not-found ships with every page).
import Link from 'next/link';
import { SITE_VIEWS } from './siteViews';

export function PageNotFound() {
  return (
    <div className="space-y-6" data-testid="page-not-found">
      <header className="space-y-3">
        <p className="text-sm font-medium text-muted">Error 404</p>
        <h1 className="text-3xl font-bold tracking-tight">Page not found</h1>
        <p className="max-w-3xl text-muted">
          No page of ANB Explorer lives at this address. If you typed it, check the spelling; if a link brought you here, it is out of date.
          The views are listed below; the data is also served by the REST API described at{' '}
          <a href="/api-docs" className="underline">
            /api-docs
          </a>
          .
        </p>
      </header>
      <nav aria-labelledby="views-heading" className="space-y-3">
        <h2 id="views-heading" className="text-xl font-semibold">
          Views
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2">
          {SITE_VIEWS.map((v) => (
            <li key={v.href}>
              <Link
                href={v.href}
                className="block h-full rounded-lg border border-slate-200 bg-white p-3 shadow-sm hover:border-accent focus-visible:border-accent"
              >
                <span className="font-medium text-ink">{v.label}</span>
                <span className="block text-sm text-muted">{v.description}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
