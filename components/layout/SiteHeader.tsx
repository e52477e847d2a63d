// Top navigation shared by every view, from the one list of views (siteViews.ts), and the colour theme
// switch; wraps on phones.
import Link from 'next/link';
import { SITE_VIEWS } from './siteViews';
import { ThemeToggle } from './ThemeToggle';

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          ANB Explorer
        </Link>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
          {SITE_VIEWS.map((v) => (
            <li key={v.href}>
              <Link href={v.href} title={v.description} className="inline-flex min-h-6 min-w-6 items-center justify-center hover:text-ink">
                {v.navLabel}
              </Link>
            </li>
          ))}
          <li>
            <a
              href="/api-docs"
              title="The REST API: reference, schemas and test requests"
              className="inline-flex min-h-6 min-w-6 items-center justify-center hover:text-ink"
            >
              API
            </a>
          </li>
        </ul>
        <div className="ml-auto">
          <ThemeToggle />
        </div>
      </nav>
    </header>
  );
}
